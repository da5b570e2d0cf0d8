import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { EVENT_TYPE_LABELS } from '@core/events/model';
import { tLabel, useLocale } from '@/i18n';
import * as account from '@/services/account';
import { Empty, ErrorState, Loading } from '../../components/state-view';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { useCall } from '../../hooks/use-call';
import { ta } from '../../i18n';
import { listEvents } from '../../services/events';
import '../../components/admin.css';
import './index.css';
import { Pager } from '../../components/pager';

const go = (url: string) => void Taro.navigateTo({ url }).catch(() => undefined);

/**
 * The organiser's upcoming events, a page at a time: an operator sees their station's, a district admin every
 * station's. Each session opens its sign-up list (attendance, export, draw, no-shows, message); an event opens its
 * edit form.
 */
export default function EventsListPage() {
  useAdminTitle('events.title');
  const locale = useLocale();
  // 20 events a page (events.list): "previous" and "next" as the console's other lists.
  const [page, setPage] = useState(0);
  const { state, reload } = useCall(async () => {
    const me = await account.me();
    return listEvents(page, me.ok && me.data.stationId ? me.data.stationId : undefined);
  }, [page]);
  // Back from the edit form: show what was saved.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });

  return (
    <View className='admin-page events-admin'>
      <View className='events-admin__bar'>
        <Text className='admin-page__title'>{ta('events.title')}</Text>
        <Button size='mini' type='primary' className='events-admin__new' onClick={() => go('/admin/pages/events-edit/index')}>
          {ta('events.new')}
        </Button>
      </View>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'error' && <ErrorState message={state.message} onRetry={() => void reload()} />}
      {state.kind === 'ready' && state.data.items.length === 0 && <Empty text={ta('events.empty')} />}
      {state.kind === 'ready' &&
        state.data.items.map((event) => (
          <View key={event.id} className={`events-admin__event events-admin__event--${event.id}`}>
            <View className='events-admin__head'>
              <Text className='events-admin__type'>{tLabel(EVENT_TYPE_LABELS, event.type)}</Text>
              <Text className='events-admin__title'>{event.title[locale]}</Text>
              <Text className='events-admin__edit' onClick={() => go(`/admin/pages/events-edit/index?id=${encodeURIComponent(event.id)}`)}>
                {ta('events.edit')}
              </Text>
            </View>
            {event.sessions.map((session) => (
              <Text
                key={session.id}
                className={`events-admin__session events-admin__session--${session.id}`}
                onClick={() =>
                  go(`/admin/pages/events-sign-ups/index?event=${encodeURIComponent(event.id)}&session=${encodeURIComponent(session.id)}`)
                }
              >
                {ta('events.session', {
                  date: session.date,
                  start: session.startTime,
                  end: session.endTime,
                  taken: session.taken,
                  capacity: session.capacity,
                })}
              </Text>
            ))}
          </View>
        ))}
      {state.kind === 'ready' && (
        <Pager name='events-admin' className='admin-chips' page={page} hasMore={state.data.hasMore} onPage={setPage} />
      )}
    </View>
  );
}
