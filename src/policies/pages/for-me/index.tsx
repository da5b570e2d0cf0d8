import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { t, useLocale } from '@/i18n';
import { describeError } from '@/services/errors';
import { PolicyItem } from '../../components/policy-item';
import { Section } from '../../components/form';
import { usePoliciesTitle } from '../../hooks/use-policies-title';
import { tpo } from '../../i18n';
import { profileSummary } from '../../model/profile-summary';
import * as policies from '../../services/policies';
import './index.css';

const go = (url: string) => void Taro.navigateTo({ url }).catch(() => undefined);

/**
 * 政策直达: the policies in force that fit the caller's talent profile, and those that almost do with what is
 * missing (core's matcher, on the server). Loads again on every show, so an edited profile shows at once.
 */
export default function PoliciesForMePage() {
  usePoliciesTitle('forMe.title');
  const locale = useLocale();
  const [data, setData] = useState<policies.ForMe | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(async (): Promise<void> => {
    const call = ++latest.current;
    const reply = await policies.forMe();
    if (call !== latest.current) return;
    if (reply.ok) {
      setData(reply.data);
      setError(null);
    } else setError(describeError(reply.error));
  }, []);
  useDidShow(() => void load());

  const summary = data ? profileSummary(data.profile, locale) : [];
  const applies = data?.matches.filter((m) => m.level === 'applies') ?? [];
  const almost = data?.matches.filter((m) => m.level === 'almost') ?? [];
  return (
    <View className='for-me'>
      {error && (
        <View className='for-me__error'>
          <Text className='pol-form__failure'>{error}</Text>
          <Button size='mini' onClick={() => void load()}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {!data && !error && <Text className='for-me__loading'>{t('common.loading')}</Text>}
      {data && (
        <>
          <Section title={tpo('forMe.profile')} className='for-me__profile'>
            <Text className='for-me__summary'>{summary.length > 0 ? summary.join(' · ') : tpo('forMe.profileEmpty')}</Text>
            <View className='for-me__actions'>
              <Button size='mini' type='primary' className='for-me__edit' onClick={() => go('/policies/pages/profile/index')}>
                {tpo(summary.length > 0 ? 'forMe.profileEdit' : 'forMe.profileFill')}
              </Button>
              <Button size='mini' className='for-me__browse' onClick={() => go('/policies/pages/catalogue/index')}>
                {tpo('forMe.browse')}
              </Button>
            </View>
          </Section>
          {applies.length === 0 && almost.length === 0 && <Text className='for-me__none'>{tpo('forMe.none')}</Text>}
          {applies.length > 0 && (
            <Section title={tpo('forMe.applies', { count: applies.length })} className='for-me__applies'>
              {applies.map((m) => (
                <PolicyItem key={m.policy._id} policy={m.policy} match={m} />
              ))}
            </Section>
          )}
          {almost.length > 0 && (
            <Section title={tpo('forMe.almost', { count: almost.length })} className='for-me__almost'>
              {almost.map((m) => (
                <PolicyItem key={m.policy._id} policy={m.policy} match={m} />
              ))}
            </Section>
          )}
          <Text className='for-me__liaison' onClick={() => go('/policies/pages/liaison/index')}>
            {tpo('forMe.liaison')}
          </Text>
        </>
      )}
    </View>
  );
}
