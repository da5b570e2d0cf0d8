import { Button, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { DRAWN_STATUS_LABELS, SIGN_UP_STATUS_LABELS } from '@core/events/labels';
import { CheckInCode } from '@/components/check-in-code';
import { t, tLabel, useLocale } from '@/i18n';
import { confirm } from '@/services/booking-navigation';
import { now } from '@/services/clock';
import { formatInstant } from '@/i18n/format';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import { te } from '../../i18n';
import { acceptOffer, cancelSignUp, getEvent, mySignUps, openEvent, rateSignUp, type EventView, type SignUpView } from '../../services';
import '../../events.css';
import { disabledWhen } from '@/components/button-state';

const CANCELLABLE = ['confirmed', 'entered', 'waitlisted', 'offered'];
/** Statuses that hold a place and are not checked in yet: the QR code is what the organiser scans. */
const SHOWS_CODE = ['confirmed', 'offered'];

/**
 * The person's sign-ups, newest first, a page at a time ("load more"): the event and session, the status (for a
 * drawn lottery: won or not), an offered place's deadline to accept, the check-in QR code for a place held,
 * cancelling before the session, and rating once checked in.
 */
export default function MySignUpsPage() {
  const locale = useLocale();
  useEffect(() => setPageTitle(te('mine.title')), [locale]);
  const [items, setItems] = useState<SignUpView[] | null>(null);
  const [events, setEvents] = useState<Record<string, EventView>>({});
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [hasMore, setHasMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);

  /** Page 0 replaces the list (first load, back from an event); a later page is appended. */
  const load = useCallback(async (next = 0) => {
    const reply = await mySignUps(next);
    if (!reply.ok) return setError(describeError(reply.error));
    setError(null);
    setItems((before) => (next === 0 || !before ? reply.data.items : [...before, ...reply.data.items]));
    setPage(next);
    setHasMore(reply.data.hasMore);
    const ids = [...new Set(reply.data.items.map((s) => s.eventId))];
    const found = await Promise.all(ids.map((id) => getEvent(id)));
    const loaded = Object.fromEntries(found.flatMap((r) => (r.ok ? [[r.data.id, r.data]] : [])));
    setEvents((before) => (next === 0 ? loaded : { ...before, ...loaded }));
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const loadMore = async () => {
    setLoadingMore(true);
    await load(page + 1);
    setLoadingMore(false);
  };
  // Back from an event page with a new sign-up.
  useDidShow(() => {
    if (items !== null) void load();
  });

  const replace = (next: SignUpView) => setItems((list) => list?.map((s) => (s.id === next.id ? next : s)) ?? null);
  const act = async (call: () => ReturnType<typeof cancelSignUp>) => {
    const reply = await call();
    if (!reply.ok) return setError(describeError(reply.error));
    setError(null);
    replace(reply.data);
  };
  const cancel = async (signUp: SignUpView) => {
    const yes = await confirm({
      title: te('mine.cancel'),
      content: te('mine.cancelConfirm'),
      confirmText: te('mine.cancelOk'),
      cancelText: te('mine.keep'),
    });
    if (yes) await act(() => cancelSignUp(signUp.id));
  };

  return (
    <View className='events mine'>
      {error && <Text className='events__error'>{error}</Text>}
      {items === null && !error && <Text className='events__loading'>{t('common.loading')}</Text>}
      {items?.length === 0 && <Text className='events__empty'>{te('mine.empty')}</Text>}
      {items?.map((signUp) => {
        const event = events[signUp.eventId];
        const session = event?.sessions.find((s) => s.id === signUp.sessionId);
        const lottery = event?.allocation === 'lottery';
        const labels = lottery && session?.draw ? DRAWN_STATUS_LABELS : SIGN_UP_STATUS_LABELS;
        const at = now().toISOString();
        const before = session ? at < session.startsAt : true;
        const acceptable = before && (signUp.offerExpiresAt === null || at < signUp.offerExpiresAt);
        return (
          <View key={signUp.id} className={`events__card mine__item mine__item--${signUp.status}`}>
            <Text className='events__title' onClick={() => openEvent(signUp.eventId)}>
              {event ? event.title[locale] : signUp.eventId}
            </Text>
            {session && (
              <Text className='events__meta'>
                {te('detail.sessionTime', { date: session.date, start: session.startTime, end: session.endTime })}
              </Text>
            )}
            <Text className='mine__status'>{tLabel(labels, signUp.status)}</Text>
            <Text className='events__meta'>{te('mine.party', { count: signUp.partySize })}</Text>
            {lottery && <Text className='mine__entry'>{te('mine.entry', { id: signUp.entryId })}</Text>}
            {signUp.status === 'offered' && (
              <View className='mine__offer'>
                <Text className='mine__hint'>{te('mine.offeredHint')}</Text>
                {signUp.offerExpiresAt && (
                  <Text className='mine__deadline'>{te('mine.acceptBy', { deadline: formatInstant(signUp.offerExpiresAt) })}</Text>
                )}
                {acceptable && (
                  <Button size='mini' type='primary' className='mine__accept' onClick={() => void act(() => acceptOffer(signUp.id))}>
                    {te('mine.accept')}
                  </Button>
                )}
              </View>
            )}
            {SHOWS_CODE.includes(signUp.status) && (
              <View className='mine__code'>
                <CheckInCode id={signUp.id} code={signUp.checkInCode} caption={te('mine.code', { code: signUp.id })} />
                <Text className='mine__hint'>{te('mine.codeHint')}</Text>
              </View>
            )}
            {signUp.status === 'attended' && signUp.rating === null && (
              <View className='mine__rate'>
                <Text className='mine__hint'>{te('mine.rate')}</Text>
                <View className='mine__stars'>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <Button
                      key={n}
                      size='mini'
                      className={`mine__star mine__star--${n}`}
                      onClick={() => void act(() => rateSignUp(signUp.id, n))}
                    >
                      {te('mine.star', { n })}
                    </Button>
                  ))}
                </View>
              </View>
            )}
            {signUp.rating !== null && <Text className='mine__rated'>{te('mine.rated', { stars: signUp.rating })}</Text>}
            <View className='mine__actions'>
              <Text className='events__link' onClick={() => openEvent(signUp.eventId)}>
                {te('mine.open')}
              </Text>
              {CANCELLABLE.includes(signUp.status) && before && (
                <Button size='mini' className='mine__cancel' onClick={() => void cancel(signUp)}>
                  {te('mine.cancel')}
                </Button>
              )}
            </View>
          </View>
        );
      })}
      {hasMore && (
        <Button className='mine__more' size='mini' disabled={disabledWhen(loadingMore)} onClick={() => void loadMore()}>
          {te('mine.loadMore')}
        </Button>
      )}
    </View>
  );
}
