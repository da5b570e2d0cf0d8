import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { shanghaiDateOf } from '@core/calendar/dates';
import { LEASE_FILTERS, daysToEnd, leaseMatches, renewalOpen, type LeaseFilter } from '@core/housing/board';
import { recordMoveInInput, recordMoveOutInput } from '@core/housing/inputs';
import { UNIT_TYPE_LABELS } from '@core/housing/model';
import { toCsv } from '@core/reports/csv';
import { tLabel, useLocale } from '@/i18n';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { formErrors } from '@/services/form-errors';
import { Empty, Failed, Loading, useLoad } from '../../components/async';
import { BuildingScreen } from '../../components/housing/buildings';
import { RoleGate } from '../../components/role-gate';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta, type AdminMessageKey } from '../../i18n';
import { saveCsv } from '../../services/files';
import { housingApi, type BuildingView, type LeaseView, type RevealedTenant } from '../../services/housing-api';
import '../../components/admin.css';
import './index.css';
import { disabledWhen } from '@/components/button-state';

/** The move-in checklist's usual items; the operator may edit, add or untick any. */
const CHECKLIST: readonly AdminMessageKey[] = [
  'housing.checklist.keys',
  'housing.checklist.meters',
  'housing.checklist.furniture',
  'housing.checklist.walls',
];

/**
 * 公寓租约: a building's leases, ending soonest first, with filters (ending within 60 or 30 days, renewed, notice
 * given, ended); the move-in (checklist) and the move-out inspection, which ends the lease and frees the unit; a CSV
 * of the leases shown.
 */
export default function HousingLeasesPage() {
  useAdminTitle('housing.leases.title');
  useLocale();
  const { params } = useRouter();
  const [buildingId, setBuildingId] = useState<string | undefined>(params.building);
  return (
    <View className='admin-page housing-leases'>
      <Text className='admin-page__title'>{ta('housing.leases.title')}</Text>
      <RoleGate roles={['operator', 'admin']}>
        {() => (
          <BuildingScreen chosen={buildingId} onChoose={setBuildingId}>
            {(building) => <Leases key={building._id} building={building} initialFilter={params.filter} />}
          </BuildingScreen>
        )}
      </RoleGate>
    </View>
  );
}

export function Leases({ building, initialFilter }: { building: BuildingView; initialFilter?: string }) {
  const today = shanghaiDateOf(now());
  const [filter, setFilter] = useState<LeaseFilter>(LEASE_FILTERS.find((f) => f === initialFilter) ?? 'all');
  const [open, setOpen] = useState<{ id: string; form: 'move-in' | 'move-out' } | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [search, setSearch] = useState('');
  const leases = useLoad(() => housingApi.leases({ buildingId: building._id }), [building._id]);
  const units = useLoad(() => housingApi.units(building._id), [building._id]);
  const numbers = useMemo(() => new Map(units.state === 'ready' ? units.data.items.map((u) => [u._id, u.number] as const) : []), [units]);
  const numberOf = (lease: LeaseView) => numbers.get(lease.unitId) ?? lease.unitId;
  const all = leases.state === 'ready' ? leases.data.items : [];
  const wanted = search.trim().toLowerCase();
  const shown = all.filter(
    (lease) =>
      leaseMatches(lease, filter, today) &&
      (!wanted || lease.tenantName.toLowerCase().includes(wanted) || numberOf(lease).toLowerCase().includes(wanted)),
  );

  const done = (text: string) => {
    setOpen(null);
    setNotice({ ok: true, text });
    leases.refresh();
  };

  const exportCsv = async () => {
    const header = [
      'unit',
      'type',
      'tenant',
      'start',
      'end',
      'months',
      'rent',
      'deposit',
      'status',
      'renewals',
      'notice',
      'moveIn',
      'moveOut',
    ];
    const rows = shown.map((l) => [
      numberOf(l),
      tLabel(UNIT_TYPE_LABELS, l.unitType),
      l.tenantName,
      l.start,
      l.end,
      l.months,
      l.monthlyRent,
      l.deposit,
      ta(`housing.leases.status.${l.status}`),
      l.renewals.length,
      l.notice?.moveOut ?? '',
      l.moveIn?.on ?? '',
      l.moveOut?.on ?? '',
    ]);
    const filename = `leases_${building._id}_${filter}_${today}.csv`;
    await saveCsv({ filename, content: toCsv([header.map((h) => ta(`housing.leases.csv.${h}` as AdminMessageKey)), ...rows]) });
    setNotice({ ok: true, text: ta('housing.leases.exported', { filename }) });
  };

  return (
    <View className='housing-leases__body'>
      <View className='admin-chips housing-leases__filters'>
        {LEASE_FILTERS.map((f) => (
          <Text
            key={f}
            className={`admin-chips__chip housing-leases__filter housing-leases__filter--${f}${f === filter ? ' admin-chips__chip--on' : ''}`}
            onClick={() => setFilter(f)}
          >
            {ta(`housing.leases.filter.${f}`)}
            {leases.state === 'ready' ? ` ${all.filter((l) => leaseMatches(l, f, today)).length}` : ''}
          </Text>
        ))}
      </View>
      <View className='housing-leases__bar'>
        <Input
          className='admin-field housing-leases__search'
          value={search}
          placeholder={ta('housing.leases.search')}
          onInput={(e) => setSearch(e.detail.value)}
        />
        {leases.state === 'ready' && <Text className='housing-leases__count'>{ta('housing.leases.count', { count: shown.length })}</Text>}
        <Button size='mini' className='housing-leases__export' disabled={disabledWhen(shown.length === 0)} onClick={() => void exportCsv()}>
          {ta('housing.leases.export')}
        </Button>
      </View>
      {notice ? (
        <Text className={`admin-message${notice.ok ? ' admin-message--ok' : ''} housing-leases__notice`}>{notice.text}</Text>
      ) : null}
      {leases.state === 'loading' && <Loading />}
      {leases.state === 'error' && <Failed message={leases.message} onRetry={leases.reload} />}
      {leases.state === 'ready' && shown.length === 0 && <Empty text={ta('housing.leases.empty')} />}
      {shown.map((lease) => (
        <View key={lease._id} className={`housing-lease housing-lease--${lease._id} housing-lease--${lease.status}`}>
          <LeaseSummary lease={lease} unitNumber={numberOf(lease)} today={today} policy={building.policy} />
          {lease.status !== 'ended' && (
            <View className='housing-lease__actions'>
              {!lease.moveIn && (
                <Button
                  size='mini'
                  className='housing-lease__move-in'
                  onClick={() => setOpen(open?.id === lease._id && open.form === 'move-in' ? null : { id: lease._id, form: 'move-in' })}
                >
                  {ta('housing.leases.moveIn')}
                </Button>
              )}
              <Button
                size='mini'
                className='housing-lease__move-out'
                onClick={() => setOpen(open?.id === lease._id && open.form === 'move-out' ? null : { id: lease._id, form: 'move-out' })}
              >
                {ta('housing.leases.moveOut')}
              </Button>
            </View>
          )}
          {open?.id === lease._id && open.form === 'move-in' && (
            <MoveInForm lease={lease} onDone={() => done(ta('housing.leases.movedInDone'))} onCancel={() => setOpen(null)} />
          )}
          {open?.id === lease._id && open.form === 'move-out' && (
            <MoveOutForm lease={lease} onDone={() => done(ta('housing.leases.movedOutDone'))} onCancel={() => setOpen(null)} />
          )}
        </View>
      ))}
    </View>
  );
}

