import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { DICTIONARIES, getLocale, t, useLocale, type Locale, type MessageKey } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import * as account from '@/services/account';
import type { MessageItem } from '@/services/account';
import type { NoticeTemplate } from '@core/notices/templates';
import { describeError } from '@/services/errors';
import './index.css';

const PAGE_SIZE = 20;

/**
 * Notices for staff open their desk, not the applicant's request page (where a handler could do nothing): the unit
 * inbox for a reminder, the role-aware console for an answer (a unit handler or the operator who asked), the
 * dispatch board for an escalation, the holiday calendars for a missing year.
 */
const STAFF_PAGES: Partial<Record<NoticeTemplate, string>> = {
  deadline_reminder: '/admin/pages/inbox/index',
  info_added: '/admin/pages/index/index',
  overdue_escalation: '/admin/pages/dispatch/index',
  calendar_missing: '/admin/pages/settings/index',
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value of a notice's data as the text shows it: names in the UI language, instants in Shanghai time. */
function paramOf(value: unknown, locale: Locale): string | number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return INSTANT.test(value) ? formatInstant(value) : value;
  if (value && typeof value === 'object' && typeof (value as Record<string, unknown>)[locale] === 'string')
    return (value as Record<Locale, string>)[locale];
  return null;
}

/** A message's text from its template; a template this build does not know yet gets a generic line. */
export function messageText(message: MessageItem, locale: Locale = getLocale()): string {
  const key = `messages.${message.template}`;
  const params = Object.fromEntries(
    Object.entries(message.data)
      .map(([name, value]) => [name, paramOf(value, locale)] as const)
      .filter((entry): entry is readonly [string, string | number] => entry[1] !== null),
  );
  return key in DICTIONARIES['zh-CN'] ? t(key as MessageKey, params, locale) : t('messages.unknown', undefined, locale);
}

/** 消息: the in-app notices, newest first. Tapping one about a request opens it and marks it read. */
export function MessageList() {
  useLocale();
  const [items, setItems] = useState<MessageItem[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async (page: number): Promise<void> => {
    const reply = await account.messages(page, PAGE_SIZE);
    if (!reply.ok) {
      setError(describeError(reply.error));
      return;
    }
    setError(null);
    setItems((before) => (page === 0 || !before ? reply.data.items : [...before, ...reply.data.items]));
    setUnread(reply.data.unread);
    setHasMore(reply.data.hasMore);
  };
  useEffect(() => {
    void load(0);
  }, []);

  const markRead = async (ids: string[]): Promise<void> => {
    if (ids.length === 0) return;
    const reply = await account.markMessagesRead(ids);
    if (!reply.ok) return;
    setItems((before) => before?.map((item) => (ids.includes(item.id) ? { ...item, read: true } : item)) ?? null);
    setUnread((count) => Math.max(0, count - reply.data.updated));
  };

  const open = (message: MessageItem): void => {
    if (!message.read) void markRead([message.id]);
    const requestId = message.data.requestId;
    const staffPage = STAFF_PAGES[message.template as NoticeTemplate];
    if (staffPage) {
      Taro.navigateTo({ url: staffPage }).catch(() => undefined);
    } else if (typeof requestId === 'string' && requestId) {
      Taro.navigateTo({ url: `/request/detail/index?id=${encodeURIComponent(requestId)}` }).catch(() => undefined);
    } else if (message.data.kind === 'stay' || message.data.kind === 'seat') {
      // A decision on a booking: My bookings shows it with what comes next.
      Taro.switchTab({ url: '/pages/bookings/index' }).catch(() => undefined);
    }
  };

  if (error !== null) return <Text className='message-list__error'>{error}</Text>;
  if (items === null) return <Text className='message-list__loading'>{t('common.loading')}</Text>;
  return (
    <View className='message-list'>
      <View className='message-list__head'>
        <Text className='message-list__unread'>{t('me.messagesUnread', { count: unread })}</Text>
        {unread > 0 && (
          <Button
            size='mini'
            className='message-list__mark-read'
            onClick={() =>
              void markRead(
                items
                  .filter((i) => !i.read)
                  .map((i) => i.id)
                  .slice(0, 50),
              )
            }
          >
            {t('me.messagesMarkRead')}
          </Button>
        )}
      </View>
      {items.length === 0 && <Text className='message-list__empty'>{t('me.messagesEmpty')}</Text>}
      {items.map((message) => (
        <View
          key={message.id}
          className={`message-list__item message-list__item--${message.read ? 'read' : 'unread'}`}
          onClick={() => open(message)}
        >
          <Text className='message-list__text'>{messageText(message)}</Text>
          {message.createdAt && <Text className='message-list__time'>{formatInstant(message.createdAt)}</Text>}
        </View>
      ))}
      {hasMore && (
        <Button size='mini' className='message-list__more' onClick={() => void load(Math.ceil(items.length / PAGE_SIZE))}>
          {t('requests.loadMore')}
        </Button>
      )}
    </View>
  );
}
