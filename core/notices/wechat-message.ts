import dayjs from 'dayjs';
import { ZONE } from '../dates';
import type { WechatTemplate } from './wechat-templates';

/** What WeChat's subscribeMessage.send takes (云调用: no access token; the platform signs the call). */
export interface SubscribeMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
}

/**
 * WeChat's limits per field type (the key's letters): longer values are refused with 47003, so they are cut here.
 * Types not listed (time, date, amount, …) are formatted, not cut.
 */
const MAX_CHARS: Record<string, number> = {
  thing: 20,
  short_thing: 5,
  phrase: 5,
  character_string: 32,
  name: 10,
  number: 32,
  letter: 32,
  symbol: 5,
  car_number: 8,
  phone_number: 17,
};

const typeOf = (fieldKey: string): string => fieldKey.replace(/\d+$/, '');

/** Instants (Date or ISO string with a time) in Asia/Shanghai, as WeChat's time fields accept; dates as they are. */
function formatValue(type: string, raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  const isInstant = raw instanceof Date || (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(raw));
  if (isInstant) {
    const at = dayjs(raw as Date | string).tz(ZONE);
    return type === 'date' ? at.format('YYYY-MM-DD') : at.format('YYYY-MM-DD HH:mm');
  }
  if (Array.isArray(raw)) return raw.join(',');
  // A name in both languages (a station's): subscribe templates are written in Chinese.
  if (typeof raw === 'object' && typeof (raw as Record<string, unknown>)['zh-CN'] === 'string')
    return (raw as Record<string, string>)['zh-CN'];
  return String(raw);
}

function fieldValue(fieldKey: string, source: string, data: Record<string, unknown>): string {
  const type = typeOf(fieldKey);
  const text = source.startsWith('=') ? source.slice(1) : formatValue(type, data[source]);
  const max = MAX_CHARS[type];
  const chars = [...text];
  // An empty value is refused by WeChat too; a dash says "not given" in every template language.
  if (chars.length === 0) return '-';
  return max !== undefined && chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** The message to send for one notice: the template's fields filled from the notice's data. */
export function subscribeMessage(input: { template: WechatTemplate; data: Record<string, unknown>; openId: string }): SubscribeMessage {
  const { template, data, openId } = input;
  return {
    touser: openId,
    template_id: template.id,
    ...(template.page ? { page: template.page } : {}),
    data: Object.fromEntries(Object.entries(template.fields).map(([key, source]) => [key, { value: fieldValue(key, source, data) }])),
  };
}

/**
 * What a send's answer means for the outbox document. `errcode` 0 is sent; 43101 is WeChat saying the user holds no
 * subscription for the template (refused, or already used): give up and drop the credit we thought they had; errors
 * of the request itself (bad openid, template id, data) will not get better with time: give up; anything else
 * (system busy -1, quota 45009, a network failure: `null`) is tried again on a later run, up to `maxAttempts`.
 */
export type SendVerdict = 'sent' | 'no-subscription' | 'give-up' | 'retry';

const PERMANENT = new Set([40003, 40037, 41030, 47003]);

export function sendVerdict(input: { errcode: number | null; attempts: number; maxAttempts: number }): SendVerdict {
  const { errcode, attempts, maxAttempts } = input;
  if (errcode === 0) return 'sent';
  if (errcode === 43101) return 'no-subscription';
  if (errcode !== null && PERMANENT.has(errcode)) return 'give-up';
  return attempts >= maxAttempts ? 'give-up' : 'retry';
}
