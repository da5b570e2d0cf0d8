import * as z from 'zod';
import { DISTRICTS, FACILITIES, STATION_KINDS, STATION_SERVICES } from './model';

// Reply schemas of the station network (`stations.list`, and `stays.station`'s view built on the same summary).
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() }).strict();
const count = z.number().int().nonnegative();

/** `toStationSummary`: a station as the network's list shows it. */
export const stationSummaryShape = {
  id: z.string(),
  name: bilingual,
  district: z.enum(DISTRICTS).nullable(),
  kind: z.enum(STATION_KINDS).nullable(),
  address: bilingual.nullable(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).strict().nullable(),
  services: z.array(z.enum(STATION_SERVICES)),
  beds: count,
  seats: count,
};

/** What `toStationView` adds for the station's own page (and the forms): photos, facilities, contact, hours. */
export const stationDetailShape = {
  ...stationSummaryShape,
  photos: z.array(z.string()),
  facilities: z.array(z.enum(FACILITIES)),
  contact: z.object({ phone: z.string(), email: z.string().nullable() }).strict().nullable(),
  hours: bilingual.nullable(),
};

export const networkEntry = z
  .object({ ...stationSummaryShape, photo: z.string().nullable(), free: count.nullable(), available: z.boolean().nullable() })
  .strict();

export const networkReply = z
  .object({
    items: z.array(networkEntry),
    /** The dates the free counts are for, as asked (null when none were). */
    free: z
      .object({ kind: z.enum(['stay', 'seats']), from: z.string(), days: count, need: count })
      .strict()
      .nullable(),
  })
  .strict();
