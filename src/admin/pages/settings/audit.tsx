import { Button, Input, Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { States, useLoad } from '../../components/async';
import { ta } from '../../i18n';
import { adminApi } from '../../services/admin-api';
import { shanghaiTime } from '../../services/labels';
import { Pager } from '../../components/pager';

/** `YYYY-MM-DD` (Shanghai) as the start or end instant of that day, or undefined when empty or not a date. */
const dayEdge = (date: string, edge: 'from' | 'to'): string | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? `${date.trim()}T${edge === 'from' ? '00:00:00' : '23:59:59'}+08:00` : undefined;

/** The audit log, newest first, a page at a time, filtered by action, actor and dates. */
export function AuditSection() {
  const [draft, setDraft] = useState({ action: '', actor: '', from: '', to: '' });
  const [filter, setFilter] = useState(draft);
  const [page, setPage] = useState(0);
  const query = useMemo(
    () => ({
      page,
      ...(filter.action.trim() ? { action: filter.action.trim() } : {}),
      ...(filter.actor.trim() ? { actor: filter.actor.trim() } : {}),
      ...(dayEdge(filter.from, 'from') ? { from: dayEdge(filter.from, 'from') } : {}),
      ...(dayEdge(filter.to, 'to') ? { to: dayEdge(filter.to, 'to') } : {}),
    }),
    [page, filter],
  );
  const loaded = useLoad(() => adminApi.auditLog(query), [query]);
  const field = (key: keyof typeof draft, placeholder: Parameters<typeof ta>[0]) => (
    <Input
      className={`admin-field audit__filter audit__filter--${key}`}
      placeholder={ta(placeholder)}
      value={draft[key]}
      onInput={(e) => setDraft({ ...draft, [key]: e.detail.value })}
    />
  );
  return (
    <View className='settings-audit'>
      <View className='admin-chips'>
        {field('action', 'audit.action')}
        {field('actor', 'audit.actor')}
        {field('from', 'audit.from')}
        {field('to', 'audit.to')}
        <Button
          size='mini'
          className='audit__apply'
          onClick={() => {
            setFilter(draft);
            setPage(0);
          }}
        >
          {ta('audit.apply')}
        </Button>
      </View>
      <States loaded={loaded} empty={ta('audit.empty')} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <View className='admin-table audit__list'>
            {data.items.map((e) => (
              <View key={e.id} className='admin-table__row audit__entry'>
                <Text className='admin-table__cell'>{shanghaiTime(e.at)}</Text>
                <Text className='admin-table__cell audit__actor'>{e.actor}</Text>
                <Text className='admin-table__cell audit__action'>{e.action}</Text>
                <Text className='admin-table__cell'>{`${e.target.collection}/${e.target.id}`}</Text>
                <Text className='admin-table__cell'>{`${e.before ?? '—'} → ${e.after ?? '—'}`}</Text>
              </View>
            ))}
            <Pager name='audit' className='admin-chips' page={page} hasMore={data.hasMore} onPage={setPage} />
          </View>
        )}
      </States>
    </View>
  );
}
