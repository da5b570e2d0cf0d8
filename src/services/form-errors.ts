import type * as z from 'zod';
import { fieldErrors } from '@core/contract/validation';
import { getLocale, t } from '@/i18n';

/**
 * A form's field problems by path, decided by core's schema (the one the function parses with) and phrased for
 * people: an empty required text and a too-long one get our own words; a too short one core's (the function answers
 * the same); anything rarer keeps zod's message in the UI language (`fieldErrors`). A text left blank reads
 * "required" whatever its minimum length, and so does a number field left blank (read as NaN, `numberOf`).
 */
export function formErrors<S extends z.ZodType>(schema: S, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const phrased = fieldErrors(schema, input, getLocale());
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (errors[path]) continue;
    const blank =
      (issue.code === 'too_small' && issue.origin === 'string' && (Number(issue.minimum) <= 1 || isBlank(input, issue.path))) ||
      (issue.code === 'invalid_type' && Number.isNaN(valueAt(input, issue.path)));
    if (blank) errors[path] = t('common.required');
    else if (issue.code === 'too_big' && issue.origin === 'string') errors[path] = t('common.tooLong', { max: Number(issue.maximum) });
    else errors[path] = phrased[path] ?? issue.message;
  }
  return errors;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function isBlank(input: unknown, path: readonly PropertyKey[]): boolean {
  const value = valueAt(input, path);
  return typeof value === 'string' && value.trim() === '';
}
