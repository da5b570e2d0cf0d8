import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { addDays, daysBetween, shanghaiDateTimeOf } from '@core/calendar/dates';
import { APARTMENT_STATUS_LABELS } from '@core/housing/labels';
import { UNIT_TYPE_LABELS } from '@core/housing/model';
import { afterDecline } from '@core/housing/waiting-list';
import { tLabel, useLocale } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import { confirm } from '@/services/booking-navigation';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { th } from '../i18n';
import * as housing from '../services/housing';

const WITHDRAWABLE = ['awaiting-employer', 'waiting', 'offered'];
const CONFIRMED = ['waiting', 'offered', 'leased', 'ended'];

/**
 * The viewing slots that may still be booked: the building's times on each day from today (or the offer's day) to
 * the offer's last day, included, less the times of today already past (Shanghai wall time).
 */
function viewingSlots(offer: { offeredOn: string; expiresOn: string }, times: readonly string[], today: string) {
  const first = offer.offeredOn > today ? offer.offeredOn : today;
  const days = Array.from({ length: Math.max(0, daysBetween(first, offer.expiresOn) + 1) }, (_, i) => addDays(first, i));
  const at = shanghaiDateTimeOf(now());
  return days.flatMap((date) => times.map((time) => ({ date, time }))).filter((slot) => `${slot.date} ${slot.time}` > at);
}

/**
 * One apartment application as its owner follows it: status, the employer's confirmation, the place on the waiting
 * list and why those ahead are ahead, and an offer with its deadline (accept, decline, book a viewing).
 */
export function ApplicationCard(props: {
  app: housing.MyApplication;
  building: housing.Building | undefined;
  today: string;
  onChanged: (message?: string) => void;
}) {
  const { app, building, today } = props;
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const position = app.waitingPosition;
  const offer = app.offer;

  const run = async (call: () => Promise<{ ok: true } | { ok: false; error: Parameters<typeof describeError>[0] }>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const reply = await call();
    setBusy(false);
    if (!reply.ok) return setError(describeError(reply.error));
    props.onChanged();
  };

  // WeChat cuts a modal's buttons at 4 characters: each confirm has a short text of its own.
  const ask = async (texts: { title: string; content: string; confirmText: string }, then: () => Promise<void>): Promise<void> => {
    if (await confirm({ ...texts, cancelText: th('mine.keep') })) await then();
  };

  const decline = (): Promise<void> => {
    const outcome = building ? afterDecline({ policy: building.policy, declinesBefore: app.declines }) : 'move-down';
    const content = th(outcome === 'remove' ? 'mine.declineRemove' : 'mine.declineMoveDown');
    return ask({ title: th('mine.declineTitle'), content, confirmText: th('mine.declineConfirm') }, () =>
      run(() => housing.declineOffer(app._id)),
    );
  };

  return (
    <View className={`housing__card housing-application housing-application--${app.status}`}>
      <Text className='housing__title'>{th('mine.application')}</Text>
      <Text className='housing__line'>
        {th('mine.building', { building: building?.name[locale] ?? app.buildingId, type: tLabel(UNIT_TYPE_LABELS, app.unitType) })}
      </Text>
      <Text className={`housing__status housing-application__status`}>{tLabel(APARTMENT_STATUS_LABELS, app.status)}</Text>
      <Text className='housing__muted'>{th('mine.number', { id: app._id })}</Text>
      <Text className='housing__muted'>{th('mine.submitted', { at: formatInstant(app.submittedAt) })}</Text>

      <Text className='housing__line'>{th('mine.employer', { name: app.employer.name })}</Text>
      <View className='housing__stack housing-application__employer'>
        {app.status === 'awaiting-employer' && (
          <Text className='housing__line'>{th('mine.employerAwaiting', { dueOn: app.employerDueOn })}</Text>
        )}
        {app.status === 'employer-denied' && (
          <Text className='housing__unmet'>{th('mine.employerDenied', { reason: app.reason ?? '' })}</Text>
        )}
        {app.status === 'lapsed' && <Text className='housing__unmet'>{th('mine.lapsed', { dueOn: app.employerDueOn })}</Text>}
        {CONFIRMED.includes(app.status) && <Text className='housing__ok'>{th('mine.employerConfirmed')}</Text>}
      </View>

      {position && (
        <View className='housing__stack housing-application__position'>
          <Text className='housing__line'>{th('mine.position', { position: position.position, total: position.total })}</Text>
          {position.position === 1 ? (
            <Text className='housing__muted'>{th('mine.first')}</Text>
          ) : (
            <>
              {position.aheadByPriority > 0 && (
                <Text className='housing__muted housing-application__ahead-priority'>
                  {th('mine.aheadByPriority', { count: position.aheadByPriority })}
                </Text>
              )}
              {position.aheadByTime > 0 && (
                <Text className='housing__muted housing-application__ahead-time'>
                  {th('mine.aheadByTime', { count: position.aheadByTime })}
                </Text>
              )}
            </>
          )}
        </View>
      )}

      {app.status === 'removed' && <Text className='housing__line'>{th('mine.removed')}</Text>}
      {app.reason && app.status !== 'employer-denied' && (
        <Text className='housing__muted'>{th('mine.reason', { reason: app.reason })}</Text>
      )}

      {app.status === 'offered' && offer && (
        <View className='housing__stack housing-application__offer'>
          <Text className='housing__heading'>{th('mine.offer')}</Text>
          <Text className='housing__line'>{th('mine.offerTerm', { unit: offer.unitId, start: offer.start, end: offer.end })}</Text>
          <Text className='housing__unmet housing-application__deadline'>{th('mine.offerDeadline', { expiresOn: offer.expiresOn })}</Text>
          <Text className='housing__heading'>{th('mine.viewing')}</Text>
          {app.viewing ? (
            <Text className='housing__ok housing-application__viewing'>{th('mine.viewingBooked', app.viewing)}</Text>
          ) : (
            <>
              <Text className='housing__muted'>{th('mine.viewingHint')}</Text>
              <View className='housing__slots'>
                {viewingSlots(offer, building?.viewing.times ?? [], today).map(({ date, time }) => (
                  <Text
                    key={`${date}-${time}`}
                    className={`housing__slot housing-application__slot housing-application__slot--${date}-${time.replace(':', '')}`}
                    onClick={() => void run(() => housing.bookViewing({ id: app._id, date, time }))}
                  >
                    {th('mine.viewingBook', { date, time })}
                  </Text>
                ))}
              </View>
            </>
          )}
          <View className='housing__actions'>
            <Button
              className='housing-application__accept'
              size='mini'
              type='primary'
              disabled={busy ? true : undefined}
              onClick={() => void run(() => housing.acceptOffer(app._id, { requestId: `accept-${app._id}-${offer.offeredOn}` }))}
            >
              {th('mine.accept')}
            </Button>
            <Button className='housing-application__decline' size='mini' disabled={busy ? true : undefined} onClick={() => void decline()}>
              {th('mine.decline')}
            </Button>
          </View>
        </View>
      )}

      {WITHDRAWABLE.includes(app.status) && (
        <View className='housing__actions'>
          <Button
            className='housing-application__withdraw'
            size='mini'
            disabled={busy ? true : undefined}
            onClick={() =>
              void ask(
                { title: th('mine.withdrawTitle'), content: th('mine.withdrawContent'), confirmText: th('mine.withdrawConfirm') },
                () => run(() => housing.withdraw(app._id)),
              )
            }
          >
            {th('mine.withdraw')}
          </Button>
        </View>
      )}
      {error && <Text className='housing__error housing-application__error'>{error}</Text>}
    </View>
  );
}
