import * as z from 'zod';
import { en, zhCN } from 'zod/locales';
import { AppError, type FieldIssue } from './errors';
import type { Locale, LocalizedText } from './locale';
import { TEXT_FAULT_MESSAGES, textTooShortMessage, type TextFault } from './text';

// zod marks itself side-effect free, so a front-end bundle keeps these two locales and drops the rest.
const zodLocales: Record<Locale, ReturnType<typeof en>> = { 'zh-CN': zhCN(), en: en() };

/**
 * An issue's message in the caller's language: zod's own, ours for an unsafe or too short free text (text.ts), or
 * the one a refinement gives in both languages (`params.localized`).
 */
const messageOf = (issue: z.core.$ZodIssue, locale: Locale): string => {
  // A minimum of 1 is "required", which forms word themselves; an exact length (`.length(n)`) is not a minimum.
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) > 1 && !issue.exact)
    return textTooShortMessage(Number(issue.minimum))[locale];
  const params = issue.code === 'custom' ? (issue.params as { textFault?: TextFault; localized?: LocalizedText } | undefined) : undefined;
  if (params?.textFault) return TEXT_FAULT_MESSAGES[params.textFault][locale];
  return params?.localized?.[locale] ?? issue.message;
};

export const toFieldIssues = (issues: readonly z.core.$ZodIssue[], locale: Locale = 'zh-CN'): FieldIssue[] =>
  issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: messageOf(issue, locale) }));

/** Parses with the schema, or throws `VALIDATION` with one message per field in the given language. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const result = schema.safeParse(input, { error: zodLocales[locale].localeError });
  if (result.success) return result.data;
  throw new AppError('VALIDATION', { issues: toFieldIssues(result.error.issues, locale) });
}

/** The same check for forms: field path → message, empty when valid. */
export function fieldErrors<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): Record<string, string> {
  const result = schema.safeParse(input, { error: zodLocales[locale].localeError });
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const { path, message } of toFieldIssues(result.error.issues, locale)) errors[path] ??= message;
  return errors;
}
