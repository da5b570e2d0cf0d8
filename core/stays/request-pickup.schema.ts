import * as z from 'zod';
import { applicationId } from './fields';
import { PICKUP_PLACES } from './model';

/** `stays.requestPickup`: airport (PVG, SHA) or railway station, flight/train number, arrival time. */
export const requestPickupInput = z
  .object({
    id: applicationId,
    place: z.enum(PICKUP_PLACES),
    number: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{2,10}$/, 'MU5101, G7'),
    arrivalAt: z.iso.datetime({ offset: true }),
  })
  .strict();
