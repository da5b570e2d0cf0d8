import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { QueueCursor } from '@core/review/queue-page';
import { waitingHours } from '@core/review/today';
import { tLabel, useLocale } from '@/i18n';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { Empty, ErrorState, Loading } from '../../components/state-view';
import { WindowedList } from '../../components/windowed-list';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta } from '../../i18n';
import { APPLICATION_STATUS_LABELS, typeLabel } from '../../i18n/labels';
import { saveCsv } from '../../services/files';
import { onDecision } from '../../services/decisions';
import { mark } from '../../services/marks';
import * as review from '../../services/review';
import { APPLICANT_TYPES, DEFAULT_FILTERS, seatFilters, stayFilters, statusesOf, type FilterForm } from './filters';
import './index.css';

type Row = review.StayView | review.SeatView;
type ListState =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; rows: Row[]; cursor: QueueCursor | null; more: boolean };

export const PAGE_SIZE = 50;
export const ROW_HEIGHT = 76;

const isStay = (row: Row): row is review.StayView => 'person' in row;

function fetchPage(kind: review.ApplicationKind, form: FilterForm, cursor: QueueCursor | null) {
  return kind === 'stays' ? review.stayQueue(stayFilters(form), cursor, PAGE_SIZE) : review.seatQueue(seatFilters(form), cursor, PAGE_SIZE);
}

/** How long a row has waited, in whole hours: "under an hour" rather than "0 hours" for one just submitted. */
const waited = (at: Date | string): string => {
  const hours = waitingHours({ oldestSubmittedAt: new Date(at), now: now() }) ?? 0;
  return hours < 1 ? ta('queue.waitingUnderAnHour') : ta('queue.waitingHours', { hours });
};

// Memoised: a scroll re-renders the window, and only rows entering it need rendering.
const QueueRow = memo(function QueueRow({ row }: { row: Row }) {
  const stay = isStay(row);
  const url = `/admin/pages/application/index?kind=${stay ? 'stays' : 'seats'}&id=${row._id}`;
  return (
    <View className={`queue-row queue-row--${row.status}`} onClick={() => void Taro.navigateTo({ url })}>
      <View className='queue-row__main'>
        <Text className='queue-row__name'>{stay ? row.person.name : row.team.name}</Text>
        <Text className='queue-row__what'>
          {stay
            ? // The dates first: on a narrow phone the line is cut at its end, and the type matters less.
              `${ta('queue.stayDates', { checkIn: row.checkIn, nights: row.nights })} · ${typeLabel(row.type)}`
            : ta('queue.seatTerm', { start: row.startDate, seats: row.seats, months: row.months })}
        </Text>
      </View>
      <View className='queue-row__side'>
        <Text className='queue-row__status'>{tLabel(APPLICATION_STATUS_LABELS, row.status)}</Text>
        <Text className='queue-row__waiting'>{waited(row.submittedAt)}</Text>
      </View>
    </View>
  );
});

function Chips<T extends string>({
  name,
  options,
  value,
  label,
  onChange,
}: {
  name: string;
  options: readonly T[];
  value: T | '';
  label: (v: T) => string;
  onChange: (v: T | '') => void;
}) {
  return (
    <View className={`queue__chips queue__chips--${name}`}>
      {options.map((option) => (
        <Text
          key={option}
          className={`queue__chip queue__chip--${option}${option === value ? ' queue__chip--on' : ''}`}
          onClick={() => onChange(option === value && name !== 'status' ? '' : option)}
        >
          {label(option)}
        </Text>
      ))}
    </View>
  );
}

/**
 * The review queue (stays or seats): filters, then the applications by submit time in a windowed list that fetches
 * the next keyset page as the operator nears the end. Everything shown is what `stays.queue`/`workspaces.queue`
 * answered for this operator's station.
 */
