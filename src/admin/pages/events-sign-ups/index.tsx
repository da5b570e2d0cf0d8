import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { SIGN_UP_STATUS_LABELS } from '@core/events/labels';
import { SIGN_UP_STATUSES, type SignUpStatus } from '@core/events/model';
import { sessionStarted } from '@core/events/session';
import { tLabel, useLocale } from '@/i18n';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { newRequestId } from '@/services/request-id';
import { EventPhotos } from '../../components/event-photos';
import { Empty, ErrorState, Loading } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { useCall } from '../../hooks/use-call';
import { ta } from '../../i18n';
import * as events from '../../services/events';
import { saveCsv } from '../../services/files';
import '../../components/admin.css';
import './index.css';
import { disabledWhen } from '@/components/button-state';

type Filter = SignUpStatus | 'all';
type Asking = 'draw' | 'noShows' | null;
/** Sign-ups holding a place and not yet checked in: the organiser can check them in from the list too. */
const CHECKABLE: readonly string[] = ['confirmed', 'offered'];

/**
 * A session's sign-ups in waitlist order (the attendance list), by status: check in from the list, export CSV,
 * draw a lottery session once sign-up has closed (until the session starts), mark no-shows after it, message
 * everyone holding a place, and add or remove the event's photos.
 * The server decides every one of these (role, station, time); the page shows its answer.
 */
