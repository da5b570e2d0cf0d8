import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '@/services/api';
import { describeError } from '@/services/errors';

export type CallState<T> = { kind: 'loading' } | { kind: 'error'; message: string; code: string } | { kind: 'ready'; data: T };

/**
 * One backend read for a page: loading, then the data or the server's message. Only the latest call may update the
 * page (a reload while one is under way must not show the older reply).
 */
export function useCall<T>(call: () => Promise<Envelope<T>>, deps: readonly unknown[]) {
  const [state, setState] = useState<CallState<T>>({ kind: 'loading' });
  const latest = useRef(0);
  const load = useCallback(async () => {
    const id = ++latest.current;
    setState({ kind: 'loading' });
    const reply = await call();
    if (id !== latest.current) return;
    setState(
      reply.ok ? { kind: 'ready', data: reply.data } : { kind: 'error', message: describeError(reply.error), code: reply.error.code },
    );
    // The caller lists what the call depends on (checked there: useCall is one of exhaustive-deps' additionalHooks).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    void load();
  }, [load]);
  return { state, reload: load, setState };
}
