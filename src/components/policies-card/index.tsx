import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { t, useLocale } from '@/i18n';
import { useDevIdentity } from '@/services/dev-identity';
import * as policies from '@/services/policies';
import './index.css';

/** 政策直达 on the home page: how many policies fit the caller; a tap opens the list (policies subpackage). */
export function PoliciesCard() {
  useLocale();
  const identity = useDevIdentity();
  const [counts, setCounts] = useState<{ applies: number; almost: number } | null>(null);
  useEffect(() => {
    void policies.forMe().then((reply) => {
      const m = reply.ok && Object.keys(reply.data.profile).length > 0 ? reply.data.matches : null;
      setCounts(m && { applies: m.filter((x) => x.level === 'applies').length, almost: m.filter((x) => x.level === 'almost').length });
    });
  }, [identity]);
  return (
    <View className='policies-card' onClick={() => void Taro.navigateTo({ url: '/policies/pages/for-me/index' }).catch(() => undefined)}>
      <Text className='policies-card__title'>{t('home.policies.title')}</Text>
      <Text className='policies-card__text'>{counts ? t('home.policies.counts', counts) : t('home.policies.hint')}</Text>
    </View>
  );
}
