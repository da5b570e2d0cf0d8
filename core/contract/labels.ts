import type { Locale, LocalizedText } from './locale';

/** One label per code of a closed set (a status list), in every supported language. */
export type LabelTable<Code extends string> = Readonly<Record<Code, LocalizedText>>;

/**
 * The label of `code` in `locale`, from its set's one table. A code the table does not know (a newer server talking
 * to an older build) shows as itself rather than breaking the page.
 */
export function labelOf<Code extends string>(table: LabelTable<Code>, code: Code | string, locale: Locale): string {
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code as Code][locale] : code;
}
