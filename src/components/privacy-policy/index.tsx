import { Text, View } from '@tarojs/components';
import { PRIVACY_POLICY_VERSION } from '@core/account/privacy';
import { t, type MessageKey } from '@/i18n';
import './index.css';

const SECTIONS: readonly MessageKey[] = [
  'privacy.policy.collect',
  'privacy.policy.use',
  'privacy.policy.protect',
  'privacy.policy.rights',
  'privacy.policy.contact',
];

/** The privacy policy's text, in the UI language, with the version the server asks consent for. */
export function PrivacyPolicy() {
  return (
    <View className='privacy-policy'>
      <Text className='privacy-policy__title'>{`${t('privacy.title')} · ${PRIVACY_POLICY_VERSION}`}</Text>
      {SECTIONS.map((key) => (
        <Text key={key} className='privacy-policy__section'>
          {t(key)}
        </Text>
      ))}
    </View>
  );
}
