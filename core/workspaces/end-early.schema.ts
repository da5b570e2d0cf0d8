import * as z from 'zod';
import { applicationId, calendarDate } from '../stays/fields';

/** `workspaces.endEarly`: the last day the seats are used (default today); later days are released. */
export const endEarlyInput = z.object({ id: applicationId, lastDay: calendarDate.optional() }).strict();
