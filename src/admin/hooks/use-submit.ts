import { useRef, useState } from 'react';
import type * as z from 'zod';
import type { Envelope } from '@/services/api';
import { describeError, issuesByPath } from '@/services/errors';
import { formErrors } from '@/services/form-errors';
import { newRequestId } from '@/services/request-id';

/**
 * A form that creates something (a visit, a request): its fields, checked by core's input schema before sending;
 * one requestId per thing, kept by a retry and renewed by any edit and after a success; the server's field problems
 * on the fields, its message under the form; on success the fields start again from `empty`.
 */
export function useSubmit<F extends string>(empty: Record<F, string>) {
  const [form, setForm] = useState<Record<F, string>>(empty);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());

  const set = (field: F) => (value: string) => {
    setForm({ ...form, [field]: value });
    setErrors({ ...errors, [field]: undefined });
    requestId.current = newRequestId();
  };

  const submit = async <S extends z.ZodType, T>(steps: {
    schema: S;
    input: z.input<S>;
    /** Problems the schema cannot see (a date after today), each shown where the schema found none. */
    also?: Partial<Record<F, string>>;
    call: (input: z.input<S>, options: { requestId: string }) => Promise<Envelope<T>>;
    /** The message for what was created. */
    done: (data: T) => string;
  }): Promise<boolean> => {
    if (busy) return false;
    const found: Partial<Record<F, string>> = { ...steps.also, ...(formErrors(steps.schema, steps.input) as Partial<Record<F, string>>) };
    setErrors(found);
    if (Object.keys(found).length > 0) return false;
    setBusy(true);
    setMessage(null);
    const reply = await steps.call(steps.input, { requestId: requestId.current });
    setBusy(false);
    if (reply.ok) {
      requestId.current = newRequestId();
      setForm(empty);
      setMessage({ ok: true, text: steps.done(reply.data) });
      return true;
    }
    const byPath = issuesByPath(reply.error);
    setErrors(Object.fromEntries(Object.keys(empty).map((field) => [field, byPath[field]])) as Partial<Record<F, string>>);
    setMessage({ ok: false, text: describeError(reply.error) });
    return false;
  };

  return { form, set, errors, message, busy, submit };
}
