import { Button, Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { addDays, isIsoDate, shanghaiDateOf } from '@core/calendar/dates';
import { boardUnits, freeByDate, pendingOffers, type BoardUnit } from '@core/housing/board';
import { leaseTerm, offerLastDay } from '@core/housing/lease';
import { UNIT_TYPES, UNIT_TYPE_LABELS, type UnitType } from '@core/housing/model';
import { TALENT_CATEGORY_LABELS } from '@core/talent/profile';
import { tLabel, useLocale } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { Empty, Failed, Loading, useLoad } from '../../components/async';
import { BuildingScreen } from '../../components/housing/buildings';
import { RoleGate } from '../../components/role-gate';
import { Tabs } from '../../components/tabs';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta } from '../../i18n';
import { housingApi, type BuildingView, type UnitView, type WaitingItem } from '../../services/housing-api';
import '../../components/admin.css';
import './index.css';
import { disabledWhen } from '@/components/button-state';

/** The list column's views: the waiting list, and the applications beside it (`housing.applications`). */
const LIST_VIEWS = ['waiting', 'awaiting-employer', 'offered'] as const;
type ListView = (typeof LIST_VIEWS)[number];

/** Start dates the "free by date" strip counts from, as days after today. */
const STRIP_DAYS = [0, 7, 14, 30, 60, 90];

/**
 * 公寓配租: the allocation board of one building (the URL's `building`, `type`). Left, the units of the chosen type
 * and their state for a lease from the chosen start (core's `boardUnits`), with how many are free from a few dates
 * ahead; right, the waiting list in serving order. The operator picks a free unit and offers it to the head of the
 * list (`housing.offer`); the offer's deadline is the policy's, shown before and after.
 */
export default function HousingBoardPage() {
  useAdminTitle('housing.board.title');
  useLocale();
  const { params } = useRouter();
  const [buildingId, setBuildingId] = useState<string | undefined>(params.building);
  return (
    <View className='admin-page housing-board'>
      <Text className='admin-page__title'>{ta('housing.board.title')}</Text>
      <RoleGate roles={['operator', 'admin']}>
        {() => (
          <BuildingScreen chosen={buildingId} onChoose={setBuildingId}>
            {(building) => <Board key={building._id} building={building} initialType={params.type} />}
          </BuildingScreen>
        )}
      </RoleGate>
    </View>
  );
}

const typesOf = (building: BuildingView): UnitType[] => {
  const listed = UNIT_TYPES.filter((type) => building.unitTypes[type]);
  return listed.length > 0 ? listed : [...UNIT_TYPES];
};

