import { Text, View } from '@tarojs/components';
import { ta } from '../../i18n';
import './index.css';

interface Props {
  capacity: number;
  taken: readonly number[];
  selected: readonly number[];
  /** How many seats the team asked for: picking more replaces the oldest pick. */
  wanted: number;
  onChange: (selected: number[]) => void;
}

/** The station's seats as a grid: taken ones (by overlapping teams) cannot be picked; the server checks again. */
export function SeatPicker({ capacity, taken, selected, wanted, onChange }: Props) {
  const toggle = (n: number) => {
    if (taken.includes(n)) return;
    if (selected.includes(n)) return onChange(selected.filter((s) => s !== n));
    onChange([...selected, n].slice(-wanted));
  };
  return (
    <View className='seat-picker'>
      <Text className='seat-picker__hint'>{ta('application.seatHint', { wanted, picked: selected.length })}</Text>
      <View className='seat-picker__grid'>
        {Array.from({ length: capacity }, (_, i) => i + 1).map((n) => {
          const state = taken.includes(n) ? 'taken' : selected.includes(n) ? 'selected' : 'free';
          return (
            <Text key={n} className={`seat-picker__seat seat-picker__seat--${state} seat-picker__seat--n${n}`} onClick={() => toggle(n)}>
              {String(n)}
            </Text>
          );
        })}
      </View>
    </View>
  );
}
