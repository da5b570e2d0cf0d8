import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '@/services/api';
import { t } from '@/i18n';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/**
 * Loads once per change of `deps`, on `reload()` (showing the loading state again) and on `refresh()` (keeping what
 * is shown until the new answer arrives, so forms stay put after an action); only the latest call's answer is kept.
 */
export function useLoad<T>(
  load: () => Promise<Envelope<T>>,
  deps: readonly unknown[],
): Loaded<T> & { reload: () => void; refresh: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const latest = useRef(0);
  const fetchNow = useCallback((quiet: boolean) => {
    const call = (latest.current += 1);
    if (!quiet) setLoaded({ state: 'loading' });
    load().then((reply) => {
      if (call !== latest.current) return;
      setLoaded(reply.ok ? { state: 'ready', data: reply.data } : { state: 'error', message: reply.error.message });
    });
    // `load` is re-created each render; `deps` says when it means something else (callers are checked: useLoad is
    // one of exhaustive-deps' additionalHooks in eslint.config.mjs).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => fetchNow(false), [fetchNow]);
  return { ...loaded, reload: () => fetchNow(false), refresh: () => fetchNow(true) };
}

export const Loading = () => <Text className='admin-state admin-state--loading'>{t('common.loading')}</Text>;

export const Empty = ({ text }: { text: string }) => <Text className='admin-state admin-state--empty'>{text}</Text>;

export const Failed = ({ message, onRetry }: { message: string; onRetry?: () => void }) => (
  <View className='admin-state admin-state--error'>
    <Text className='admin-state__message'>{message}</Text>
    {onRetry ? (
      <Button className='admin-state__retry' size='mini' onClick={onRetry}>
        {t('common.retry')}
      </Button>
    ) : null}
  </View>
);

/** The three states every list shows before its rows. */
export function States<T>({
  loaded,
  empty,
  isEmpty,
  children,
}: {
  loaded: Loaded<T> & { reload: () => void };
  empty: string;
  isEmpty: (data: T) => boolean;
  children: (data: T) => JSX.Element;
}) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <Failed message={loaded.message} onRetry={loaded.reload} />;
  if (isEmpty(loaded.data)) return <Empty text={empty} />;
  return children(loaded.data);
}
