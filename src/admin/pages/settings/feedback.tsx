import { Text } from '@tarojs/components';
import { useState } from 'react';
import type { Envelope } from '@/services/api';

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
  return { feedback, run };
}

export const FeedbackText = ({ feedback, className }: { feedback: Feedback; className: string }) =>
  feedback ? <Text className={`admin-message${feedback.ok ? ' admin-message--ok' : ''} ${className}`}>{feedback.text}</Text> : null;
