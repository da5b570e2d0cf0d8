import { Button, Text, View } from '@tarojs/components';
import { PRIVACY_POLICY_VERSION } from '@core/account/privacy';
import { t, useLocale } from '@/i18n';
import { answerPrivacyGuide, PRIVACY_AGREE_BUTTON_ID, usePrivacyGuideOpen } from '@/services/privacy';
import './index.css';

/**
 * WeChat's privacy guide, shown when WeChat asks (`onNeedPrivacyAuthorization`, see services/privacy.ts) on pages
 * that use privacy APIs. The agree button must have `openType='agreePrivacyAuthorization'`: WeChat checks it was
 * tapped. Never opens in H5, where nothing raises the event.
 */
export function PrivacyGuide() {
  useLocale();
  const open = usePrivacyGuideOpen();
  if (!open) return null;
  return (
    <View className='privacy-guide'>
      <View className='privacy-guide__sheet'>
        <Text className='privacy-guide__title'>{t('privacy.guideTitle')}</Text>
        <Text className='privacy-guide__text'>{t('privacy.summary', { version: PRIVACY_POLICY_VERSION })}</Text>
        <Button
          id={PRIVACY_AGREE_BUTTON_ID}
          className='privacy-guide__agree'
          type='primary'
          openType='agreePrivacyAuthorization'
          onAgreePrivacyAuthorization={() => answerPrivacyGuide(true)}
        >
          {t('privacy.guideAgree')}
        </Button>
        <Button className='privacy-guide__decline' onClick={() => answerPrivacyGuide(false)}>
          {t('privacy.guideDecline')}
        </Button>
      </View>
    </View>
  );
}
