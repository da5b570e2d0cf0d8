import { shanghaiDateTimeOf } from '@core/calendar/dates';

/** An ISO instant as Asia/Shanghai wall time, `2026-11-01 09:30` (the input unchanged when it is not an instant). */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : shanghaiDateTimeOf(new Date(ms));
}

/** An ISO instant's Asia/Shanghai calendar day, `2026-11-01` (never the UTC day, which is the day before until 08:00). */
export const formatInstantDay = (iso: string): string => formatInstant(iso).slice(0, 10);
