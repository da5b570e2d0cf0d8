import { byId } from './fields';

/** `stays.markNoShow`: names the application. */
export const markNoShowInput = byId;
