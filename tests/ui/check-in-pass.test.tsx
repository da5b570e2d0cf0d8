import { render } from '@testing-library/react';
import qrcode from 'qrcode-generator';
import { checkInCode } from '@core/stays/check-in-code';
import { resetLocaleCache, setLocale } from '@/i18n';
import CheckInPassPage from '@/apply/pages/pass';
import { failingFetch, restoreFetch } from './fetch-mock';
import Taro, { resetTaroStub, setRouterParams } from './stubs/taro';

/** The GIF an independent encoding of `text` gives, to tell which text the page's QR code holds. */
const qrOf = (text: string): string => {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createDataURL(6, 2);
};
const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  // Offline: the pass needs nothing from the cloud.
  failingFetch();
});
afterEach(restoreFetch);

describe('the check-in pass (opened from an approved stay in My bookings)', () => {
  test.each([
    ['zh-CN', '入住码', '入住码：stay-approved1', '入住日 14:00 后到驿站前台出示此二维码和证件原件，办理入住'],
    [
      'en',
      'Check-in code',
      'Check-in code: stay-approved1',
      'After 14:00 on your check-in day, show this QR code and your identity document at the station’s front desk',
    ],
  ] as const)(
    'shows the stay’s QR code for the desk to scan, its id beside it, without the network (%s)',
    (locale, title, caption, hint) => {
      setLocale(locale);
      setRouterParams({ id: 'stay-approved1' });
      render(<CheckInPassPage />);
      expect(document.querySelector('img.check-in-code__image')?.getAttribute('src')).toBe(qrOf(checkInCode('stay-approved1')));
      expect(text('.check-in-code__text')).toBe(caption);
      expect(text('.check-in-pass__hint')).toBe(hint);
      expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title });
      expect(globalThis.fetch).not.toHaveBeenCalled();
    },
  );

  test('a link without a valid application id shows no code, only where to open it again', () => {
    setRouterParams({ id: 'x<' });
    render(<CheckInPassPage />);
    expect(document.querySelector('.check-in-code')).toBeNull();
    expect(text('.check-in-pass__notice')).toBe('入住码链接无效，请从“我的预订”重新打开。');
  });
});
