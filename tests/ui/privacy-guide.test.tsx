import { act, fireEvent, render } from '@testing-library/react';
import { PrivacyGuide } from '@/components/privacy-guide';
import { resetLocaleCache } from '@/i18n';
import { installPrivacy } from '@/services/privacy';
import { setConsentPrompt } from '@/services/api';
import Taro, { resetTaroStub } from './stubs/taro';

type Resolve = (option: { event: string; buttonId?: string }) => void;
const taro = Taro as unknown as { onNeedPrivacyAuthorization?: jest.Mock };

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  taro.onNeedPrivacyAuthorization = jest.fn();
});
afterEach(() => {
  delete taro.onNeedPrivacyAuthorization;
  delete process.env.TARO_ENV;
  setConsentPrompt(null);
});

test("in WeChat, the guide opens when WeChat asks, and agreeing answers with the agree button's id", () => {
  process.env.TARO_ENV = 'weapp';
  installPrivacy();
  const listener = taro.onNeedPrivacyAuthorization?.mock.calls[0][0] as (resolve: Resolve) => void;
  const resolve = jest.fn();
  render(<PrivacyGuide />);
  expect(document.querySelector('.privacy-guide')).toBeNull();

  act(() => listener(resolve));
  expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' });
  expect(document.querySelector('.privacy-guide__title')?.textContent).toBe('使用前请阅读隐私保护指引');
  const agree = document.querySelector<HTMLElement>('.privacy-guide__agree');
  expect(agree?.getAttribute('data-open-type')).toBe('agreePrivacyAuthorization');
  expect(agree?.id).toBe('privacy-agree');

  fireEvent.click(agree as HTMLElement);
  expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'privacy-agree' });
  expect(document.querySelector('.privacy-guide')).toBeNull();
});

test('declining lets the privacy API fail', () => {
  process.env.TARO_ENV = 'weapp';
  installPrivacy();
  const listener = taro.onNeedPrivacyAuthorization?.mock.calls[0][0] as (resolve: Resolve) => void;
  const resolve = jest.fn();
  render(<PrivacyGuide />);
  act(() => listener(resolve));
  fireEvent.click(document.querySelector('.privacy-guide__decline') as HTMLElement);
  expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' });
});

test('in H5 nothing is registered and the guide never shows', () => {
  process.env.TARO_ENV = 'h5';
  installPrivacy();
  expect(taro.onNeedPrivacyAuthorization).not.toHaveBeenCalled();
  render(<PrivacyGuide />);
  expect(document.querySelector('.privacy-guide')).toBeNull();
});