export default function EventSignUpsPage() {
  useAdminTitle('signUps.title');
  const locale = useLocale();
  const params = useRouter().params;
  const eventId = decodeURIComponent(params.event ?? '');
  const sessionId = decodeURIComponent(params.session ?? '');
  const [filter, setFilter] = useState<Filter>('all');
  const [notice, setNotice] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const messageKey = useRef({ text: '', id: '' });

  const event = useCall(() => events.getEvent(eventId), [eventId]);
  const list = useCall(() => events.allSignUpsOf(sessionId, filter === 'all' ? undefined : filter), [sessionId, filter]);

  const run = async <T,>(
    call: () => Promise<{ ok: true; data: T } | { ok: false; error: Parameters<typeof describeError>[0] }>,
    done: (data: T) => string,
  ) => {
    if (busy) return;
    setBusy(true);
    const reply = await call();
    setBusy(false);
    setAsking(null);
    setNotice(reply.ok ? done(reply.data) : describeError(reply.error));
    if (reply.ok) {
      void list.reload();
      void event.reload();
    }
  };

  const exportCsv = () =>
    run(
      () => events.exportSignUps(sessionId),
      (file) => {
        void saveCsv(file);
        return ta('signUps.exported');
      },
    );
  const draw = () =>
    run(
      () => events.drawLottery(sessionId),
      (r) => ta('signUps.drawn', { winners: r.winners, places: r.places, waitlisted: r.waitlisted, seed: r.draw.seed }),
    );
  const noShows = () =>
    run(
      () => events.markNoShows(sessionId),
      (r) => ta('signUps.noShowsDone', { count: r.count }),
    );
  const checkIn = (code: string) =>
    run(
      () => events.checkInEvent(code),
      () => ta('events.checkedIn'),
    );
  const send = () => {
    if (!text.trim()) return;
    // The same text sent again (a retry) keeps its requestId: the server sends it once.
    if (messageKey.current.text !== text) messageKey.current = { text, id: newRequestId() };
    void run(
      () => events.messageAttendees(sessionId, text, messageKey.current.id),
      (r) => {
        setText('');
        return ta('signUps.sent', { count: r.count });
      },
    );
  };

  // The last event read stays on screen while it is read again (after a draw, a check-in…).
  const lastEvent = useRef<events.OrganiserEvent | null>(null);
  if (event.state.kind === 'ready') lastEvent.current = event.state.data;
  const ev = lastEvent.current;
  const session = ev?.sessions.find((s) => s.id === sessionId);
  const fields = ev?.fields ?? [];
  // The server refuses a draw once the session has started (core's drawRefusal): the button goes then too.
  const canDraw =
    ev?.allocation === 'lottery' && session && !session.draw && !sessionStarted({ startsAt: new Date(session.startsAt) }, now());
  const tabs = [
    { key: 'all' as Filter, label: ta('signUps.all') },
    ...SIGN_UP_STATUSES.map((s) => ({ key: s as Filter, label: tLabel(SIGN_UP_STATUS_LABELS, s) })),
  ];

  return (
    <View className='admin-page sign-ups'>
      {event.state.kind === 'error' && <ErrorState message={event.state.message} onRetry={() => void event.reload()} />}
      {ev && session && (
        <View className='sign-ups__head'>
          <Text className='admin-page__title'>{ev.title[locale]}</Text>
          <Text className='sign-ups__session'>{`${session.date} ${session.startTime}–${session.endTime}`}</Text>
          {list.state.kind === 'ready' && (
            <Text className='sign-ups__summary'>
              {ta('signUps.summary', { taken: session.taken, capacity: session.capacity, count: list.state.data.items.length })}
            </Text>
          )}
        </View>
      )}
      <View className='sign-ups__actions'>
        <Button size='mini' className='sign-ups__export' onClick={() => void exportCsv()}>
          {ta('signUps.export')}
        </Button>
        {canDraw && (
          <Button size='mini' type='primary' className='sign-ups__draw' onClick={() => setAsking('draw')}>
            {ta('signUps.draw')}
          </Button>
        )}
        <Button size='mini' className='sign-ups__no-shows' onClick={() => setAsking('noShows')}>
          {ta('signUps.noShows')}
        </Button>
        <Button size='mini' className='sign-ups__scan' onClick={() => void Taro.navigateTo({ url: '/admin/pages/check-in/index' })}>
          {ta('signUps.scan')}
        </Button>
      </View>
      {asking && (
        <View className='sign-ups__ask'>
          <Text>{ta(asking === 'draw' ? 'signUps.drawConfirm' : 'signUps.noShowsConfirm')}</Text>
          <Button
            size='mini'
            type='primary'
            className={`sign-ups__confirm sign-ups__confirm--${asking}`}
            onClick={() => void (asking === 'draw' ? draw() : noShows())}
          >
            {ta(asking === 'draw' ? 'signUps.draw' : 'signUps.noShows')}
          </Button>
          <Button size='mini' className='sign-ups__keep' onClick={() => setAsking(null)}>
            {ta('signUps.keep')}
          </Button>
        </View>
      )}
      {notice && <Text className='sign-ups__notice'>{notice}</Text>}

      <View className='sign-ups__message'>
        <Text className='sign-ups__label'>{ta('signUps.message')}</Text>
        <Textarea
          className='sign-ups__text'
          value={text}
          maxlength={500}
          placeholder={ta('signUps.messagePlaceholder')}
          onInput={(e) => setText(e.detail.value)}
        />
        <Button size='mini' className='sign-ups__send' disabled={disabledWhen(!text.trim())} onClick={send}>
          {ta('signUps.send')}
        </Button>
      </View>

      {ev && <EventPhotos event={ev} onChange={(data) => event.setState({ kind: 'ready', data })} />}

      <Tabs tabs={tabs} value={filter} onChange={setFilter} className='sign-ups__tabs' />
      {list.state.kind === 'loading' && <Loading />}
      {list.state.kind === 'error' && <ErrorState message={list.state.message} onRetry={() => void list.reload()} />}
      {list.state.kind === 'ready' && list.state.data.items.length === 0 && <Empty text={ta('signUps.empty')} />}
      {list.state.kind === 'ready' &&
        list.state.data.items.map((row) => (
          <View key={row.id} className={`sign-ups__row sign-ups__row--${row.status}`}>
            <Text className='sign-ups__name'>{row.name || ta('events.noName')}</Text>
            <Text className='sign-ups__party'>{ta('events.party', { count: row.partySize })}</Text>
            <Text className='sign-ups__status'>{tLabel(SIGN_UP_STATUS_LABELS, row.status)}</Text>
            {fields.map((f) =>
              row.answers[f.key] ? (
                <Text key={f.key} className='sign-ups__answer'>{`${f.label[locale]}: ${row.answers[f.key]}`}</Text>
              ) : null,
            )}
            {row.rating !== null && <Text className='sign-ups__rating'>{ta('signUps.rating', { stars: row.rating })}</Text>}
            {CHECKABLE.includes(row.status) && (
              <Button size='mini' className='sign-ups__check-in' onClick={() => void checkIn(row.checkInCode)}>
                {ta('signUps.checkIn')}
              </Button>
            )}
          </View>
        ))}
    </View>
  );
}