export function Board({ building, initialType }: { building: BuildingView; initialType?: string }) {
  const types = typesOf(building);
  const [type, setType] = useState<UnitType>(types.find((t) => t === initialType) ?? types[0]);
  const today = shanghaiDateOf(now());
  const [start, setStart] = useState(today);
  const [showAll, setShowAll] = useState(false);
  const [search, setSearch] = useState('');
  const [tier, setTier] = useState<number | null>(null);
  const [view, setView] = useState<ListView>('waiting');
  /** Offers made here: the applications beside the list are read again (anew) after each. */
  const [offersMade, setOffersMade] = useState(0);
  const [chosenUnit, setChosenUnit] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const units = useLoad(() => housingApi.units(building._id), [building._id]);
  const list = useLoad(() => housingApi.waitingList(building._id, type), [building._id, type]);

  const policy = building.policy;
  const validStart = isIsoDate(start) && start >= today;
  const term = leaseTerm(validStart ? start : today, policy.leaseMonths);
  const deadline = offerLastDay(today, policy);
  const ofType = useMemo(() => (units.state === 'ready' ? units.data.items.filter((u) => u.type === type) : []), [units, type]);
  const rows = useMemo(() => boardUnits({ units: ofType, start: term.start, end: term.end, today }), [ofType, term.start, term.end, today]);
  const strip = useMemo(
    () =>
      freeByDate({
        units: ofType,
        dates: STRIP_DAYS.map((d) => addDays(today, d)),
        months: (date) => leaseTerm(date, policy.leaseMonths).end,
        today,
      }),
    [ofType, today, policy.leaseMonths],
  );
  const chosen = rows.find((r) => r.unit._id === chosenUnit && r.state === 'free') ?? null;
  const head = list.state === 'ready' ? list.data.items[0] : undefined;

  const chooseType = (next: UnitType) => {
    setType(next);
    setTier(null);
    setChosenUnit(null);
  };
  const chooseStart = (date: string) => {
    setStart(date);
    setChosenUnit(null);
  };

  const offer = async () => {
    if (!chosen || !head || !validStart) return;
    setBusy(true);
    const reply = await housingApi.offer({ unitId: chosen.unit._id, start: term.start });
    setBusy(false);
    if (!reply.ok) {
      setMessage({ ok: false, text: describeError(reply.error) });
    } else {
      const made = reply.data.offer;
      setMessage({
        ok: true,
        text: ta('housing.board.offered', {
          name: reply.data.person.name,
          unit: chosen.unit.number,
          start: made?.start ?? term.start,
          end: made?.end ?? term.end,
          deadline: made?.expiresOn ?? deadline,
        }),
      });
      setChosenUnit(null);
      setOffersMade(offersMade + 1);
    }
    units.refresh();
    list.refresh();
  };

  return (
    <View className='housing-board__body'>
      <Tabs
        tabs={types.map((key) => ({ key, label: tLabel(UNIT_TYPE_LABELS, key) }))}
        value={type}
        onChange={chooseType}
        className='housing-board__types'
      />
      {policy.autoOffer ? <Text className='housing-board__auto'>{ta('housing.board.autoOffer')}</Text> : null}
      <View className='housing-board__when'>
        <Text>{ta('housing.board.start')}</Text>
        <Input className='admin-field housing-board__start' value={start} onInput={(e) => chooseStart(e.detail.value.trim())} />
        <Text className={`housing-board__term${validStart ? '' : ' admin-message'}`}>
          {validStart
            ? ta('housing.board.term', { start: term.start, end: term.end, months: policy.leaseMonths })
            : ta('housing.board.badDate')}
        </Text>
      </View>
      <View className='housing-board__by-date'>
        <Text className='housing-board__heading'>{ta('housing.board.byDate')}</Text>
        <View className='admin-chips'>
          {strip.map((s) => (
            <Text
              key={s.date}
              className={`admin-chips__chip housing-board__day housing-board__day--${s.date}${s.date === start ? ' admin-chips__chip--on' : ''}`}
              onClick={() => chooseStart(s.date)}
            >
              {ta('housing.board.freeOn', { date: s.date, count: s.free })}
            </Text>
          ))}
        </View>
      </View>
      <View className='housing-board__columns'>
        <View className='housing-board__column housing-board__units'>
          <View className='housing-board__column-head'>
            <Text className='housing-board__heading'>{ta('housing.board.units')}</Text>
            <Text className='housing-board__toggle' onClick={() => setShowAll(!showAll)}>
              {ta(showAll ? 'housing.board.showFree' : 'housing.board.showAll')}
            </Text>
          </View>
          {units.state === 'loading' && <Loading />}
          {units.state === 'error' && <Failed message={units.message} onRetry={units.reload} />}
          {units.state === 'ready' && (
            <UnitRows
              rows={showAll ? rows : rows.filter((r) => r.state === 'free')}
              chosen={chosen?.unit._id ?? null}
              onChoose={setChosenUnit}
            />
          )}
        </View>
        <View className='housing-board__column housing-board__list'>
          <View className='housing-board__column-head'>
            <Tabs
              tabs={LIST_VIEWS.map((key) => ({ key, label: ta(`housing.board.view.${key}`) }))}
              value={view}
              onChange={setView}
              className='housing-board__views'
            />
            {view === 'waiting' && list.state === 'ready' && (
              <Text className='housing-board__count'>{ta('housing.board.listCount', { count: list.data.items.length })}</Text>
            )}
          </View>
          <Input
            className='admin-field housing-board__search'
            value={search}
            placeholder={ta('housing.board.search')}
            onInput={(e) => setSearch(e.detail.value)}
          />
          {view === 'waiting' ? (
            <>
              {list.state === 'loading' && <Loading />}
              {list.state === 'error' && <Failed message={list.message} onRetry={list.reload} />}
              {list.state === 'ready' && list.data.items.length === 0 && <Empty text={ta('housing.board.noneWaiting')} />}
              {list.state === 'ready' && list.data.items.length > 0 && (
                <View className='admin-chips housing-board__tiers'>
                  {[null, ...new Set(list.data.items.map((item) => item.tier))].map((t) => (
                    <Text
                      key={String(t)}
                      className={`admin-chips__chip housing-board__tier--${t ?? 'all'}${t === tier ? ' admin-chips__chip--on' : ''}`}
                      onClick={() => setTier(t)}
                    >
                      {t === null ? ta('housing.board.allTiers') : ta('housing.board.tier', { tier: t + 1 })}
                    </Text>
                  ))}
                </View>
              )}
              {list.state === 'ready' &&
                list.data.items
                  .filter((item) => matches(item, search) && (tier === null || item.tier === tier))
                  .map((item) => <WaitingRow key={item._id} item={item} head={item._id === head?._id} />)}
            </>
          ) : (
            <OtherApplications
              key={`${view}-${offersMade}`}
              building={building}
              type={type}
              status={view}
              search={search}
              units={units.state === 'ready' ? units.data.items : []}
            />
          )}
        </View>
      </View>
      <View className='admin-panel housing-board__offer-panel'>
        <Text className='housing-board__offer-what'>
          {chosen && head && validStart
            ? ta('housing.board.offerTo', {
                unit: chosen.unit.number,
                name: head.person.name,
                start: term.start,
                end: term.end,
                deadline,
              })
            : ta(head || list.state !== 'ready' ? 'housing.board.pickUnit' : 'housing.board.noneWaiting')}
        </Text>
        <Button
          type='primary'
          size='mini'
          className='housing-board__offer'
          disabled={disabledWhen(!chosen || !head || !validStart || busy)}
          onClick={() => void offer()}
        >
          {ta('housing.board.offer')}
        </Button>
        {message ? (
          <Text className={`admin-message${message.ok ? ' admin-message--ok housing-board__result' : ' housing-board__error'}`}>
            {message.text}
          </Text>
        ) : null}
      </View>
      {units.state === 'ready' && <PendingOffers units={units.data.items} today={today} />}
    </View>
  );
}

