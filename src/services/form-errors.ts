import type * as z from 'zod';
import { fieldErrors } from '@core/contract/validation';
import { getLocale, t } from '@/i18n';

/**
 * A form's field problems by path, decided by core's schema (the one the function parses with) and phrased for
 * people: an empty required text and a too-long one get our own words; anything rarer keeps zod's message in the
 * UI language (`fieldErrors`).
 */
export function formErrors<S extends z.ZodType>(schema: S, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const phrased = fieldErrors(schema, input, getLocale());
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (errors[path]) continue;
    if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) errors[path] = t('common.required');
    else if (issue.code === 'too_big' && issue.origin === 'string') errors[path] = t('common.tooLong', { max: Number(issue.maximum) });
    else errors[path] = phrased[path] ?? issue.message;
  }
  return errors;
}
