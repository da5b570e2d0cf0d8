import { fireEvent, render, waitFor } from '@testing-library/react';
import { resetLocaleCache, setLocale } from '@/i18n';
import MyHousingPage from '@/housing/pages/mine';
import type { LeaseDocument, MineReply } from '@/housing/services/housing';
import { openLeasePdf } from '@/housing/services/lease-file';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import { BUILDING, lease } from './housing-fixtures';
import Taro, { resetTaroStub } from './stubs/taro';

const DOC: LeaseDocument = {
  leaseId: 'lease-apt-leased',
  fileId: 'cloud://env.bucket/leases/lease-apt-leased.pdf',
  url: 'https://files.example/leases/lease-apt-leased.pdf?sign=abc',
  filename: 'lease-apt-leased.pdf',
  mimeType: 'application/pdf',
  textHash: 'f'.repeat(64),
  signed: false,
};

const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
const click = (selector: string) => fireEvent.click(document.querySelector(selector)!);

function fakeCloud(state: { mine: MineReply; signed: boolean }) {
  return mockFetch((call: RecordedCall) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    if (name === 'housing.mine') return { ok: true, data: state.mine };
    if (name === 'housing.buildings') return { ok: true, data: { items: [BUILDING] } };
    if (name === 'tenancies.leaseDocument') return { ok: true, data: { ...DOC, signed: state.signed } };
    if (name === 'tenancies.signLease') {
      state.signed = true;
      return { ok: true, data: state.mine.leases[0] };
    }
    throw new Error(`unexpected ${name}`);
  });
}

let opened: jest.SpyInstance;
beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  opened = jest.spyOn(window, 'open').mockImplementation(() => null);
});
afterEach(() => {
  restoreFetch();
  opened.mockRestore();
});

test('the lease document opens from a fresh URL; confirm and sign, then the signed state', async () => {
  const state = { mine: { applications: [], leases: [lease()] }, signed: false };
  const calls = fakeCloud(state);
  render(<MyHousingPage />);
  await waitFor(() => expect(document.querySelector('.housing-lease__document-open')).toBeTruthy());
  expect(text('.housing-lease__document-open')).toBe('租约文件');
  expect(document.querySelector('.housing-lease__sign')).toBeNull();

  click('.housing-lease__document-open');
  await waitFor(() => expect(document.querySelector('.housing-lease__sign')).toBeTruthy());
  expect(calls.filter((c) => c.event.action === 'leaseDocument').map((c) => c.event.payload)).toEqual([{ leaseId: 'lease-apt-leased' }]);
  expect(opened).toHaveBeenCalledWith(DOC.url, '_blank', 'noopener');
  expect(text('.housing-lease__sign')).toBe('确认并签署');

  click('.housing-lease__sign');
  await waitFor(() => expect(text('.housing-lease__signed')).toBe('✓ 已确认签署租约'));
  expect(calls.filter((c) => c.event.action === 'signLease').map((c) => c.event.payload)).toEqual([
    { leaseId: 'lease-apt-leased', textHash: 'f'.repeat(64) },
  ]);
  expect(document.querySelector('.housing-lease__sign')).toBeNull();
});

test('en: a lease already signed shows no sign button after opening', async () => {
  setLocale('en');
  const state = { mine: { applications: [], leases: [lease()] }, signed: true };
  fakeCloud(state);
  render(<MyHousingPage />);
  await waitFor(() => expect(document.querySelector('.housing-lease__document-open')).toBeTruthy());
  click('.housing-lease__document-open');
  await waitFor(() => expect(text('.housing-lease__signed')).toBe('✓ You have confirmed and signed the lease'));
  expect(document.querySelector('.housing-lease__sign')).toBeNull();
});

test('in WeChat the PDF is downloaded and shown in the document viewer with its menu', async () => {
  process.env.TARO_ENV = 'weapp';
  const stub = Taro as unknown as Record<string, jest.Mock>;
  stub.downloadFile = jest.fn(() => Promise.resolve({ tempFilePath: 'wxfile://tmp/lease.pdf', statusCode: 200 }));
  stub.openDocument = jest.fn(() => Promise.resolve({ errMsg: 'openDocument:ok' }));
  await openLeasePdf(DOC.url);
  expect(stub.downloadFile).toHaveBeenCalledWith({ url: DOC.url });
  expect(stub.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/lease.pdf', fileType: 'pdf', showMenu: true });
  expect(opened).not.toHaveBeenCalled();
});
