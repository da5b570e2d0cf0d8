import { byId } from './fields';

/** `stays.reveal`: names the application whose phone and identity numbers the operator needs (at check-in). */
export const revealInput = byId;
