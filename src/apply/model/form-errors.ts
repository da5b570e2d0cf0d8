import * as z from 'zod';
import type { Locale } from '@core/contract/locale';
import { fieldErrors } from '@core/contract/validation';
import { tp, type ApplyMessageKey } from '../i18n';

/** Fields whose pattern means little to a user as a regular expression: a sentence saying what is expected. */
const PATTERN_MESSAGES: Record<string, ApplyMessageKey> = {
  phone: 'form.phone',
  identityDocument: 'form.idNumber',
  creditCode: 'form.creditCode',
  number: 'form.flight',
  checkIn: 'form.date',
  graduationDate: 'form.date',
  startDate: 'form.date',
};

function friendly(issue: z.core.$ZodIssue, locale: Locale): string | null {
  const path = issue.path.map(String);
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1 ? tp('form.required', undefined, locale) : tp('form.minChars', { min: Number(issue.minimum) }, locale);
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') return tp('form.number', undefined, locale);
  if (issue.code === 'invalid_format' || issue.code === 'custom') {
    // `identityDocument.number` is named by its parent; a pickup's `number` by itself.
    const key = PATTERN_MESSAGES[path.at(-2) === 'identityDocument' ? 'identityDocument' : (path.at(-1) ?? '')];
    return key ? tp(key, undefined, locale) : null;
  }
  return null;
}

/**
 * The action's own schema checked on the form, as the server will check it: field path → message, the first per
 * field. zod's message in the user's language, except where a sentence of ours says better what to type.
 */
export function formErrors(schema: z.ZodType, input: unknown, locale: Locale): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const zodMessages = fieldErrors(schema, input, locale);
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= friendly(issue, locale) ?? zodMessages[path];
  }
  return errors;
}
