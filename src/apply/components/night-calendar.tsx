import { Text, View } from '@tarojs/components';
import { tp } from '../i18n';
import './night-calendar.css';

export interface DayFree {
  date: string;
  free: number;
}

const dayOfWeek = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

function byMonth(days: readonly DayFree[]): Array<[string, DayFree[]]> {
  const months = new Map<string, DayFree[]>();
  for (const day of days) months.set(day.date.slice(0, 7), [...(months.get(day.date.slice(0, 7)) ?? []), day]);
  return [...months];
}

/**
 * A month grid of the dates one can choose, each with its free places (beds per night, seats per day). `selected`
 * marks `[first, end)`: the nights of a stay, so the check-out day itself is shown as the end, not as a night.
 * Hand-made rather than nutui's Calendar: nutui cannot be installed from a lock file (README, Libraries), and the
 * subpackage stays small.
 */
export function NightCalendar(props: {
  days: readonly DayFree[];
  selected: { first: string; end: string } | null;
  onPick: (date: string) => void;
}) {
  const { days, selected, onPick } = props;
  const weekdays = tp('stay.calendar.weekdays').split(',');
  return (
    <View className='night-calendar'>
      {byMonth(days).map(([month, monthDays]) => (
        <View key={month} className='night-calendar__month'>
          <Text className='night-calendar__title'>{month}</Text>
          <View className='night-calendar__grid'>
            {weekdays.map((w) => (
              <Text key={w} className='night-calendar__weekday'>
                {w}
              </Text>
            ))}
            {Array.from({ length: dayOfWeek(monthDays[0].date) }, (_, i) => (
              <View key={`blank-${i}`} className='night-calendar__blank' />
            ))}
            {monthDays.map((day) => {
              const inRange = selected && day.date >= selected.first && day.date < selected.end;
              const isEnd = selected && day.date === selected.end;
              const state = [
                day.free <= 0 ? 'full' : 'free',
                inRange ? 'selected' : '',
                selected && day.date === selected.first ? 'first' : '',
                isEnd ? 'end' : '',
              ]
                .filter(Boolean)
                .map((s) => ` night-calendar__day--${s}`)
                .join('');
              return (
                <View key={day.date} className={`night-calendar__day night-calendar__day--d${day.date}${state}`} onClick={() => onPick(day.date)}>
                  <Text className='night-calendar__date'>{Number(day.date.slice(8))}</Text>
                  <Text className='night-calendar__free'>{day.free}</Text>
                </View>
              );
            })}
          </View>
        </View>
      ))}
    </View>
  );
}
