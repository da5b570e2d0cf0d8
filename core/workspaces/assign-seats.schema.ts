import * as z from 'zod';
import { applicationId } from '../stays/fields';

/** `workspaces.assignSeats`: approve with the seat numbers given to the team. */
export const assignSeatsInput = z
  .object({ id: applicationId, seatNumbers: z.array(z.number().int().min(1).max(999)).min(1).max(6) })
  .strict();
