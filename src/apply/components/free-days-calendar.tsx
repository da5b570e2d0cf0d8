import { Text } from '@tarojs/components';
import { useEffect, useRef } from 'react';
import CalendarCard from '@nutui/nutui-react-taro/dist/es/packages/calendarcard';
import '@nutui/nutui-react-taro/dist/es/packages/calendarcard/style/css';
import type { CalendarCardDay, CalendarCardRef } from '@nutui/nutui-react-taro/dist/es/packages/calendarcard';
import { NutLocale } from '@/components/nut-locale';
import './free-days-calendar.css';

export interface DayFree {
  date: string;
  free: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoOf = (day: CalendarCardDay): string => `${day.year}-${pad(day.month)}-${pad(day.date)}`;
/** NutUI's calendar works in local `Date`s; ours are `YYYY-MM-DD` days. */
const dateOf = (iso: string): Date => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/**
 * NutUI's month card with the free places (beds per night, seats per day) under each date. It only draws: the page
 * says which dates can be tapped (`canPick`) and what a tap means (`onPick`), so the rules stay in one place.
 * `selected` is `[first, end]`, for a stay the check-in and the check-out day (which is not a night).
 */
export function FreeDaysCalendar(props: {
  days: readonly DayFree[];
  range: boolean;
  selected: { first: string; end?: string } | null;
  /** The last day that may be tapped, when it is not a quoted one (the check-out after the last quoted night). */
  lastDay?: string;
  canPick: (date: string) => boolean;
  onPick: (date: string) => void;
}) {
  const { days, range, selected, canPick, onPick } = props;
  const card = useRef<CalendarCardRef>(null);
  const shownFirst = selected?.first ?? days[0]?.date;
  // NutUI opens on today's month when nothing is chosen; open on the first month one can choose in instead.
  useEffect(() => {
    if (shownFirst) card.current?.jumpTo(Number(shownFirst.slice(0, 4)), Number(shownFirst.slice(5, 7)));
    // Only where the card opens: a later pick must not move the month under the user's finger.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const free = new Map(days.map((day) => [day.date, day.free]));
  const first = days[0]?.date;
  const last = props.lastDay ?? days[days.length - 1]?.date;
  if (!first || !last) return null;
  const value = selected
    ? range
      ? [dateOf(selected.first), ...(selected.end ? [dateOf(selected.end)] : [])]
      : dateOf(selected.first)
    : null;
  const offered = (day: CalendarCardDay): boolean => day.type === 'current' && isoOf(day) >= first && isoOf(day) <= last;

  return (
    <NutLocale>
      <CalendarCard
        ref={card}
        className='free-days'
        type={range ? 'range' : 'single'}
        value={value}
        startDate={dateOf(first)}
        endDate={dateOf(last)}
        disableDay={(day) => !offered(day) || !canPick(isoOf(day))}
        // Only this month's days carry their date in the class: the grid also shows the neighbours' (not tappable).
        renderDay={(day) => (
          <Text className={`free-days__date${day.type === 'current' ? ` free-days__date--d${isoOf(day)}` : ''}`}>{day.date}</Text>
        )}
        renderDayBottom={(day) => {
          const places = offered(day) ? free.get(isoOf(day)) : undefined;
          return places === undefined ? (
            ''
          ) : (
            <Text className={`free-days__free${places <= 0 ? ' free-days__free--full' : ''}`}>{places}</Text>
          );
        }}
        onDayClick={(day) => {
          if (offered(day) && canPick(isoOf(day))) onPick(isoOf(day));
        }}
      />
    </NutLocale>
  );
}