export default function QueuePage() {
  useAdminTitle('queue.title');
  useLocale();
  const router = useRouter();
  const [kind, setKind] = useState<review.ApplicationKind>(router.params.kind === 'seats' ? 'seats' : 'stays');
  const [form, setForm] = useState<FilterForm>(DEFAULT_FILTERS);
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  const loadingMore = useRef(false);
  const generation = useRef(0);
  const firstPageShown = useRef(false);

  const loadFirst = useCallback(async () => {
    const id = ++generation.current;
    setList({ kind: 'loading' });
    firstPageShown.current = false;
    mark('admin.queue.request');
    const reply = await fetchPage(kind, form, null);
    if (id !== generation.current) return;
    if (!reply.ok) return setList({ kind: 'error', message: describeError(reply.error) });
    setList({ kind: 'ready', rows: reply.data.items, cursor: reply.data.nextCursor, more: reply.data.nextCursor !== null });
  }, [kind, form]);

  useEffect(() => {
    void loadFirst();
  }, [loadFirst]);

  // A decision taken on an application page (this page waits under it): the row shows what it became, or leaves a
  // list whose status it no longer has; the rows loaded, their order and the scroll position stay as they were.
  useEffect(
    () =>
      onDecision((decision) => {
        if (decision.kind !== kind) return;
        const statuses: readonly string[] = kind === 'stays' ? stayFilters(form).status : seatFilters(form).status;
        const { app } = decision;
        setList((current) =>
          current.kind !== 'ready'
            ? current
            : {
                ...current,
                rows: statuses.includes(app.status)
                  ? current.rows.map((row) => (row._id === app._id ? app : row))
                  : current.rows.filter((row) => row._id !== app._id),
              },
        );
      }),
    [kind, form],
  );

  useEffect(() => {
    if (list.kind === 'ready' && !firstPageShown.current) {
      firstPageShown.current = true;
      mark('admin.queue.rendered');
    }
  }, [list]);

  const loadMore = useCallback(async () => {
    if (list.kind !== 'ready' || !list.cursor || loadingMore.current) return;
    loadingMore.current = true;
    const id = generation.current;
    const reply = await fetchPage(kind, form, list.cursor);
    loadingMore.current = false;
    if (id !== generation.current) return;
    if (!reply.ok) return setNotice(describeError(reply.error));
    setList((current) => ({
      kind: 'ready',
      rows: [...(current.kind === 'ready' ? current.rows : []), ...reply.data.items],
      cursor: reply.data.nextCursor,
      more: reply.data.nextCursor !== null,
    }));
  }, [list, kind, form]);

  const exportCsv = async () => {
    setNotice(ta('queue.exporting'));
    let content = '';
    let cursor: QueueCursor | null = null;
    let filename = '';
    do {
      const reply = await review.exportApplicationsCsv(kind, [form.status], cursor);
      if (!reply.ok) return setNotice(describeError(reply.error));
      content += reply.data.content;
      filename = filename || reply.data.filename;
      cursor = reply.data.nextCursor;
    } while (cursor);
    await saveCsv({ filename, content });
    setNotice(ta('queue.exported', { filename }));
  };

  const set = <K extends keyof FilterForm>(key: K, value: FilterForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const switchKind = (next: review.ApplicationKind) => {
    if (next === kind) return;
    setKind(next);
    setForm(DEFAULT_FILTERS);
  };
  const height = Math.max(320, Taro.getSystemInfoSync().windowHeight - 320);

  return (
    <View className='queue'>
      <View className='queue__kinds'>
        {(['stays', 'seats'] as const).map((k) => (
          <Text key={k} className={`queue__kind queue__kind--${k}${k === kind ? ' queue__kind--on' : ''}`} onClick={() => switchKind(k)}>
            {ta(k === 'stays' ? 'queue.kindStays' : 'queue.kindSeats')}
          </Text>
        ))}
        <Text className='queue__scan' onClick={() => void Taro.navigateTo({ url: '/admin/pages/check-in/index' })}>
          {ta('queue.scan')}
        </Text>
      </View>
      <View className='queue__filters'>
        <Chips
          name='status'
          options={statusesOf(kind)}
          value={form.status}
          label={(status) => tLabel(APPLICATION_STATUS_LABELS, status)}
          onChange={(v) => set('status', v || 'pending')}
        />
        {kind === 'stays' && (
          <>
            <Chips name='type' options={APPLICANT_TYPES} value={form.type} label={typeLabel} onChange={(v) => set('type', v)} />
            <Chips
              name='id-kind'
              options={['passport', 'id-card'] as const}
              value={form.idKind}
              label={(v) => ta(v === 'passport' ? 'queue.idPassport' : 'queue.idCard')}
              onChange={(v) => set('idKind', v)}
            />
            <Input
              className='queue__input queue__input--university'
              value={form.university}
              placeholder={ta('queue.university')}
              onInput={(e) => set('university', e.detail.value)}
            />
          </>
        )}
        <View className='queue__dates'>
          <Input
            className='queue__input queue__input--from'
            value={form.from}
            placeholder={ta(kind === 'stays' ? 'queue.checkInFrom' : 'queue.startFrom')}
            onInput={(e) => set('from', e.detail.value)}
          />
          <Input
            className='queue__input queue__input--to'
            value={form.to}
            placeholder={ta(kind === 'stays' ? 'queue.checkInTo' : 'queue.startTo')}
            onInput={(e) => set('to', e.detail.value)}
          />
          <Text className='queue__order' onClick={() => set('order', form.order === 'oldest' ? 'newest' : 'oldest')}>
            {ta(form.order === 'oldest' ? 'queue.oldestFirst' : 'queue.newestFirst')}
          </Text>
          <Button size='mini' className='queue__export' onClick={() => void exportCsv()}>
            {ta('queue.export')}
          </Button>
        </View>
      </View>
      {notice && <Text className='queue__notice'>{notice}</Text>}
      {list.kind === 'loading' && <Loading />}
      {list.kind === 'error' && <ErrorState message={list.message} onRetry={() => void loadFirst()} />}
      {list.kind === 'ready' && list.rows.length === 0 && <Empty text={ta('queue.empty')} />}
      {list.kind === 'ready' && list.rows.length > 0 && (
        <WindowedList
          className='queue__list'
          items={list.rows}
          rowHeight={ROW_HEIGHT}
          height={height}
          keyOf={(row) => row._id}
          renderRow={(row) => <QueueRow row={row} />}
          onNearEnd={list.more ? loadMore : undefined}
        />
      )}
    </View>
  );
}
