import { byId } from './fields';

/** `stays.checkOut`: names the application. */
export const checkOutInput = byId;
