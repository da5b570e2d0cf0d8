import { Text, View } from '@tarojs/components';
import { t, useLocale, type MessageKey } from '@/i18n';
import './index.css';

/** Placeholder for a page whose features are not built yet. */
export function ComingSoon({ titleKey }: { titleKey: MessageKey }) {
  useLocale();
  return (
    <View className='coming-soon'>
      <Text className='coming-soon__title'>{t(titleKey)}</Text>
      <Text className='coming-soon__text'>{t('common.comingSoon')}</Text>
    </View>
  );
}
