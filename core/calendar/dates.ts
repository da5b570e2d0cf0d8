/**
 * Calendar dates as `YYYY-MM-DD` strings in Asia/Shanghai, and the instants that bound them. Shanghai has kept
 * UTC+8 without daylight saving since 1991, so a fixed offset is exact for every date this product handles.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const utcMidnight = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);
const toIsoDate = (utcMs: number): IsoDate => new Date(utcMs).toISOString().slice(0, 10);

export const isIsoDate = (value: string): boolean => ISO_DATE_PATTERN.test(value) && toIsoDate(utcMidnight(value)) === value;

export const addDays = (date: IsoDate, days: number): IsoDate => toIsoDate(utcMidnight(date) + days * DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: IsoDate): number => new Date(utcMidnight(date)).getUTCDay();

export const yearOf = (date: IsoDate): string => date.slice(0, 4);

/** The Shanghai calendar date an instant falls on. */
export const shanghaiDateOf = (instant: Date): IsoDate => toIsoDate(instant.getTime() + SHANGHAI_OFFSET_MS);

/** An instant as Shanghai wall time, `YYYY-MM-DD HH:mm`. */
export const shanghaiDateTimeOf = (instant: Date): string =>
  new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** The Shanghai month (`YYYY-MM`) an instant falls in. */
export const shanghaiMonthOf = (instant: Date): string => shanghaiDateOf(instant).slice(0, 7);

/** The first instant of a Shanghai date (00:00 +08:00). */
export const startOfShanghaiDay = (date: IsoDate): Date => new Date(utcMidnight(date) - SHANGHAI_OFFSET_MS);

/** The last millisecond of a Shanghai date (23:59:59.999 +08:00): "due at the end of the day". */
export const endOfShanghaiDay = (date: IsoDate): Date => new Date(utcMidnight(date) - SHANGHAI_OFFSET_MS + DAY_MS - 1);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
