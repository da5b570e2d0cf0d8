import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { drawMatchesSeed } from '@core/events/lottery';
import { formatInstant } from '@/i18n/format';
import { te } from '../../i18n';
import type { DrawView } from '../../services';

/**
 * A session's published draw: the seed, the entries by public entry id in drawn order (winners marked, the
 * person's own entries too), how to check it, and a button that re-runs core's check on this device.
 */
export function PublishedDraw({ draw, mine }: { draw: DrawView; mine: readonly string[] }) {
  const [checked, setChecked] = useState<boolean | null>(null);
  const winners = new Set(draw.winners ?? []);
  return (
    <View className='draw'>
      <Text className='draw__heading'>{te('draw.heading')}</Text>
      <Text className='draw__seed'>{te('draw.seed', { seed: draw.seed })}</Text>
      <Text className='draw__time'>{te('draw.drawnAt', { time: formatInstant(draw.drawnAt) })}</Text>
      <Text className='draw__count'>{te('draw.entries', { count: draw.order.length })}</Text>
      <View className='draw__order'>
        {draw.order.map((entryId, i) => (
          <Text
            key={entryId}
            className={`draw__entry${winners.has(entryId) ? ' draw__entry--won' : ''}${mine.includes(entryId) ? ' draw__entry--mine' : ''}`}
          >
            {`${i + 1}. ${entryId}`}
            {winners.has(entryId) ? ` · ${te('draw.won')}` : ''}
            {mine.includes(entryId) ? te('draw.mine') : ''}
          </Text>
        ))}
      </View>
      {draw.drawnLast > 0 && <Text className='draw__last'>{te('draw.drawnLast', { count: draw.drawnLast })}</Text>}
      <Text className='draw__how'>{te('draw.how')}</Text>
      <Button size='mini' className='draw__check' onClick={() => setChecked(drawMatchesSeed(draw))}>
        {te('draw.check')}
      </Button>
      {checked !== null && (
        <Text className={`draw__verdict draw__verdict--${checked ? 'ok' : 'bad'}`}>{te(checked ? 'draw.checkOk' : 'draw.checkBad')}</Text>
      )}
    </View>
  );
}
