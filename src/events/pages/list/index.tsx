import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { EVENT_TYPE_LABELS, EVENT_TYPES, type EventType } from '@core/events/model';
import { useShareCard } from '@/hooks/use-share-card';
import { t, tLabel, useLocale } from '@/i18n';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import { te } from '../../i18n';
import { listEvents, openEvent, openMySignUps, type EventView } from '../../services';
import '../../events.css';

/** Upcoming events (their last session not started), by type, 20 a page; the way to one's own sign-ups. */
export default function EventListPage() {
  const locale = useLocale();
  useEffect(() => setPageTitle(te('list.title')), [locale]);
  useShareCard(() => te('list.title'), '/events/pages/list/index');
  const [type, setType] = useState<EventType | undefined>(undefined);
  const [items, setItems] = useState<EventView[] | null>(null);
  const [page, setPage] = useState(0);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (next: number) => {
      const reply = await listEvents(next, type);
      if (!reply.ok) return setError(describeError(reply.error));
      setError(null);
      setItems((before) => (next === 0 ? reply.data.items : [...(before ?? []), ...reply.data.items]));
      setPage(next);
      setHasMore(reply.data.hasMore);
    },
    [type],
  );
  useEffect(() => {
    setItems(null);
    void load(0);
  }, [load]);

  return (
    <View className='events'>
      <View className='events__bar'>
        <Text className='events__heading'>{te('list.title')}</Text>
        <Text className='events__link events__mine-link' onClick={openMySignUps}>
          {te('list.mine')}
        </Text>
      </View>
      <View className='events__chips'>
        <Text className={`events__chip${type === undefined ? ' events__chip--on' : ''}`} onClick={() => setType(undefined)}>
          {te('list.allTypes')}
        </Text>
        {EVENT_TYPES.map((code) => (
          <Text
            key={code}
            className={`events__chip events__chip--${code}${type === code ? ' events__chip--on' : ''}`}
            onClick={() => setType(code)}
          >
            {tLabel(EVENT_TYPE_LABELS, code)}
          </Text>
        ))}
      </View>
      {error && (
        <View className='events__card'>
          <Text className='events__error'>{error}</Text>
          <Button size='mini' onClick={() => void load(0)}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {items === null && !error && <Text className='events__loading'>{t('common.loading')}</Text>}
      {items?.length === 0 && <Text className='events__empty'>{te('list.empty')}</Text>}
      {items?.map((event) => (
        <View key={event.id} className={`events__card events__item events__item--${event.id}`} onClick={() => openEvent(event.id)}>
          <Text className='events__type'>{tLabel(EVENT_TYPE_LABELS, event.type)}</Text>
          <Text className='events__title'>{event.title[locale]}</Text>
          {event.sessions.length > 0 && (
            <Text className='events__meta'>{te('list.sessions', { count: event.sessions.length, date: event.sessions[0].date })}</Text>
          )}
        </View>
      ))}
      {hasMore && (
        <Button size='mini' className='events__more' onClick={() => void load(page + 1)}>
          {te('list.more')}
        </Button>
      )}
    </View>
  );
}
