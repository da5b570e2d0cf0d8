import { Button, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { shanghaiDateOf } from '@core/calendar/dates';
import { ACTIVE_APARTMENT_STATUSES } from '@core/housing/model';
import { t, useLocale } from '@/i18n';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import { ApplicationCard } from '../../components/application-card';
import { LeaseCard } from '../../components/lease-card';
import { th } from '../../i18n';
import * as housing from '../../services/housing';
import { openBuildings } from '../../services/navigation';
import '../../components/housing.css';

/** My talent apartment: each application (active ones first) and, once leased, its lease. */
export default function MyHousingPage() {
  const locale = useLocale();
  const [mine, setMine] = useState<housing.MineReply | null>(null);
  const [buildings, setBuildings] = useState<housing.Building[]>([]);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => setPageTitle(th('mine.title')), [locale]);
  const load = useCallback((): void => {
    const call = ++latest.current;
    setError(null);
    void Promise.all([housing.mine(), housing.buildings()]).then(([reply, buildingsReply]) => {
      if (call !== latest.current) return;
      if (buildingsReply.ok) setBuildings(buildingsReply.data.items);
      if (reply.ok) setMine(reply.data);
      else setError(describeError(reply.error));
    });
  }, []);
  useEffect(load, [load]);
  // Back from the form, or from WeChat after a notice: show the latest state.
  useDidShow(load);

  const today = shanghaiDateOf(now());
  const buildingOf = (id: string) => buildings.find((b) => b._id === id);
  const active = (status: string) => (ACTIVE_APARTMENT_STATUSES as readonly string[]).includes(status);
  const applications = [...(mine?.applications ?? [])].sort((a, b) => Number(active(b.status)) - Number(active(a.status)));
  const shownLeases = new Set<string>();

  return (
    <View className='housing housing-mine'>
      {error && (
        <View className='housing__card'>
          <Text className='housing__error'>{error}</Text>
          <Button size='mini' onClick={load}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {!mine && !error && <Text className='housing__loading'>{t('common.loading')}</Text>}
      {mine && mine.applications.length === 0 && mine.leases.length === 0 && <Text className='housing__empty'>{th('mine.empty')}</Text>}
      {applications.map((app) => {
        const lease = app.leaseId ? mine?.leases.find((l) => l._id === app.leaseId) : undefined;
        if (lease) shownLeases.add(lease._id);
        return (
          <View key={app._id} className='housing-mine__item'>
            <ApplicationCard app={app} building={buildingOf(app.buildingId)} today={today} onChanged={load} />
            {lease && <LeaseCard lease={lease} building={buildingOf(lease.buildingId)} today={today} onChanged={load} />}
          </View>
        );
      })}
      {mine?.leases
        .filter((lease) => !shownLeases.has(lease._id))
        .map((lease) => (
          <LeaseCard key={lease._id} lease={lease} building={buildingOf(lease.buildingId)} today={today} onChanged={load} />
        ))}
      <Button className='housing__button housing-mine__browse' onClick={openBuildings}>
        {th('mine.browse')}
      </Button>
    </View>
  );
}
