import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { ALLOCATION_LABELS, AUDIENCE_LABELS, DRAWN_STATUS_LABELS, SIGN_UP_STATUS_LABELS } from '@core/events/labels';
import { EVENT_TYPE_LABELS } from '@core/events/model';
import { stillSignedUp } from '@core/events/sign-up';
import { useShareCard } from '@/hooks/use-share-card';
import { t, tLabel, useLocale } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import * as stays from '@/services/stays';
import { PublishedDraw } from '../../components/draw-view';
import { PhotoGallery } from '../../components/photo-gallery';
import { SignUpForm } from '../../components/sign-up-form';
import { te } from '../../i18n';
import { eventPath, getEvent, mySignUps, openMySignUps, type EventView, type SessionView, type SignUpView } from '../../services';
import '../../events.css';

/** Sign-ups that still count for the session (one per person per session); a cancelled or lapsed one does not. */
const live = (s: SignUpView) => stillSignedUp(s.status);

/**
 * One event: who may sign up, when, how places go, what it asks; its sessions with places left, the person's own
 * sign-up on each, the sign-up form, a lottery's published draw, and the organisers' photos. Shared as a card that opens this page.
 */
export default function EventDetailPage() {
  const locale = useLocale();
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const [event, setEvent] = useState<EventView | null>(null);
  const [mine, setMine] = useState<SignUpView[]>([]);
  const [stationName, setStationName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => setPageTitle(event ? event.title[locale] : te('detail.title')), [locale, event]);
  useShareCard(() => (event ? event.title[locale] : te('list.title')), eventPath(id));

  const load = useCallback(async () => {
    const [reply, own] = await Promise.all([getEvent(id), mySignUps(0)]);
    if (!reply.ok) return setError(describeError(reply.error));
    setError(null);
    setEvent(reply.data);
    setMine(own.ok ? own.data.items.filter((s) => s.eventId === id && live(s)) : []);
    const station = await stays.station(reply.data.stationId);
    if (station.ok) setStationName(station.data.name[locale]);
    // `locale` only names the station: a switch re-renders the rest without reloading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!event) {
    return (
      <View className='events'>
        {error ? (
          <View className='events__card'>
            <Text className='events__error'>{error}</Text>
            <Button size='mini' onClick={() => void load()}>
              {t('common.retry')}
            </Button>
          </View>
        ) : (
          <Text className='events__loading'>{t('common.loading')}</Text>
        )}
      </View>
    );
  }

  const at = now().toISOString();
  const windowState = at < event.opensAt ? 'notOpen' : at >= event.closesAt ? 'closed' : 'open';
  const place = (s: SessionView) =>
    s.place.address
      ? s.place.address[locale]
      : te('detail.station', { name: s.place.stationId === event.stationId ? (stationName ?? '') : (s.place.stationId ?? '') });

  return (
    <View className='events event'>
      <View className='events__card'>
        <Text className='events__type'>{tLabel(EVENT_TYPE_LABELS, event.type)}</Text>
        <Text className='event__title'>{event.title[locale]}</Text>
        <Text className='event__description'>{event.description[locale]}</Text>
        <Row label={te('detail.who')} value={tLabel(AUDIENCE_LABELS, event.audience)} modifier='who' />
        <Row
          label={te('detail.window')}
          value={te('detail.windowValue', { from: formatInstant(event.opensAt), to: formatInstant(event.closesAt) })}
          modifier='window'
        />
        <Row label={te('detail.allocation')} value={tLabel(ALLOCATION_LABELS, event.allocation)} modifier='allocation' />
        <Row label={te('detail.party')} value={te('detail.partyValue', { count: event.maxPartySize })} modifier='party' />
        <Row
          label={te('detail.fields')}
          value={event.fields.length > 0 ? event.fields.map((f) => f.label[locale]).join(' · ') : te('detail.noFields')}
          modifier='fields'
        />
      </View>

      <PhotoGallery photos={event.photos} />

      <Text className='events__heading'>{te('detail.sessions')}</Text>
      {event.sessions.map((session) => {
        const own = mine.find((s) => s.sessionId === session.id);
        const labels = event.allocation === 'lottery' && session.draw ? DRAWN_STATUS_LABELS : SIGN_UP_STATUS_LABELS;
        const started = at >= session.startsAt;
        return (
          <View key={session.id} className={`events__card session session--${session.id}`}>
            <Text className='session__time'>
              {te('detail.sessionTime', { date: session.date, start: session.startTime, end: session.endTime })}
            </Text>
            <Text className='session__place'>{place(session)}</Text>
            <Text className='session__free'>
              {session.free > 0 ? te('detail.free', { free: session.free, capacity: session.capacity }) : te('detail.full')}
            </Text>
            {own && (
              <View className='session__mine' onClick={openMySignUps}>
                <Text className='session__status'>{tLabel(labels, own.status)}</Text>
                <Text className='events__link'>{te('form.seeMine')}</Text>
              </View>
            )}
            {!own && !started && windowState === 'open' && open !== session.id && (
              <Button className='session__sign-up' type='primary' size='mini' onClick={() => setOpen(session.id)}>
                {te(event.allocation === 'lottery' ? 'detail.enter' : 'detail.signUp')}
              </Button>
            )}
            {!own && windowState !== 'open' && (
              <Text className='session__window'>{te(windowState === 'closed' ? 'detail.closed' : 'detail.notOpen')}</Text>
            )}
            {open === session.id && (
              <SignUpForm
                event={event}
                session={session}
                onCancel={() => setOpen(null)}
                onDone={(signUp) => {
                  setMine((list) => [...list, signUp]);
                  setOpen(null);
                  // Places left changed with this sign-up.
                  void load();
                }}
              />
            )}
            {event.allocation === 'lottery' &&
              (session.draw ? (
                <PublishedDraw draw={session.draw} mine={mine.map((s) => s.entryId)} />
              ) : (
                <Text className='session__draw-pending'>{te('draw.pending')}</Text>
              ))}
          </View>
        );
      })}
    </View>
  );
}

function Row({ label, value, modifier }: { label: string; value: string; modifier: string }) {
  return (
    <View className={`event__row event__row--${modifier}`}>
      <Text className='event__label'>{label}</Text>
      <Text className='event__value'>{value}</Text>
    </View>
  );
}
