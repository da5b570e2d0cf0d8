import { Button, Input, Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { getLocale, useLocale } from '@/i18n';
import { now as clockNow } from '@/services/clock';
import { Empty, Failed, Loading, useLoad } from '../../components/async';
import { RoleGate } from '../../components/role-gate';
import { Tabs } from '../../components/tabs';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta } from '../../i18n';
import { reportsApi, type CsvFile, type KpiRow, type KpiTable } from '../../services/admin-api';
import { joinPages, saveCsv } from '../../services/files';
import { LiaisonFigures } from './liaison-figures';
import { defaultValue, lastMonthOf, monthsEndingWith, periodOf, type PeriodKind } from './period';
import '../../components/admin.css';
import { disabledWhen } from '@/components/button-state';

const TREND_MONTHS = 6;

/** 考核: each unit's KPIs for a period, the ranking, charts and CSV exports (district admin). */
export default function KpiPage() {
  useAdminTitle('kpi.title');
  return (
    <View className='admin-page kpi'>
      <Text className='admin-page__title'>{ta('kpi.title')}</Text>
      <RoleGate roles={['admin']}>{() => <Dashboard />}</RoleGate>
    </View>
  );
}

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/**
 * Nothing happened in the period: no request received, and none of the units' work on earlier ones either (a month
 * that only resolves, rates or escalates older requests has figures to show).
 */
const idle = (kpi: KpiRow) => kpi.received + kpi.accepted + kpi.returned + kpi.resolved + kpi.overdue + kpi.rated === 0;

