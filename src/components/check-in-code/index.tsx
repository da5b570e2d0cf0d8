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
 * Another domain's code (an event sign-up's `rcyz-event:<id>`) comes whole as `code`, with its own `caption`.
 * Only subpackage pages use it (a stay's check-in pass, My sign-ups), so the generator (~20 KB) stays out of the main
 * package; a tab page importing it would bring it back (tests/e2e/weapp-build.test.ts checks).
 */
export function CheckInCode({ id, code = checkInCode(id), caption }: { id: string; code?: string; caption?: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(code);
    qr.make();
    return qr.createDataURL(6, 2);
  }, [code]);
  return (
    <View className='check-in-code'>
      <Image className='check-in-code__image' src={src} mode='aspectFit' />
      <Text className='check-in-code__text'>{caption ?? t('bookings.checkInCode', { code: id })}</Text>
    </View>
  );
}
