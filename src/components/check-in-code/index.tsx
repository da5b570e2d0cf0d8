import { Image, Text, View } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import { checkInCode } from '@core/stays/check-in-code';
import { t } from '@/i18n';
import './index.css';

/**
 * The QR code the operator scans at check-in: core's check-in code (`rcyz-stay:<application id>`), which the admin
 * check-in page parses back to the id `stays.checkIn` takes. Drawn as a GIF data URL (qrcode-generator, no canvas
 * needed), with the bare id as text beside it for typing in when a scanner is not at hand (also accepted).
 */
export function CheckInCode({ id }: { id: string }) {
  const src = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(checkInCode(id));
    code.make();
    return code.createDataURL(6, 2);
  }, [id]);
  return (
    <View className='check-in-code'>
      <Image className='check-in-code__image' src={src} mode='aspectFit' />
      <Text className='check-in-code__text'>{t('bookings.checkInCode', { code: id })}</Text>
    </View>
  );
}
