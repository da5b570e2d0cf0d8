import { Button, Input, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { t, useLocale } from '@/i18n';
import { describeError } from '@/services/errors';
import { PolicyItem } from '../../components/policy-item';
import { usePoliciesTitle } from '../../hooks/use-policies-title';
import { tpo } from '../../i18n';
import * as policies from '../../services/policies';
import './index.css';

const PAGE_SIZE = 20;

/** The policies in force, searched in Chinese or English (every word must match, on the server), a page at a time. */
export default function PolicyCataloguePage() {
  usePoliciesTitle('catalogue.title');
  useLocale();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<policies.PolicyView[]>([]);
  const [next, setNext] = useState<{ page: number; total: number; hasMore: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(async (text: string, page: number): Promise<void> => {
    const call = ++latest.current;
    const reply = await policies.catalogue({ query: text, page, pageSize: PAGE_SIZE });
    if (call !== latest.current) return;
    if (!reply.ok) {
      setError(describeError(reply.error));
      return;
    }
    setError(null);
    setItems((shown) => (page === 0 ? reply.data.items : [...shown, ...reply.data.items]));
    setNext({ page: reply.data.page + 1, total: reply.data.total, hasMore: reply.data.hasMore });
  }, []);

  useEffect(() => void load(query, 0), [load, query]);

  const search = (): void => {
    setNext(null);
    setQuery(draft.trim());
  };

  return (
    <View className='catalogue'>
      <View className='catalogue__bar'>
        <Input
          className='catalogue__query'
          value={draft}
          maxlength={100}
          confirmType='search'
          placeholder={tpo('catalogue.search')}
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={search}
        />
        <Button size='mini' type='primary' className='catalogue__search' onClick={search}>
          {tpo('catalogue.searchButton')}
        </Button>
      </View>
      {error && <Text className='pol-form__failure catalogue__error'>{error}</Text>}
      {!next && !error && <Text className='catalogue__note'>{t('common.loading')}</Text>}
      {next && (
        <Text className='catalogue__note catalogue__count'>
          {next.total === 0 ? tpo('catalogue.empty') : tpo('catalogue.count', { total: next.total })}
        </Text>
      )}
      <View className='catalogue__list'>
        {items.map((policy) => (
          <PolicyItem key={policy._id} policy={policy} />
        ))}
      </View>
      {next?.hasMore && (
        <Button size='mini' className='catalogue__more' onClick={() => void load(query, next.page)}>
          {tpo('catalogue.more')}
        </Button>
      )}
    </View>
  );
}
