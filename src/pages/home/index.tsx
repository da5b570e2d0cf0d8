import { Text, View } from '@tarojs/components';
import { RoleSwitcher } from '@/components/role-switcher';
import { usePageChrome } from '@/hooks/use-page-chrome';
import { useShareCard } from '@/hooks/use-share-card';
import { t, type MessageKey } from '@/i18n';
import './index.css';

const OFFERS: readonly MessageKey[] = ['home.applyStay', 'home.applySeat', 'home.applyEmployer', 'home.applyRequest'];

export default function HomePage() {
  usePageChrome('home.title', { tabBar: true });
  useShareCard('app.tagline', '/pages/home/index');
  return (
    <View className='home'>
      <RoleSwitcher />
      <View className='home__hero'>
        <Text className='home__name'>{t('app.name')}</Text>
        <Text className='home__tagline'>{t('app.tagline')}</Text>
      </View>
      <View className='home__offers'>
        <Text className='home__offers-heading'>{t('home.applyHeading')}</Text>
        {OFFERS.map((key) => (
          <Text key={key} className='home__offer'>
            {t(key)}
          </Text>
        ))}
      </View>
    </View>
  );
}
