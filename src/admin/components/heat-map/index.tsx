import { Text, View } from '@tarojs/components';
import type { OccupancyDay } from '@core/review/today';
import { ta } from '../../i18n';
import './index.css';

/**
 * Beds and seats taken over the coming days as a calendar of coloured cells (level 0 empty … 4 full); each cell also
 * says `taken/capacity`, so the colour is never the only carrier of the figure.
 */
export function HeatMap({ days, resource }: { days: readonly OccupancyDay[]; resource: 'beds' | 'seats' }) {
  return (
    <View className={`heat-map heat-map--${resource}`}>
      <Text className='heat-map__title'>{ta(resource === 'beds' ? 'operator.bedsTitle' : 'operator.seatsTitle')}</Text>
      <View className='heat-map__grid'>
        {days.map((day) => {
          const cell = day[resource];
          return (
            <View key={day.date} className={`heat-map__cell heat-map__cell--level-${cell.level}`}>
              <Text className='heat-map__date'>{day.date.slice(5)}</Text>
              <Text className='heat-map__figure'>{`${cell.taken}/${cell.capacity}`}</Text>
            </View>
          );
        })}
      </View>
    </View>
  );
}
