import { byId } from './fields';

/** `stays.cancel`: names the application. */
export const cancelInput = byId;
