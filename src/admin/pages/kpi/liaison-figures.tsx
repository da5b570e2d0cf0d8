import { Text, View } from '@tarojs/components';
import type { Period } from '@core/kpi/period';
import { periodDates } from '@core/kpi/period';
import { useLocale } from '@/i18n';
import { Failed, Loading, useLoad } from '../../components/async';
import { ta } from '../../i18n';
import { liaisonsApi } from '../../services/liaisons-api';

const FIGURES = ['liaisons', 'talentsCovered', 'visits', 'requestsRaised', 'overdue'] as const;

/** 双结对 on the KPI page: liaisons and talents covered at the period's end, visits and requests raised in it. */
export function LiaisonFigures({ period }: { period: Period | null }) {
  useLocale();
  const figures = useLoad(
    () =>
      period
        ? liaisonsApi.figures(periodDates(period))
        : Promise.resolve({ ok: false as const, error: { code: 'VALIDATION' as const, message: ta('kpi.periodInvalid') } }),
    [period],
  );
  return (
    <View className='kpi__liaisons'>
      <Text className='kpi__heading'>{ta('kpi.liaison.heading')}</Text>
      {figures.state === 'loading' ? <Loading /> : null}
      {figures.state === 'error' ? <Failed message={figures.message} onRetry={figures.reload} /> : null}
      {figures.state === 'ready' ? (
        <>
          <View className='admin-table kpi__liaison-figures'>
            {FIGURES.map((key) => (
              <View key={key} className={`admin-table__row kpi__liaison-figure kpi__liaison-figure--${key}`}>
                <Text className='admin-table__cell'>{ta(`kpi.liaison.${key}`)}</Text>
                <Text className='admin-table__cell kpi__liaison-value'>{figures.data[key]}</Text>
              </View>
            ))}
          </View>
          <Text className='admin-row__meta'>{ta('kpi.liaison.note', { to: figures.data.to, weeks: figures.data.weeks })}</Text>
        </>
      ) : null}
    </View>
  );
}
