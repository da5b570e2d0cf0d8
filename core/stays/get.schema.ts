import { byId } from './fields';

/** `stays.get`: names the application. */
export const getInput = byId;
