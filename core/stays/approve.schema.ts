import { byId } from './fields';

/** `stays.approve`: names the application. */
export const approveInput = byId;