export function Dashboard({ now = clockNow }: { now?: () => Date }) {
  useLocale();
  const [kind, setKind] = useState<PeriodKind>('month');
  const [value, setValue] = useState(defaultValue('month', now()));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const period = useMemo(() => periodOf(kind, value), [kind, value]);
  const table = useLoad(
    () =>
      period
        ? reportsApi.kpi(period)
        : Promise.resolve({ ok: false as const, error: { code: 'VALIDATION' as const, message: ta('kpi.periodInvalid') } }),
    [period],
  );
  const trend = useLoad(async () => {
    if (!period) return { ok: true as const, data: [] };
    const months = monthsEndingWith(lastMonthOf(period, now()), TREND_MONTHS);
    const replies = await Promise.all(months.map((month) => reportsApi.kpi({ kind: 'month', month })));
    const failed = replies.find((r) => !r.ok);
    if (failed && !failed.ok) return failed;
    return {
      ok: true as const,
      data: replies.map((r, i) => ({
        month: months[i],
        received: r.ok ? r.data.district.received : 0,
        resolved: r.ok ? r.data.district.resolved : 0,
      })),
    };
  }, [period, now]);

  const exportWith = async (load: () => Promise<{ ok: true; data: CsvFile } | { ok: false; error: { message: string } }>) => {
    const reply = await load();
    if (!reply.ok) return setMessage({ ok: false, text: reply.error.message });
    const how = await saveCsv(reply.data);
    setMessage({ ok: true, text: ta(how === 'shared' ? 'kpi.shared' : 'kpi.downloaded', { file: reply.data.filename }) });
  };
  const exportRequests = () =>
    exportWith(async () => {
      const month = period ? lastMonthOf(period, now()) : defaultValue('month', now());
      const pages: CsvFile[] = [];
      for (let page = 0; page < 200; page += 1) {
        const reply = await reportsApi.exportRequestsCsv(month, page);
        if (!reply.ok) return reply;
        pages.push(reply.data);
        if (!reply.data.hasMore) break;
      }
      return { ok: true as const, data: joinPages(pages) };
    });

  const kinds = (['month', 'quarter', 'year'] as const).map((k) => ({ key: k, label: ta(`kpi.period.${k}`) }));
  return (
    <View className='kpi__dashboard'>
      <Tabs
        tabs={kinds}
        value={kind}
        onChange={(k) => {
          setKind(k);
          setValue(defaultValue(k, now()));
        }}
        className='kpi__kinds'
      />
      <Input
        className='admin-field kpi__period'
        value={value}
        placeholder={ta(`kpi.placeholder.${kind}`)}
        onInput={(e) => setValue(e.detail.value)}
      />
      <View className='admin-chips'>
        <Button
          size='mini'
          className='kpi__export-kpi'
          disabled={disabledWhen(!period)}
          onClick={() => period && exportWith(() => reportsApi.exportKpiCsv(period))}
        >
          {ta('kpi.exportKpi')}
        </Button>
        <Button size='mini' className='kpi__export-requests' onClick={exportRequests}>
          {ta('kpi.exportRequests', { month: period ? lastMonthOf(period, now()) : '' })}
        </Button>
      </View>
      {message ? <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} kpi__message`}>{message.text}</Text> : null}
      {table.state === 'loading' ? <Loading /> : null}
      {table.state === 'error' ? <Failed message={table.message} onRetry={table.reload} /> : null}
      {table.state === 'ready' ? <Report table={table.data} /> : null}
      <LiaisonFigures period={period} />
      <Text className='kpi__heading'>{ta('kpi.trend')}</Text>
      {trend.state === 'loading' ? <Loading /> : null}
      {trend.state === 'error' ? <Failed message={trend.message} onRetry={trend.reload} /> : null}
      {trend.state === 'ready' ? <Trend points={trend.data} /> : null}
    </View>
  );
}

function Report({ table }: { table: KpiTable }) {
  const locale = getLocale();
  const max = Math.max(1, ...table.units.map((u) => u.kpi.received));
  const total = table.district;
  return (
    <View className='kpi__report'>
      <Text className='kpi__summary'>
        {ta('kpi.summary', {
          from: table.period.from,
          to: table.period.to,
          received: total.received,
          resolved: total.resolved,
          rate: percent(total.resolutionRate),
        })}
      </Text>
      {[total, ...table.units.map((u) => u.kpi)].every(idle) ? <Empty text={ta('kpi.empty')} /> : null}
      <Text className='kpi__heading'>{ta('kpi.byUnit')}</Text>
      <View className='admin-bars kpi__bars'>
        {table.units.map((u) => (
          <View key={u.unitId} className={`admin-bars__bar kpi__bar kpi__bar--${u.unitId}`}>
            <Text className='admin-bars__label'>{u.name[locale]}</Text>
            <View className='admin-bars__fill' style={{ width: `${(u.kpi.received / max) * 50}%` }} />
            <Text className='kpi__bar-value'>{u.kpi.received}</Text>
          </View>
        ))}
      </View>
      <Text className='kpi__heading'>{ta('kpi.ranking')}</Text>
      <View className='admin-table kpi__ranking'>
        <View className='admin-table__row admin-table__row--head'>
          {(['rank', 'unit', 'received', 'resolved', 'resolutionRate', 'onTimeRate', 'median', 'overdue', 'satisfaction'] as const).map(
            (h) => (
              <Text key={h} className='admin-table__cell'>
                {ta(`kpi.col.${h}`)}
              </Text>
            ),
          )}
        </View>
        {table.units.map((u) => (
          <View key={u.unitId} className={`admin-table__row kpi__rank-row kpi__rank-row--${u.unitId}`}>
            <Text className='admin-table__cell'>{u.rank}</Text>
            <Text className='admin-table__cell'>{u.name[locale]}</Text>
            <Text className='admin-table__cell'>{u.kpi.received}</Text>
            <Text className='admin-table__cell'>{u.kpi.resolved}</Text>
            <Text className='admin-table__cell'>{percent(u.kpi.resolutionRate)}</Text>
            <Text className='admin-table__cell'>{percent(u.kpi.onTimeRate)}</Text>
            <Text className='admin-table__cell'>{u.kpi.medianWorkingDaysToResolve ?? '—'}</Text>
            <Text className='admin-table__cell'>{u.kpi.overdue}</Text>
            <Text className='admin-table__cell'>{percent(u.kpi.satisfactionRate)}</Text>
          </View>
        ))}
      </View>
      <Text className='kpi__heading'>{ta('kpi.byCategory')}</Text>
      <View className='admin-table kpi__categories'>
        {table.byCategory
          .filter((c) => c.received > 0)
          .map((c) => (
            <View key={c.category} className='admin-table__row'>
              <Text className='admin-table__cell'>{c.name[locale]}</Text>
              <Text className='admin-table__cell'>{c.received}</Text>
            </View>
          ))}
      </View>
      {table.housing.length > 0 ? <Housing rows={table.housing} /> : null}
    </View>
  );
}

/** 人才公寓 per building: occupancy of the period's unit-days and days from application to offer. */
function Housing({ rows }: { rows: KpiTable['housing'] }) {
  const locale = getLocale();
  return (
    <>
      <Text className='kpi__heading'>{ta('kpi.housing')}</Text>
      <View className='admin-table kpi__housing'>
        <View className='admin-table__row admin-table__row--head'>
          {(['building', 'units', 'occupancy', 'offers', 'waitMedian', 'waitP90'] as const).map((h) => (
            <Text key={h} className='admin-table__cell'>
              {ta(`kpi.housingCol.${h}`)}
            </Text>
          ))}
        </View>
        {rows.map((b) => (
          <View key={b.buildingId} className={`admin-table__row kpi__housing-row kpi__housing-row--${b.buildingId}`}>
            <Text className='admin-table__cell'>{b.name[locale]}</Text>
            <Text className='admin-table__cell'>{b.units}</Text>
            <Text className='admin-table__cell'>{percent(b.occupancyRate)}</Text>
            <Text className='admin-table__cell'>{b.offers}</Text>
            <Text className='admin-table__cell'>{b.waitMedianDays ?? '—'}</Text>
            <Text className='admin-table__cell'>{b.waitP90Days ?? '—'}</Text>
          </View>
        ))}
      </View>
    </>
  );
}

function Trend({ points }: { points: Array<{ month: string; received: number; resolved: number }> }) {
  const max = Math.max(1, ...points.map((p) => p.received));
  return (
    <View className='admin-trend kpi__trend'>
      {points.map((p) => (
        <View key={p.month} className={`admin-trend__col kpi__trend-col kpi__trend-col--${p.month}`}>
          <Text>{p.received}</Text>
          <View className='admin-trend__fill' style={{ height: `${(p.received / max) * 80}%` }} />
          <Text>{p.month.slice(2)}</Text>
        </View>
      ))}
    </View>
  );
}
