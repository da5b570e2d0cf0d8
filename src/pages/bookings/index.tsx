import { Button, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { shanghaiDateOf } from '@core/calendar/dates';
import type { StayStatus } from '@core/stays/model';
import { SEAT_TRANSITIONS } from '@core/workspaces/state';
import { cancelBeforeStart } from '@core/workspaces/cancel-rule';
import { HOLDING_SEAT_STATUSES } from '@core/workspaces/model';
import { ApartmentCards, SeatCard, StayCard } from '@/components/booking-card';
import { stayCancelConsequence, stayCancellable } from '@/components/booking-card/timeline';
import { RoleSwitcher } from '@/components/role-switcher';
import { usePageChrome } from '@/hooks/use-page-chrome';
import { t, useLocale, type MessageKey } from '@/i18n';
import { confirm, openCheckInPass, openHousing, openInvite, openSupport } from '@/services/booking-navigation';
import { useDevIdentity } from '@/services/dev-identity';
import { describeError } from '@/services/errors';
import * as housing from '@/services/housing';
import * as stays from '@/services/stays';
import * as workspaces from '@/services/workspaces';
import './index.css';
import { now } from '@/services/clock';
import { disabledWhen } from '@/components/button-state';

interface Lists {
  stays: stays.StayView[];
  seats: workspaces.SeatView[];
  /** Teams the user joined by invite: their booking, read-only. */
  joined: workspaces.JoinedSeatView[];
  /** The next page of each list, or null when it is all shown. */
  nextStays: number | null;
  nextSeats: number | null;
  nextJoined: number | null;
}

const nextPage = (reply: { page: number; hasMore: boolean }): number | null => (reply.hasMore ? reply.page + 1 : null);

/** My bookings: every stay and seat application of the user, newest first, with what comes next and cancel. */
export default function BookingsPage() {
  usePageChrome('bookings.title', { tabBar: true });
  useLocale();
  const identity = useDevIdentity();
  const [lists, setLists] = useState<Lists | null>(null);
  const [station, setStation] = useState<stays.StationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback((): void => {
    const call = ++latest.current;
    setError(null);
    void Promise.all([stays.mine(), workspaces.mine(), workspaces.joined(), stays.station()]).then(
      ([stayReply, seatReply, joinedReply, stationReply]) => {
        if (call !== latest.current) return;
        if (stationReply.ok) setStation(stationReply.data);
        if (!stayReply.ok) return setError(describeError(stayReply.error));
        if (!seatReply.ok) return setError(describeError(seatReply.error));
        if (!joinedReply.ok) return setError(describeError(joinedReply.error));
        setLists({
          stays: stayReply.data.items,
          seats: seatReply.data.items,
          joined: joinedReply.data.items,
          nextStays: nextPage(stayReply.data),
          nextSeats: nextPage(seatReply.data),
          nextJoined: nextPage(joinedReply.data),
        });
      },
    );
  }, []);

  // The next page of whichever list has more; a reload (load) starts again from the first pages.
  const loadMore = async (): Promise<void> => {
    if (!lists || busy) return;
    const call = latest.current;
    setBusy('more');
    const [stayReply, seatReply, joinedReply] = await Promise.all([
      lists.nextStays === null ? null : stays.mine(lists.nextStays),
      lists.nextSeats === null ? null : workspaces.mine(lists.nextSeats),
      lists.nextJoined === null ? null : workspaces.joined(lists.nextJoined),
    ]);
    setBusy(null);
    if (call !== latest.current) return;
    const failed = [stayReply, seatReply, joinedReply].find((reply) => reply && !reply.ok);
    if (failed && !failed.ok) return setError(describeError(failed.error));
    setLists({
      stays: stayReply?.ok ? [...lists.stays, ...stayReply.data.items] : lists.stays,
      seats: seatReply?.ok ? [...lists.seats, ...seatReply.data.items] : lists.seats,
      nextStays: stayReply?.ok ? nextPage(stayReply.data) : lists.nextStays,
      nextSeats: seatReply?.ok ? nextPage(seatReply.data) : lists.nextSeats,
      joined: joinedReply?.ok ? [...lists.joined, ...joinedReply.data.items] : lists.joined,
      nextJoined: joinedReply?.ok ? nextPage(joinedReply.data) : lists.nextJoined,
    });
  };

  useEffect(load, [load, identity]);
  // A tab page stays mounted: coming back to it (after applying, say) shows the latest state.
  useDidShow(load);
  // Talent apartments: applications and leases, loaded on their own (one short list, not paged).
  const [apartments, setApartments] = useState<housing.HousingMine | null>(null);
  const loadApartments = useCallback((): void => void housing.mine().then((r) => setApartments(r.ok ? r.data : null)), []);
  useEffect(loadApartments, [loadApartments, identity]);
  useDidShow(loadApartments);

  const cancel = async (input: {
    id: string;
    consequence: MessageKey;
    run: () => Promise<{ ok: boolean; error?: Parameters<typeof describeError>[0] }>;
  }): Promise<void> => {
    if (busy) return;
    const yes = await confirm({
      title: t('bookings.cancelTitle'),
      content: t(input.consequence),
      confirmText: t('bookings.cancelConfirm'),
      cancelText: t('bookings.keep'),
    });
    if (!yes) return;
    setBusy(input.id);
    const reply = await input.run();
    setBusy(null);
    if (!reply.ok && reply.error) setError(describeError(reply.error));
    load();
  };

  const confirmOffer = async (id: string): Promise<void> => {
    if (busy) return;
    setBusy(id);
    const reply = await stays.confirmOffer(id);
    setBusy(null);
    if (!reply.ok) setError(describeError(reply.error));
    load();
  };

  const today = shanghaiDateOf(now());
  const stayReview = station?.stayPolicy.reviewWorkingDays ?? 5;
  const seatReview = station?.seatPolicy.reviewWorkingDays ?? 5;
  const empty =
    lists !== null &&
    lists.stays.length === 0 &&
    lists.seats.length === 0 &&
    lists.joined.length === 0 &&
    !apartments?.applications.length &&
    !apartments?.leases.length;

  return (
    <View className='bookings'>
      <RoleSwitcher />
      {error !== null && (
        <View className='bookings__error'>
          <Text className='bookings__error-text'>{error}</Text>
          <Button size='mini' className='bookings__retry' onClick={load}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {lists === null && error === null && <Text className='bookings__loading'>{t('common.loading')}</Text>}
      {empty && <Text className='bookings__empty'>{t('bookings.empty')}</Text>}
      <Text className='bookings__support' onClick={() => openSupport('mine')}>
        {t('bookings.support')}
      </Text>
      {lists?.stays.map((stay) => (
        <StayCard
          key={stay._id}
          stay={stay}
          station={station}
          reviewDays={stayReview}
          busy={busy === stay._id}
          cancellable={stayCancellable(stay.status as StayStatus)}
          onCancel={() =>
            void cancel({ id: stay._id, consequence: stayCancelConsequence(stay.status as StayStatus), run: () => stays.cancel(stay._id) })
          }
          onConfirmOffer={() => void confirmOffer(stay._id)}
          onShowCode={() => openCheckInPass(stay._id)}
        />
      ))}
      {lists?.seats.map((seat) => (
        <SeatCard
          key={seat._id}
          seat={seat}
          reviewDays={seatReview}
          busy={busy === seat._id}
          cancellable={
            SEAT_TRANSITIONS.cancel.from.some((s) => s === seat.status) &&
            cancelBeforeStart({ status: seat.status, startDate: seat.startDate, today })
          }
          onCancel={() => void cancel({ id: seat._id, consequence: 'bookings.cancelSeat', run: () => workspaces.cancel(seat._id) })}
          onInvite={HOLDING_SEAT_STATUSES.includes(seat.status) ? () => openInvite(seat._id) : undefined}
        />
      ))}
      {lists?.joined.map((seat) => (
        <SeatCard
          key={`joined-${seat._id}`}
          seat={seat}
          reviewDays={seatReview}
          member
          busy={false}
          cancellable={false}
          onCancel={() => undefined}
        />
      ))}
      {apartments && <ApartmentCards mine={apartments} onOpen={() => openHousing('mine')} />}
      {lists !== null && (lists.nextStays !== null || lists.nextSeats !== null || lists.nextJoined !== null) && (
        <Button className='bookings__more' disabled={disabledWhen(busy === 'more')} onClick={() => void loadMore()}>
          {t('bookings.loadMore')}
        </Button>
      )}
    </View>
  );
}
