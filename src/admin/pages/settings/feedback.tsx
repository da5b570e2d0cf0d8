import { Text } from '@tarojs/components';
import { useState } from 'react';
import type * as z from 'zod';
import type { Envelope } from '@/services/api';
import { formErrors } from '@/services/form-errors';
import { getLocale } from '@/i18n';
import { ta } from '../../i18n';

export type Feedback = { ok: boolean; text: string } | null;

/** Runs a change and keeps what to tell the admin: the server's message on refusal, `done` on success. */
export function useFeedback() {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const run = async <T,>(call: Promise<Envelope<T>>, done: string, after?: (data: T) => void): Promise<boolean> => {
    const reply = await call;
    if (!reply.ok) {
      const issues = reply.error.issues?.map((i) => `${i.path}: ${i.message}`).join('; ');
      setFeedback({ ok: false, text: issues ? `${reply.error.message} (${issues})` : reply.error.message });
      return false;
    }
    setFeedback({ ok: true, text: done });
    after?.(reply.data);
    return true;
  };
  /**
   * Core's input schema first (the one the function parses with): its problems are shown, each after the field's
   * label (`label`, from the problem's path), and nothing is sent.
   */
  const checked = <S extends z.ZodType>(schema: S, input: z.input<S>, label: (path: string) => string): boolean => {
    const problems = Object.entries(formErrors(schema, input));
    if (problems.length > 0)
      setFeedback({ ok: false, text: problems.map(([path, message]) => `${label(path)}${colon()}${message}`).join('; ') });
    return problems.length === 0;
  };
  /** Nothing was sent: the form holds what is stored already. */
  const unchanged = (): false => {
    setFeedback({ ok: true, text: ta('settings.unchanged') });
    return false;
  };
  return { feedback, run, checked, unchanged };
}

const colon = () => (getLocale() === 'en' ? ': ' : '：');

export const FeedbackText = ({ feedback, className }: { feedback: Feedback; className: string }) =>
  feedback ? <Text className={`admin-message${feedback.ok ? ' admin-message--ok' : ''} ${className}`}>{feedback.text}</Text> : null;
