/**
 * Jest stand-in for `@tarojs/taro`: in-memory storage, recorded chrome calls, a mockable cloud, and page
 * lifecycle hooks that fire as a freshly shown page would. `resetTaroStub()` between tests.
 */
import { useEffect } from 'react';

const storage = new Map<string, unknown>();

const resolved = () => Promise.resolve({ errMsg: 'ok' });

export interface CloudCallParam {
  name: string;
  data?: Record<string, unknown>;
}

const Taro = {
  getStorageSync: (key: string): unknown => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown): void => {
    storage.set(key, value);
  },
  setNavigationBarTitle: jest.fn((_option: { title: string }) => resolved()),
  setTabBarItem: jest.fn((_option: { index: number; text?: string }) => resolved()),
  navigateTo: jest.fn((_option: { url: string }) => resolved()),
  redirectTo: jest.fn((_option: { url: string }) => resolved()),
  showLoading: jest.fn((_option: { title: string }) => resolved()),
  hideLoading: jest.fn(() => resolved()),
  /** Answers as if the user tapped confirm; a test sets `mockResolvedValueOnce({ confirm: false, … })` to decline. */
  showModal: jest.fn((_option: { title?: string; content?: string; confirmText?: string; cancelText?: string }) =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'showModal:ok' }),
  ),
  setClipboardData: jest.fn((_option: { data: string }) => resolved()),
  requestSubscribeMessage: jest.fn((_option: { tmplIds: string[]; entityIds: string[] }) =>
    Promise.resolve({ errMsg: 'requestSubscribeMessage:ok' } as Record<string, string>),
  ),
  pageScrollTo: jest.fn((_option: { scrollTop?: number; selector?: string; duration?: number }) => resolved()),
  switchTab: jest.fn((_option: { url: string }) => resolved()),
  makePhoneCall: jest.fn((_option: { phoneNumber: string }) => resolved()),
  openLocation: jest.fn((_option: { latitude: number; longitude: number; name?: string; address?: string }) => resolved()),
  getSystemInfoSync: () => ({ windowHeight: 800, windowWidth: 390 }),
  // What NutUI's components ask of the platform (jsdom plays the H5 build).
  getEnv: () => 'WEB',
  getWindowInfo: () => ({ windowHeight: 800, windowWidth: 390, pixelRatio: 2 }),
  getDeviceInfo: () => ({ platform: 'devtools', system: 'jsdom' }),
  getAppBaseInfo: () => ({ theme: 'light', language: 'zh_CN' }),
  pxTransform: (size: number) => `${size / 2}px`,
  previewImage: jest.fn((_option: { current?: string; urls: string[] }) => resolved()),
  scanCode: jest.fn((_option: Record<string, unknown>): Promise<{ result: string }> => Promise.reject(new Error('no camera in jsdom'))),
  cloud: {
    init: jest.fn(),
    callFunction: jest.fn((_param: CloudCallParam): Promise<{ result: unknown; errMsg: string }> =>
      Promise.resolve({ result: { ok: true, data: null }, errMsg: 'cloud.callFunction:ok' }),
    ),
  },
};

export default Taro;

export const getEnv = Taro.getEnv;
export const nextTick = (callback: () => void): void => {
  setTimeout(callback, 0);
};
/** NutUI measures elements through a selector query; jsdom has no layout, so every rectangle is empty. */
export const createSelectorQuery = () => {
  const query = {
    select: () => query,
    selectAll: () => query,
    boundingClientRect: () => query,
    exec: (callback?: (result: unknown[]) => void) => callback?.([{ width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 }]),
  };
  return query;
};

export function useDidShow(callback: () => void): void {
  // Mount is the first show; later shows (tab switches) do not exist under jsdom.
  useEffect(() => {
    callback();
    // Once, like the first show; Taro calls the latest callback, but there are no later shows here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

export function useDidHide(_callback: () => void): void {}

/** The share card a page would give WeChat, as the last page that registered one built it. */
export let shareCard: (() => { title: string; path: string }) | null = null;

export function useShareAppMessage(build: () => { title: string; path: string }): void {
  shareCard = build;
}

/** The current page's query, as `useRouter().params`; tests set it with `setRouterParams`. */
let routerParams: Record<string, string> = {};
export const setRouterParams = (params: Record<string, string>): void => {
  routerParams = params;
};
export function useRouter(): { params: Record<string, string> } {
  return { params: routerParams };
}

export function resetTaroStub(): void {
  storage.clear();
  Taro.setNavigationBarTitle.mockClear();
  Taro.setTabBarItem.mockClear();
  Taro.navigateTo.mockClear();
  Taro.redirectTo.mockClear();
  Taro.showLoading.mockClear();
  Taro.hideLoading.mockClear();
  Taro.showModal.mockClear();
  Taro.setClipboardData.mockClear();
  Taro.requestSubscribeMessage.mockClear();
  shareCard = null;
  Taro.switchTab.mockClear();
  Taro.openLocation.mockClear();
  Taro.scanCode.mockClear();
  Taro.pageScrollTo.mockClear();
  routerParams = {};
  Taro.cloud.init.mockClear();
  Taro.cloud.callFunction.mockClear();
}
