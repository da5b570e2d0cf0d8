import * as z from 'zod';
import { stationId } from './fields';

/** `stays.station`: one station as applicants see it; without `stationId`, the district's first active station. */
export const stationInput = z.object({ stationId: stationId.optional() }).strict().default({});
