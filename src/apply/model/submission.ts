import type { Locale } from '@/i18n';
import type { Envelope } from '@/services/api';
import { newRequestId } from '@/services/request-id';

/**
 * The requestId of one submit, kept across retries of the SAME payload (so a retried submit creates nothing twice)
 * and renewed when the payload changed (an edited form is a new submit, not a replay of the old answer).
 */
export class SubmitKey {
  private payload = '';
  private id = '';

  for(payload: unknown): string {
    const text = JSON.stringify(payload);
    if (text !== this.payload || !this.id) {
      this.payload = text;
      this.id = newRequestId();
    }
    return this.id;
  }
}

export interface Reasoned {
  rule: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** NOT_ELIGIBLE's reasons: each rule with its sentence in both languages (core's `Reason`), shown in `locale`. */
export function reasonsOf(reply: Envelope<unknown>, locale: Locale): Reasoned[] {
  if (reply.ok || reply.error.code !== 'NOT_ELIGIBLE') return [];
  const details = reply.error.details;
  const reasons = isRecord(details) && Array.isArray(details.reasons) ? details.reasons : [];
  return reasons.flatMap((r: unknown) => {
    if (!isRecord(r) || typeof r.rule !== 'string') return [];
    const message = typeof r.message === 'string' ? r.message : isRecord(r.message) ? r.message[locale] : undefined;
    return typeof message === 'string' ? [{ rule: r.rule, message }] : [];
  });
}
