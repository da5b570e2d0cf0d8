import { byId } from './fields';

/** `stays.waitlist`: names the pending application the operator puts on the waitlist. */
export const waitlistInput = byId;
