import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PrivacyGuide } from '@/components/privacy-guide';
import { useCatalog } from '@/hooks/use-catalog';
import { usePageChrome } from '@/hooks/use-page-chrome';
import { t } from '@/i18n';
import { tr } from '../i18n';
import { RequestForm } from '../components/request-form';
import './index.css';

/** Files a request, then shows it (replacing this page, so "back" returns to the list). */
export default function NewRequestPage() {
  usePageChrome('requests.form.title');
  const { catalog, failed, reload } = useCatalog();
  return (
    <View className='new-request'>
      <PrivacyGuide />
      {failed && (
        <View className='new-request__error'>
          <Text>{tr('requests.form.catalogFailed')}</Text>
          <Button size='mini' onClick={reload}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {!catalog && !failed && <Text className='new-request__loading'>{t('common.loading')}</Text>}
      {catalog && (
        <RequestForm
          catalog={catalog}
          onSubmitted={(request) => {
            Taro.redirectTo({ url: `/request/detail/index?id=${encodeURIComponent(request.id)}` }).catch(() => undefined);
          }}
        />
      )}
    </View>
  );
}
