import * as z from 'zod';
import { stationId } from './fields';

/** `stays.today`: the operator's day at their station (admins name one). */
export const todayInput = z.object({ stationId: stationId.optional() }).strict();
