import * as z from 'zod';
import type { Locale, LocalizedText } from './locale';

/**
 * Characters no free text may carry: NUL and other C0/C1 controls (a multi-line text keeps \n and \t), the bidi
 * overrides and isolates that make a name read differently from what it stores (U+202A–U+202E, U+2066–U+2069),
 * and lone UTF-16 surrogates (not text at all; a database or a CSV export would mangle them).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above, line breaks included
const CONTROL_OR_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type TextFault = 'control' | 'bidi' | 'surrogate';

/** What is wrong with a text, or null when it is safe to store and show. */
export function textFault(value: string, options: { multiline?: boolean } = {}): TextFault | null {
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  if (BIDI.test(value)) return 'bidi';
  if ((options.multiline ? CONTROL : CONTROL_OR_LINE).test(value)) return 'control';
  return null;
}

export const TEXT_FAULT_MESSAGES: Record<TextFault, Record<Locale, string>> = {
  control: { 'zh-CN': '含有不可见的控制字符，请删除后重试', en: 'Contains invisible control characters; remove them and try again' },
  bidi: {
    'zh-CN': '含有改变文字方向的特殊字符，请删除后重试',
    en: 'Contains characters that change the text direction; remove them and try again',
  },
  surrogate: { 'zh-CN': '含有无法识别的字符，请重新输入', en: 'Contains characters that cannot be read; please type it again' },
};

/**
 * A text shorter than its minimum, in our words: zod's own ("Too small: expected string to have >=10 characters",
 * "数值过小：期望 string >=10 字符") reads like a type error.
 */
export const textTooShortMessage = (min: number): LocalizedText => ({
  'zh-CN': `至少填写 ${min} 个字`,
  en: `At least ${min} characters`,
});

/**
 * The one schema for free text typed by a person (names, reasons, replies, comments…): trimmed, NFC-normalised,
 * refused when `textFault` finds anything. `min` defaults to 1; multi-line texts keep line breaks and tabs.
 */
export const text = (options: { max: number; min?: number; multiline?: boolean }) =>
  z
    .string()
    .superRefine((value, ctx) => {
      const fault = textFault(value, options);
      if (fault) ctx.addIssue({ code: 'custom', message: TEXT_FAULT_MESSAGES[fault]['zh-CN'], params: { textFault: fault } });
    })
    .trim()
    .normalize('NFC')
    .min(options.min ?? 1)
    .max(options.max);
