import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { shanghaiDateOf } from '@core/calendar/dates';
import { SUPPORT_KIND_LABELS } from '@core/housing/support';
import type { SupportStatus } from '@core/housing/support-records';
import { TALENT_CATEGORY_LABELS } from '@core/talent/profile';
import { getLocale, useLocale } from '@/i18n';
import { formatInstantDay } from '@/i18n/format';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { RoleGate } from '../../components/role-gate';
import { Empty, ErrorState, Loading } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { useCall } from '../../hooks/use-call';
import { ta } from '../../i18n';
import { saveCsv } from '../../services/files';
import { supportApi, type SupportItem } from '../../services/support-api';
import '../application/index.css';
import './index.css';

type Tab = 'undecided' | Exclude<SupportStatus, 'submitted' | 'more-asked'>;
const TABS: Tab[] = ['undecided', 'approved', 'rejected', 'stopped'];

const openDetail = (id: string) =>
  Taro.navigateTo({ url: `/admin/pages/support-detail/index?id=${encodeURIComponent(id)}` }).catch(() => undefined);

function Row({ item }: { item: SupportItem }) {
  const locale = getLocale();
  return (
    <View className={`support-queue__item support-queue__item--${item.status}`} onClick={() => void openDetail(item._id)}>
      <View className='support-queue__head'>
        <Text className='support-queue__name'>{item.name}</Text>
        <Text className='support-queue__status'>{ta(`support.status.${item.status}`)}</Text>
      </View>
      <Text className='support-queue__line'>
        {ta('support.item', {
          kind: SUPPORT_KIND_LABELS[item.kind][locale],
          category: TALENT_CATEGORY_LABELS[item.category][locale],
          employer: item.employerName,
        })}
      </Text>
      <Text className='support-queue__line'>{ta('support.submittedAt', { date: formatInstantDay(item.submittedAt) })}</Text>
    </View>
  );
}

/** The finance office's list: the disbursements paid between two days, saved as CSV. */
function Export() {
  const today = shanghaiDateOf(now());
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [notice, setNotice] = useState<string | null>(null);
  const run = async () => {
    const reply = await supportApi.disbursementsCsv(from.trim(), to.trim());
    if (!reply.ok) return setNotice(describeError(reply.error));
    await saveCsv(reply.data);
    setNotice(ta('support.export.done', { rows: reply.data.rows }));
  };
  return (
    <View className='application__section support-export'>
      <Text className='application__section-title'>{ta('support.export.title')}</Text>
      <Text className='application__label'>{ta('support.export.from')}</Text>
      <Input className='support-input support-export__from' value={from} onInput={(e) => setFrom(e.detail.value)} />
      <Text className='application__label'>{ta('support.export.to')}</Text>
      <Input className='support-input support-export__to' value={to} onInput={(e) => setTo(e.detail.value)} />
      <Button className='support-export__button' size='mini' onClick={() => void run()}>
        {ta('support.export.button')}
      </Button>
      {notice && <Text className='support-export__notice'>{notice}</Text>}
    </View>
  );
}

function Queue() {
  const [tab, setTab] = useState<Tab>('undecided');
  const { state, reload } = useCall(() => supportApi.queue(tab === 'undecided' ? {} : { status: tab }), [tab]);
  return (
    <View className='support-queue'>
      <Tabs tabs={TABS.map((key) => ({ key, label: ta(`support.tab.${key}`) }))} value={tab} onChange={setTab} />
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'error' && <ErrorState message={state.message} onRetry={() => void reload()} />}
      {state.kind === 'ready' && state.data.items.length === 0 && <Empty text={ta('support.empty')} />}
      {state.kind === 'ready' && state.data.items.map((item) => <Row key={item._id} item={item} />)}
      <Export />
    </View>
  );
}

/** Housing support for the district's operators and admins: the queue by status, and the disbursement CSV. */
export default function SupportQueuePage() {
  useAdminTitle('support.queue.title');
  useLocale();
  return <RoleGate roles={['operator', 'admin']}>{() => <Queue />}</RoleGate>;
}