function LeaseSummary({
  lease,
  unitNumber,
  today,
  policy,
}: {
  lease: LeaseView;
  unitNumber: string;
  today: string;
  policy: BuildingView['policy'];
}) {
  const left = daysToEnd(lease, today);
  const renewable = renewalOpen({ lease, today, policy });
  return (
    <View className='housing-lease__summary'>
      <View className='housing-lease__line'>
        <Text className='housing-lease__tenant'>{lease.tenantName}</Text>
        <Text>
          {unitNumber} · {tLabel(UNIT_TYPE_LABELS, lease.unitType)}
        </Text>
        <Text className={`admin-badge housing-lease__status housing-lease__status--${lease.status}`}>
          {ta(`housing.leases.status.${lease.status}`)}
        </Text>
      </View>
      <View className='admin-row__meta'>
        <Text className='housing-lease__term'>{ta('housing.leases.term', { start: lease.start, end: lease.end })}</Text>
        {lease.status !== 'ended' && (
          <Text className={`housing-lease__left${left <= 30 ? ' admin-badge admin-badge--overdue' : ''}`}>
            {ta('housing.leases.daysLeft', { days: left })}
          </Text>
        )}
        <Text>{ta('housing.leases.rent', { rent: lease.monthlyRent, deposit: lease.deposit })}</Text>
      </View>
      <View className='admin-row__meta'>
        {renewable && (
          <Text className='admin-badge admin-badge--provisional housing-lease__renewable'>{ta('housing.leases.renewable')}</Text>
        )}
        {lease.renewals.length > 0 && (
          <Text className='admin-badge housing-lease__renewed'>{ta('housing.leases.renewed', { count: lease.renewals.length })}</Text>
        )}
        {lease.notice && (
          <Text className='admin-badge admin-badge--awaiting-info housing-lease__notice'>
            {ta('housing.leases.notice', { moveOut: lease.notice.moveOut })}
          </Text>
        )}
        <Text className='housing-lease__moved-in'>
          {lease.moveIn ? ta('housing.leases.movedIn', { on: lease.moveIn.on }) : ta('housing.leases.notMovedIn')}
        </Text>
        {lease.moveOut && (
          <Text className='housing-lease__moved-out'>
            {ta('housing.leases.movedOut', { on: lease.moveOut.on, deductions: lease.moveOut.deductions })}
          </Text>
        )}
      </View>
    </View>
  );
}

