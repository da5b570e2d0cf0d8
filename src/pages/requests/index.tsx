import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { RequestStatus } from '@/components/request-status';
import { RoleSwitcher } from '@/components/role-switcher';
import { nameIn, useCatalog } from '@/hooks/use-catalog';
import { usePageChrome } from '@/hooks/use-page-chrome';
import { useShareCard } from '@/hooks/use-share-card';
import { t, useLocale } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import { useDevIdentity } from '@/services/dev-identity';
import { describeError } from '@/services/errors';
import * as requests from '@/services/requests';
import type { RequestListItem } from '@/services/requests';
import './index.css';

const PAGE_SIZE = 20;

export const requestDetailUrl = (id: string): string => `/request/detail/index?id=${encodeURIComponent(id)}`;

/** 诉求直通车: my requests, newest first, and the way to file a new one. */
export default function RequestsPage() {
  usePageChrome('requests.title', { tabBar: true });
  useShareCard('requests.shareTitle', '/pages/requests/index');
  useLocale();
  const { catalog } = useCatalog();
  const [items, setItems] = useState<RequestListItem[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(async (page: number): Promise<void> => {
    const call = ++latest.current;
    const reply = await requests.mine(page, PAGE_SIZE);
    if (call !== latest.current) return;
    if (!reply.ok) {
      setError(describeError(reply.error));
      return;
    }
    setError(null);
    setItems((before) => (page === 0 || !before ? reply.data.items : [...before, ...reply.data.items]));
    setHasMore(reply.data.hasMore);
  }, []);

  // Loads on every show (back from filing or rating shows the new state) and when the local persona changes.
  useDidShow(() => {
    void load(0);
  });
  const identity = useDevIdentity();
  const shownIdentity = useRef(identity);
  useEffect(() => {
    if (shownIdentity.current === identity) return;
    shownIdentity.current = identity;
    setItems(null);
    void load(0);
  }, [load, identity]);

  const openNew = (): void => {
    Taro.navigateTo({ url: '/request/new/index' }).catch(() => undefined);
  };
  const open = (id: string): void => {
    Taro.navigateTo({ url: requestDetailUrl(id) }).catch(() => undefined);
  };

  return (
    <View className='requests'>
      <RoleSwitcher />
      <View className='requests__header'>
        <Text className='requests__subtitle'>{t('requests.subtitle')}</Text>
        <Button className='requests__new-button' type='primary' onClick={openNew}>
          {t('requests.new')}
        </Button>
      </View>
      {error !== null && (
        <View className='requests__error'>
          <Text className='requests__error-text'>{error}</Text>
          <Button size='mini' className='requests__retry-button' onClick={() => void load(0)}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {items === null && error === null && <Text className='requests__loading'>{t('common.loading')}</Text>}
      {items?.length === 0 && <Text className='requests__empty'>{t('requests.empty')}</Text>}
      {items?.map((item) => (
        <View key={item.id} className={`requests__item requests__item--${item.status}`} onClick={() => open(item.id)}>
          <View className='requests__item-head'>
            <Text className='requests__item-title'>{item.title}</Text>
            <RequestStatus status={item.status} />
          </View>
          {item.awaitingInfo && <Text className='requests__item-badge requests__item-badge--needs-info'>{t('requests.needsInfo')}</Text>}
          <Text className='requests__item-category'>{nameIn(catalog?.categories, item.category)}</Text>
          {item.dueAt && (
            <Text className={`requests__item-due${item.overdue ? ' requests__item-due--overdue' : ''}`}>
              {t('requests.due', { date: formatInstant(item.dueAt).slice(0, 10) })}
              {item.dueProvisional ? t('requests.dueProvisional') : ''}
              {item.overdue ? ` · ${t('requests.overdue')}` : ''}
            </Text>
          )}
        </View>
      ))}
      {hasMore && items && (
        <Button className='requests__more-button' onClick={() => void load(Math.ceil(items.length / PAGE_SIZE))}>
          {t('requests.loadMore')}
        </Button>
      )}
    </View>
  );
}
