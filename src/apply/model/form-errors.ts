import * as z from 'zod';
import type { Locale } from '@core/contract/locale';
import { fieldErrors } from '@core/contract/validation';
import { MAINLAND_MOBILE } from '@core/stays/fields';
import { tp, type ApplyMessageKey } from '../i18n';

/** Fields whose pattern means little to a user as a regular expression: a sentence saying what is expected. */
const PATTERN_MESSAGES: Record<string, ApplyMessageKey> = {
  phone: 'form.phone',
  identityDocument: 'form.idNumber',
  creditCode: 'form.creditCode',
  employerCreditCode: 'form.creditCode',
  number: 'form.flight',
  checkIn: 'form.date',
  graduationDate: 'form.date',
  startDate: 'form.date',
};

/** Patterns that say more than the field's name: a member's phone is a mainland mobile, the leader's any phone. */
const BY_PATTERN: Record<string, ApplyMessageKey> = { [String(MAINLAND_MOBILE)]: 'form.mobile' };

function friendly(issue: z.core.$ZodIssue, locale: Locale): string | null {
  const path = issue.path.map(String);
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1
      ? tp('form.required', undefined, locale)
      : tp('form.minChars', { min: Number(issue.minimum) }, locale);
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') return tp('form.number', undefined, locale);
  // A choice not made: zod would list the codes it expects ("leading"|"high-level"|…), which mean nothing to a user.
  if (issue.code === 'invalid_value' && issue.values.every((value) => typeof value === 'string')) {
    return tp('form.choose', undefined, locale);
  }
  // A refinement that words its own message in both languages (an ID card's check digit): that message.
  if (issue.code === 'custom' && (issue.params as { localized?: unknown } | undefined)?.localized) return null;
  if (issue.code === 'invalid_format' || issue.code === 'custom') {
    const byPattern = 'pattern' in issue && typeof issue.pattern === 'string' ? BY_PATTERN[issue.pattern] : undefined;
    if (byPattern) return tp(byPattern, undefined, locale);
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