function MoveInForm({ lease, onDone, onCancel }: { lease: LeaseView; onDone: () => void; onCancel: () => void }) {
  const [items, setItems] = useState(() => CHECKLIST.map((key) => ({ item: ta(key), ok: true })));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [tenant, setTenant] = useState<RevealedTenant | null>(null);
  const set = (index: number, change: Partial<{ item: string; ok: boolean }>) =>
    setItems(items.map((it, i) => (i === index ? { ...it, ...change } : it)));

  const submit = async () => {
    const payload = { leaseId: lease._id, checklist: items.map((it) => ({ item: it.item.trim(), ok: it.ok })) };
    const found = formErrors(recordMoveInInput, payload);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const reply = await housingApi.recordMoveIn(payload);
    if (reply.ok) onDone();
    else setFailure(describeError(reply.error));
  };

  // At move-in the operator checks the tenant's document against the lease: the numbers are shown only on request.
  const reveal = async () => {
    const reply = await housingApi.reveal(lease._id);
    if (reply.ok) setTenant(reply.data);
    else setFailure(describeError(reply.error));
  };

  return (
    <View className='admin-panel housing-move-in'>
      {tenant ? (
        <Text className='housing-move-in__identity'>{ta('housing.leases.identity', tenant)}</Text>
      ) : (
        <View className='housing-move-in__identity'>
          <Button size='mini' className='housing-move-in__reveal' onClick={() => void reveal()}>
            {ta('housing.leases.reveal')}
          </Button>
          <Text className='housing-move-in__reveal-note'>{ta('application.revealNote')}</Text>
        </View>
      )}
      <Text>{ta('housing.leases.checklist')}</Text>
      {items.map((it, i) => (
        <View key={i} className={`housing-check housing-check--${i}${it.ok ? ' housing-check--ok' : ''}`}>
          <Text className='housing-check__tick' onClick={() => set(i, { ok: !it.ok })}>
            {it.ok ? '☑' : '☐'}
          </Text>
          <Input
            className='admin-field housing-check__item'
            value={it.item}
            placeholder={ta('housing.leases.checkItem')}
            onInput={(e) => set(i, { item: e.detail.value })}
          />
          {errors[`checklist.${i}.item`] ? (
            <Text className='admin-message housing-check__error'>{errors[`checklist.${i}.item`]}</Text>
          ) : null}
        </View>
      ))}
      <Text className='housing-move-in__add' onClick={() => setItems([...items, { item: '', ok: true }])}>
        {ta('housing.leases.addItem')}
      </Text>
      {errors.checklist ? <Text className='admin-message'>{errors.checklist}</Text> : null}
      <View className='housing-lease__actions'>
        <Button type='primary' size='mini' className='housing-move-in__submit' onClick={() => void submit()}>
          {ta('housing.leases.confirmMoveIn')}
        </Button>
        <Button size='mini' className='housing-move-in__cancel' onClick={onCancel}>
          {ta('housing.leases.cancel')}
        </Button>
      </View>
      {failure ? <Text className='admin-message housing-move-in__failure'>{failure}</Text> : null}
    </View>
  );
}

function MoveOutForm({ lease, onDone, onCancel }: { lease: LeaseView; onDone: () => void; onCancel: () => void }) {
  const [inspection, setInspection] = useState('');
  const [deductions, setDeductions] = useState('0');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    const amount = deductions.trim() === '' ? Number.NaN : Number(deductions);
    const payload = { leaseId: lease._id, inspection, deductions: amount };
    const found = formErrors(recordMoveOutInput, payload);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const reply = await housingApi.recordMoveOut(payload);
    if (reply.ok) onDone();
    else setFailure(describeError(reply.error));
  };

  return (
    <View className='admin-panel housing-move-out'>
      <Text>{ta('housing.leases.inspection')}</Text>
      <Textarea className='admin-field housing-move-out__inspection' value={inspection} onInput={(e) => setInspection(e.detail.value)} />
      {errors.inspection ? <Text className='admin-message housing-move-out__error--inspection'>{errors.inspection}</Text> : null}
      <Text>{ta('housing.leases.deductions')}</Text>
      <Input
        className='admin-field housing-move-out__deductions'
        type='number'
        value={deductions}
        onInput={(e) => setDeductions(e.detail.value)}
      />
      {errors.deductions ? <Text className='admin-message housing-move-out__error--deductions'>{errors.deductions}</Text> : null}
      <View className='housing-lease__actions'>
        <Button type='primary' size='mini' className='housing-move-out__submit' onClick={() => void submit()}>
          {ta('housing.leases.confirmMoveOut')}
        </Button>
        <Button size='mini' className='housing-move-out__cancel' onClick={onCancel}>
          {ta('housing.leases.cancel')}
        </Button>
      </View>
      {failure ? <Text className='admin-message housing-move-out__failure'>{failure}</Text> : null}
    </View>
  );
}
