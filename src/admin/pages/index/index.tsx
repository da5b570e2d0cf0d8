import { Text, View } from '@tarojs/components';
import { usePageChrome } from '@/hooks/use-page-chrome';
import { t } from '@/i18n';
import './index.css';

/** Entry of the admin subpackage (operators, unit handlers, district admins); real consoles come later. */
export default function AdminIndexPage() {
  usePageChrome('admin.title');
  return (
    <View className='admin-index'>
      <Text className='admin-index__title'>{t('admin.title')}</Text>
      <Text className='admin-index__audience'>{t('admin.audience')}</Text>
      <Text className='admin-index__soon'>{t('common.comingSoon')}</Text>
    </View>
  );
}
