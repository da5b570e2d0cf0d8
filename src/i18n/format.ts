const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * An ISO instant as Asia/Shanghai wall time, `2026-11-01 09:30`. Shanghai has had no daylight saving since 1991,
 * so a fixed +08:00 is exact and avoids shipping a time-zone database to the mini-program.
 */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