const matches = (item: Pick<WaitingItem, 'person' | 'employer'>, search: string): boolean => {
  const wanted = search.trim().toLowerCase();
  return !wanted || item.person.name.toLowerCase().includes(wanted) || item.employer.name.toLowerCase().includes(wanted);
};

function UnitRows({ rows, chosen, onChoose }: { rows: BoardUnit<UnitView>[]; chosen: string | null; onChoose: (id: string) => void }) {
  if (rows.length === 0) return <Empty text={ta('housing.board.noUnits')} />;
  return (
    <View className='housing-board__rows'>
      {rows.map((row) => {
        const { unit, state } = row;
        const picked = unit._id === chosen;
        return (
          <View
            key={unit._id}
            className={`housing-unit housing-unit--${unit._id} housing-unit--${state}${picked ? ' housing-unit--chosen' : ''}`}
            onClick={() => state === 'free' && onChoose(unit._id)}
          >
            <Text className='housing-unit__number'>{ta('housing.board.unitLabel', { number: unit.number, floor: unit.floor })}</Text>
            <Text className='housing-unit__state'>
              {state === 'offered'
                ? ta('housing.board.state.offered', { date: row.holder?.expiresOn ?? '' })
                : state === 'leased'
                  ? ta('housing.board.state.leased', { date: row.freeFrom ?? '' })
                  : ta(`housing.board.state.${state}`)}
            </Text>
          </View>
        );
      })}
    </View>
  );
}

