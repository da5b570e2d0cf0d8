import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { tLabel, useLocale } from '@/i18n';
import { HeatMap } from '../../components/heat-map';
import { Empty, ErrorState, Loading } from '../../components/state-view';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { useCall } from '../../hooks/use-call';
import { ta } from '../../i18n';
import { APPLICATION_STATUS_LABELS, pickupText } from '../../i18n/labels';
import { onDecision } from '../../services/decisions';
import * as review from '../../services/review';
import './index.css';

type MovementRow = review.TodayView['arrivals'][number];
type Waiting = review.TodayView['waiting']['stays'];

const openApplication = (id: string) => void Taro.navigateTo({ url: `/admin/pages/application/index?kind=stays&id=${id}` });

function Movements({
  title,
  rows,
  day,
  className,
}: {
  title: string;
  rows: MovementRow[];
  day: 'checkIn' | 'checkOut';
  className: string;
}) {
  return (
    <View className={`today__section ${className}`}>
      <Text className='today__section-title'>{title}</Text>
      {rows.length === 0 ? (
        <Empty text={ta('operator.none')} />
      ) : (
        rows.map((row) => (
          <View key={row._id} className='today__movement' onClick={() => openApplication(row._id)}>
            <Text className='today__movement-name'>{row.name}</Text>
            <Text className='today__movement-date'>{day === 'checkIn' ? row.checkIn : row.checkOut}</Text>
            <Text className={`today__movement-status today__movement-status--${row.status}`}>
              {tLabel(APPLICATION_STATUS_LABELS, row.status)}
            </Text>
            {row.pickup && <Text className='today__movement-pickup'>{ta('operator.pickup', { pickup: pickupText(row.pickup) })}</Text>}
          </View>
        ))
      )}
    </View>
  );
}

const waitingText = (w: Waiting) =>
  w.oldestHours === null ? ta('operator.waitingNone') : ta('operator.waitingCount', { count: w.count, hours: w.oldestHours });

/** The operator's day at their station: who arrives and leaves, what waits and for how long, how full the next 30 days are. */
export default function TodayPage() {
  useAdminTitle('operator.title');
  useLocale();
  const { state, reload } = useCall(() => review.today(), []);
  // What waits and who arrives change with every decision taken from here (queue, application, check-in): read again.
  useEffect(() => onDecision(() => void reload()), [reload]);

  return (
    <View className='today'>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'error' && <ErrorState message={state.message} onRetry={reload} />}
      {state.kind === 'ready' && (
        <View className='today__body'>
          <View className='today__cards'>
            <View
              className='today__card today__card--stays'
              onClick={() => void Taro.navigateTo({ url: '/admin/pages/queue/index?kind=stays' })}
            >
              <Text className='today__card-label'>{ta('operator.waitingStays')}</Text>
              <Text className='today__card-figure'>{waitingText(state.data.waiting.stays)}</Text>
            </View>
            <View
              className='today__card today__card--seats'
              onClick={() => void Taro.navigateTo({ url: '/admin/pages/queue/index?kind=seats' })}
            >
              <Text className='today__card-label'>{ta('operator.waitingSeats')}</Text>
              <Text className='today__card-figure'>{waitingText(state.data.waiting.seats)}</Text>
            </View>
            <View className='today__card today__card--waitlist'>
              <Text className='today__card-label'>{ta('operator.waitlist')}</Text>
              <Text className='today__card-figure'>{String(state.data.waiting.waitlist.count)}</Text>
            </View>
            <View className='today__card today__card--requests'>
              <Text className='today__card-label'>{ta('operator.requests')}</Text>
              <Text className='today__card-figure'>
                {ta('operator.requestsFigure', { triage: state.data.requests.awaitingTriage, overdue: state.data.requests.overdue })}
              </Text>
            </View>
          </View>
          <Movements title={ta('operator.arrivals')} rows={state.data.arrivals} day='checkIn' className='today__arrivals' />
          <Movements title={ta('operator.departures')} rows={state.data.departures} day='checkOut' className='today__departures' />
          <HeatMap days={state.data.occupancy} resource='beds' />
          <HeatMap days={state.data.occupancy} resource='seats' />
        </View>
      )}
    </View>
  );
}
