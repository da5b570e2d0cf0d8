import { byId } from './fields';

/** `stays.checkIn`: names the application. */
export const checkInInput = byId;
