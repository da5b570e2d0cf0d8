import { useState } from 'react';
import type * as z from 'zod';
import type { Envelope } from '@/services/api';
import { describeError } from '@/services/errors';
import { formErrors } from '@/services/form-errors';
import type { Errors } from '../components/fields';
import { ta } from '../i18n';

/**
 * One form's save: checked first by core's input schema (the one the function parses with, messages in the UI
 * language), then sent; the server's field problems land on the fields too, its message under the form.
 */
export function useSave() {
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async <S extends z.ZodType, T>(
    schema: S,
    payload: z.input<S>,
    call: (input: z.input<S>) => Promise<Envelope<T>>,
    after?: (data: T) => void,
  ): Promise<boolean> => {
    const found = formErrors(schema, payload);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setMessage({ ok: false, text: ta('housing.inventory.fixErrors') });
      return false;
    }
    const reply = await call(payload);
    if (!reply.ok) {
      setErrors(Object.fromEntries((reply.error.issues ?? []).map((i) => [i.path, i.message])));
      setMessage({ ok: false, text: describeError(reply.error) });
      return false;
    }
    setMessage({ ok: true, text: ta('housing.inventory.saved') });
    after?.(reply.data);
    return true;
  };
  return { errors, message, save };
}
