import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Status } from '@core/requests/statuses';
import { useLocale } from '@/i18n';
import { now as clockNow } from '@/services/clock';
import { scrollPageTo } from '@/services/navigation';
import { Empty, Failed, Loading, useLoad } from '../../components/async';
import { RoleGate } from '../../components/role-gate';
import { RequestRow } from '../../components/request-parts';
import { Tabs } from '../../components/tabs';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta } from '../../i18n';
import { isItemDueSoon, isItemOverdue } from '../../services/due';
import { staffApi, type QueueItem } from '../../services/staff-api';
import { DispatchPanel } from './panel';
import '../../components/admin.css';
import { Pager } from '../../components/pager';

type Column = 'new' | 'triaged' | 'dueSoon' | 'overdue' | 'extensions' | 'open';

/** What each column asks the queue for, and which of the answers it keeps. */
const COLUMNS: Record<Column, { statuses: Status[]; keep: (item: QueueItem, now: Date) => boolean }> = {
  new: { statuses: ['submitted', 'returned'], keep: () => true },
  triaged: { statuses: ['triaged'], keep: () => true },
  dueSoon: { statuses: ['dispatched', 'in_progress'], keep: (item, now) => isItemDueSoon(item, now) },
  overdue: { statuses: ['dispatched', 'in_progress'], keep: (item, now) => isItemOverdue(item, now) },
  extensions: { statuses: ['in_progress'], keep: (item) => item.extensionPending },
  open: { statuses: ['dispatched', 'in_progress'], keep: () => true },
};

/** 派单台: the operator's board of service requests, from triage to consultation (operator, admin). */
export default function DispatchPage() {
  useAdminTitle('dispatch.title');
  return (
    <View className='admin-page dispatch'>
      <Text className='admin-page__title'>{ta('dispatch.title')}</Text>
      <RoleGate roles={['operator', 'admin']}>{() => <Board />}</RoleGate>
    </View>
  );
}

export function Board({ now = clockNow }: { now?: () => Date }) {
  useLocale();
  const [column, setColumn] = useState<Column>('new');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  // The panel opens under the whole list (a page holds up to fifty rows): bring it into view, or the tap seems lost.
  const open = (id: string) => {
    setSelected(id);
    scrollPageTo('.dispatch-panel');
  };
  const directory = useLoad(() => staffApi.catalog(), []);
  const list = useLoad(() => staffApi.queue(COLUMNS[column].statuses, page), [column, page]);
  const names = directory.state === 'ready' ? directory.data : undefined;
  const at = now();

  const tabs = (['new', 'triaged', 'dueSoon', 'overdue', 'extensions', 'open'] as const).map((key) => ({
    key,
    label: ta(`dispatch.column.${key}`),
  }));
  const choose = (key: Column) => {
    setColumn(key);
    setPage(0);
    setSelected(null);
  };

  let body: JSX.Element;
  if (list.state === 'loading') body = <Loading />;
  else if (list.state === 'error') body = <Failed message={list.message} onRetry={list.reload} />;
  else {
    const items = list.data.items.filter((item) => COLUMNS[column].keep(item, at));
    body = (
      <View className='dispatch__list'>
        {items.length === 0 ? <Empty text={ta('dispatch.empty')} /> : null}
        {items.map((item) => (
          <RequestRow
            key={item.id}
            item={item}
            categories={names?.categories}
            units={names?.units}
            selected={selected === item.id}
            overdue={isItemOverdue(item, at)}
            onSelect={() => open(item.id)}
          />
        ))}
        <Pager name='dispatch' className='dispatch__pages' page={page} hasMore={list.data.hasMore} onPage={setPage} />
      </View>
    );
  }

  return (
    <View className='dispatch__board'>
      <Tabs tabs={tabs} value={column} onChange={choose} className='dispatch__tabs' />
      {body}
      {selected ? <DispatchPanel key={selected} id={selected} units={names?.units ?? []} onChanged={list.refresh} /> : null}
    </View>
  );
}
