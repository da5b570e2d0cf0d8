import { byId } from './fields';

/** `stays.confirmOffer`: names the application. */
export const confirmOfferInput = byId;