function WaitingRow({ item, head }: { item: WaitingItem; head: boolean }) {
  return (
    <View className={`housing-applicant housing-applicant--${item._id}${head ? ' housing-applicant--head' : ''}`}>
      <Text className='housing-applicant__position'>{item.position}</Text>
      <View className='housing-applicant__main'>
        <Text className='housing-applicant__name'>
          {item.person.name}
          {head ? ` · ${ta('housing.board.head')}` : ''}
        </Text>
        <View className='admin-row__meta'>
          <Text className='admin-badge housing-applicant__tier'>{ta('housing.board.tier', { tier: item.tier + 1 })}</Text>
          <Text>{tLabel(TALENT_CATEGORY_LABELS, item.category)}</Text>
          <Text>{ta('housing.board.household', { count: item.householdSize })}</Text>
          <Text className='housing-applicant__submitted'>
            {ta('housing.board.submittedAt', { at: formatInstant(String(item.submittedAt)) })}
          </Text>
          {item.queuedAt && String(item.queuedAt) !== String(item.submittedAt) ? (
            <Text className='housing-applicant__queued'>{ta('housing.board.queuedAt', { at: formatInstant(String(item.queuedAt)) })}</Text>
          ) : null}
        </View>
        <View className='admin-row__meta'>
          <Text>{item.employer.name}</Text>
          <Text className='admin-badge housing-applicant__employer'>{ta('housing.board.employerConfirmed')}</Text>
          {item.declines > 0 ? (
            <Text className='admin-badge admin-badge--overdue'>{ta('housing.board.declines', { count: item.declines })}</Text>
          ) : null}
        </View>
      </View>
    </View>
  );
}

/** Applications awaiting the employer's confirmation (with its last day), or offered (unit, term, deadline, viewing). */
function OtherApplications({
  building,
  type,
  status,
  search,
  units,
}: {
  building: BuildingView;
  type: UnitType;
  status: Exclude<ListView, 'waiting'>;
  search: string;
  units: readonly UnitView[];
}) {
  const loaded = useLoad(() => housingApi.applications({ buildingId: building._id, unitType: type, status }), [building._id, type, status]);
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <Failed message={loaded.message} onRetry={loaded.reload} />;
  if (loaded.data.items.length === 0) return <Empty text={ta(`housing.board.none.${status}`)} />;
  const numberOf = (unitId: string) => units.find((u) => u._id === unitId)?.number ?? unitId;
  return (
    <View className={`housing-board__others housing-board__others--${status}`}>
      {loaded.data.items
        .filter((item) => matches(item, search))
        .map((item) => (
          <View key={item._id} className={`housing-applicant housing-applicant--${item._id} housing-applicant--${item.status}`}>
            <View className='housing-applicant__main'>
              <Text className='housing-applicant__name'>{item.person.name}</Text>
              <View className='admin-row__meta'>
                <Text>{tLabel(TALENT_CATEGORY_LABELS, item.category)}</Text>
                <Text>{ta('housing.board.household', { count: item.householdSize })}</Text>
                <Text>{ta('housing.board.submittedAt', { at: formatInstant(String(item.submittedAt)) })}</Text>
                <Text>{item.employer.name}</Text>
              </View>
              <View className='admin-row__meta'>
                {item.status === 'awaiting-employer' && (
                  <Text className='admin-badge admin-badge--provisional housing-applicant__employer'>
                    {ta('housing.board.awaitingEmployer', { date: item.employerDueOn })}
                  </Text>
                )}
                {item.offer && (
                  <Text className='admin-badge housing-applicant__offer'>
                    {ta('housing.board.offerOut', {
                      unit: numberOf(item.offer.unitId),
                      start: item.offer.start,
                      end: item.offer.end,
                      deadline: item.offer.expiresOn,
                    })}
                  </Text>
                )}
                {item.viewing && (
                  <Text className='housing-applicant__viewing'>
                    {ta('housing.board.viewing', { date: item.viewing.date, time: item.viewing.time })}
                  </Text>
                )}
              </View>
            </View>
          </View>
        ))}
    </View>
  );
}

function PendingOffers({ units, today }: { units: readonly UnitView[]; today: string }) {
  const pending = pendingOffers(units, today);
  return (
    <View className='housing-board__pending'>
      <Text className='housing-board__heading'>{ta('housing.board.pending')}</Text>
      {pending.length === 0 ? (
        <Empty text={ta('housing.board.noPending')} />
      ) : (
        pending.map(({ unit, period }) => (
          <Text key={`${unit._id}-${period.holderId}`} className={`housing-pending housing-pending--${unit._id}`}>
            {ta('housing.board.pendingRow', {
              unit: unit.number,
              start: period.start,
              end: period.end,
              deadline: period.expiresOn ?? '',
            })}
          </Text>
        ))
      )}
    </View>
  );
}
