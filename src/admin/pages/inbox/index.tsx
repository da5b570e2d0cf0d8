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
import { isItemOverdue, workingDaysLeft } from '../../services/due';
import { staffApi, type InboxItem } from '../../services/staff-api';
import { InboxPanel } from './panel';
import '../../components/admin.css';
import { Pager } from '../../components/pager';

type Column = 'open' | 'done';
const STATUSES: Record<Column, Status[]> = { open: ['dispatched', 'in_progress'], done: ['resolved', 'closed', 'returned'] };

/** 承办单位待办: the unit's requests, with working days left (unit handlers). */
export default function InboxPage() {
  useAdminTitle('inbox.title');
  return (
    <View className='admin-page inbox'>
      <Text className='admin-page__title'>{ta('inbox.title')}</Text>
      <RoleGate roles={['unit']}>{() => <Inbox />}</RoleGate>
    </View>
  );
}

const daysLeftText = (item: InboxItem, now: Date): string | null => {
  if (!item.dueAt || !['dispatched', 'in_progress'].includes(item.status)) return null;
  const days = workingDaysLeft(item.dueAt, now);
  return days >= 0 ? ta('inbox.daysLeft', { days }) : ta('inbox.daysOver', { days: -days });
};

export function Inbox({ now = clockNow }: { now?: () => Date }) {
  useLocale();
  const [column, setColumn] = useState<Column>('open');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  // The panel opens under the whole list (a page holds up to fifty rows): bring it into view, or the tap seems lost.
  const open = (id: string) => {
    setSelected(id);
    scrollPageTo('.inbox-panel');
  };
  const directory = useLoad(() => staffApi.catalog(), []);
  const list = useLoad(() => staffApi.inbox(STATUSES[column], page), [column, page]);
  const names = directory.state === 'ready' ? directory.data : undefined;
  const at = now();

  let body: JSX.Element;
  if (list.state === 'loading') body = <Loading />;
  else if (list.state === 'error') body = <Failed message={list.message} onRetry={list.reload} />;
  else
    body = (
      <View className='inbox__list'>
        {list.data.items.length === 0 ? <Empty text={ta('inbox.empty')} /> : null}
        {list.data.items.map((item) => {
          const left = daysLeftText(item, at);
          return (
            <RequestRow
              key={item.id}
              item={item}
              categories={names?.categories}
              units={names?.units}
              selected={selected === item.id}
              overdue={isItemOverdue(item, at)}
              onSelect={() => open(item.id)}
              extra={
                <>
                  {left ? <Text className='request-row__days-left'>{left}</Text> : null}
                  <Text className='admin-badge'>{item.role === 'co' ? ta('inbox.roleCo') : ta('inbox.roleLead')}</Text>
                  {item.awaitingInfo ? <Text className='admin-badge admin-badge--awaiting-info'>{ta('inbox.awaitingInfo')}</Text> : null}
                </>
              }
            />
          );
        })}
        <Pager name='inbox' className='inbox__pages' page={page} hasMore={list.data.hasMore} onPage={setPage} />
      </View>
    );

  return (
    <View className='inbox__board'>
      <Tabs
        tabs={[
          { key: 'open', label: ta('inbox.column.open') },
          { key: 'done', label: ta('inbox.column.done') },
        ]}
        value={column}
        onChange={(key) => {
          setColumn(key);
          setPage(0);
          setSelected(null);
        }}
        className='inbox__tabs'
      />
      {body}
      {selected ? <InboxPanel key={selected} id={selected} units={names?.units ?? []} onChanged={list.refresh} /> : null}
    </View>
  );
}
