import { Image, Text, View } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import { t } from '@/i18n';
import './index.css';

/**
 * The QR code the operator scans at check-in: the application's id, which is exactly what `stays.checkIn` takes
 * (`{ id }`). Drawn here as a GIF data URL (qrcode-generator, no canvas needed), with the id as text beside it for
 * when a scanner is not at hand.
 */
export function CheckInCode({ id }: { id: string }) {
  const src = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(id);
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
