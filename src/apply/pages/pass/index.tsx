import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { parseCheckInCode } from '@core/stays/check-in-code';
import { CheckInCode } from '@/components/check-in-code';
import { useLocale } from '@/i18n';
import { setPageTitle } from '@/services/navigation';
import { tp } from '../../i18n';
import './index.css';

/**
 * The check-in pass of an approved stay, one tap from its card in My bookings: the QR code the desk scans, with the
 * application id beside it. Drawn on the device from the id in the link, so it opens without the network once the
 * subpackage is downloaded (preloaded from home and bookings); the QR generator stays out of the main package.
 */
export default function CheckInPassPage() {
  const locale = useLocale();
  const { params } = useRouter();
  const id = parseCheckInCode(params.id ?? '');

  useEffect(() => setPageTitle(tp('pass.title')), [locale]);

  return (
    <View className='check-in-pass'>
      {id ? (
        <>
          <CheckInCode id={id} />
          <Text className='check-in-pass__hint'>{tp('pass.hint')}</Text>
        </>
      ) : (
        <Text className='check-in-pass__notice'>{tp('pass.badLink')}</Text>
      )}
    </View>
  );
}
