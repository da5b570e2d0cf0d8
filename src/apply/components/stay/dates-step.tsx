import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { addDays, daysBetween } from '@core/calendar/dates';
import { t } from '@/i18n';
import { describeError } from '@/services/errors';
import * as stays from '@/services/stays';
import { tp } from '../../i18n';
import { checkOut, maxNights } from '../../model/stay-draft';
import { Check, Section } from '../form';
import { FreeDaysCalendar, type DayFree } from '../free-days-calendar';
import type { StepProps } from './types';

/** Days the calendar offers: the policy's check-in window, at most what one quote answers (62 nights). */
export const calendarWindow = (today: string, policy: { minDaysAhead: number; maxDaysAhead: number }) => ({
  first: addDays(today, policy.minDaysAhead),
  nights: Math.min(62, policy.maxDaysAhead - policy.minDaysAhead + 1),
});

/** Step 2: the nights, on NutUI's calendar with the free beds; a tap sets check-in, a second tap check-out. */
export function DatesStep({ draft, update, errors, context }: StepProps) {
  const [days, setDays] = useState<DayFree[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const max = maxNights(draft, context.policy);

  useEffect(() => {
    const window = calendarWindow(context.today, context.policy);
    void stays.quote({ stationId: context.stationId, checkIn: window.first, nights: window.nights }).then((reply) => {
      if (reply.ok) setDays(reply.data.nights);
      else setError(describeError(reply.error));
    });
  }, [context.stationId, context.today, context.policy]);

  const freeOn = new Map((days ?? []).map((d) => [d.date, d.free]));
  const choosingEnd = draft.checkIn !== '' && draft.nights === 0;
  // A check-out ends a stay of 1..max nights whose every night has a free bed (the check-out day is not a night).
  const endsStay = (date: string): boolean => {
    if (!choosingEnd || date <= draft.checkIn || daysBetween(draft.checkIn, date) > max) return false;
    for (let night = draft.checkIn; night < date; night = addDays(night, 1)) if ((freeOn.get(night) ?? 0) <= 0) return false;
    return true;
  };
  // A night with no free bed cannot be chosen: neither as check-in nor inside the stay.
  const canPick = (date: string): boolean => endsStay(date) || (freeOn.get(date) ?? 0) > 0;
  const pick = (date: string): void => {
    if (endsStay(date)) update({ nights: daysBetween(draft.checkIn, date) });
    else update({ checkIn: date, nights: 0 });
  };

  const end = checkOut(draft);
  const full = days !== null && draft.nights > 0 && days.some((d) => d.date >= draft.checkIn && d.date < end && d.free <= 0);

  return (
    <View className='stay-dates'>
      <Section title={tp('stay.dates.heading')}>
        <Text className='form__hint'>{tp('stay.dates.hint')}</Text>
        <View className='stay-dates__summary'>
          {draft.checkIn ? (
            <>
              <Text className='stay-dates__check-in'>{tp('stay.dates.checkIn', { date: draft.checkIn })}</Text>
              {draft.nights > 0 && <Text className='stay-dates__check-out'>{tp('stay.dates.checkOut', { date: end })}</Text>}
              <Text className='stay-dates__nights'>{tp('stay.dates.nights', { nights: draft.nights, max })}</Text>
            </>
          ) : (
            <Text className='stay-dates__none'>{tp('stay.dates.none')}</Text>
          )}
        </View>
        {(errors.checkIn || errors.nights) && <Text className='form__error'>{errors.checkIn ?? errors.nights}</Text>}
        {full && (
          <>
            <Text className='form__error stay-dates__full'>{tp('stay.dates.full')}</Text>
            <Check
              name='waitlist'
              label={tp('stay.dates.waitlist')}
              checked={draft.joinWaitlist}
              onChange={(joinWaitlist) => update({ joinWaitlist })}
            />
          </>
        )}
        {error && <Text className='form__error'>{error}</Text>}
        {days === null && !error && <Text className='form__hint'>{t('common.loading')}</Text>}
        {days && (
          <FreeDaysCalendar
            days={days}
            range
            selected={draft.checkIn ? { first: draft.checkIn, end: draft.nights > 0 ? end : undefined } : null}
            lastDay={days.length > 0 ? addDays(days[days.length - 1].date, 1) : undefined}
            canPick={canPick}
            onPick={pick}
          />
        )}
      </Section>
    </View>
  );
}
