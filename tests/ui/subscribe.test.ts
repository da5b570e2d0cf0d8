import Taro from '@tarojs/taro';
import { askForNotices } from '@/services/subscribe';
import { resetTaroStub } from './stubs/taro';

/** The mapping a build for a real AppID is given (TARO_APP_SUBSCRIBE_TEMPLATES): stay notices share one template. */
const TEMPLATES = JSON.stringify({
  stay_approved: { id: 'tmpl-result', fields: { thing1: 'stationName' } },
  stay_rejected: { id: 'tmpl-result', fields: { thing1: 'stationName' } },
  stay_waitlisted: { id: 'tmpl-waitlist', fields: { thing1: 'stationName' } },
  stay_offered: { id: 'tmpl-offer', fields: { thing1: 'stationName' } },
  stay_expired: { id: 'tmpl-expired', fields: { thing1: 'stationName' } },
  seat_approved: { id: 'tmpl-seat', fields: { thing1: 'teamName' } },
});

const stub = Taro as unknown as {
  requestSubscribeMessage: jest.Mock;
  cloud: { callFunction: jest.Mock };
};
const recorded = () =>
  stub.cloud.callFunction.mock.calls
    .map(([call]: [{ name: string; data: { action: string; payload: unknown; requestId: string } }]) => call)
    .filter((call) => call.data.action === 'recordSubscriptions');

beforeEach(() => {
  resetTaroStub();
  process.env.TARO_ENV = 'weapp';
  process.env.TARO_APP_SUBSCRIBE_TEMPLATES = TEMPLATES;
  stub.cloud.callFunction.mockResolvedValue({ result: { ok: true, data: { credited: [] } }, errMsg: 'ok' });
});
afterEach(() => {
  delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES;
  process.env.TARO_ENV = 'h5';
});

test('a stay submit asks for its three likeliest templates and records the accepted ones with the server', async () => {
  stub.requestSubscribeMessage.mockResolvedValueOnce({
    errMsg: 'ok',
    'tmpl-result': 'accept',
    'tmpl-waitlist': 'reject',
    'tmpl-offer': 'accept',
  });
  expect(await askForNotices('stay')).toBe('accepted');
  expect(stub.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-result', 'tmpl-waitlist', 'tmpl-offer'], entityIds: [] });
  const calls = recorded();
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({
    name: 'account',
    data: { action: 'recordSubscriptions', payload: { accepted: ['tmpl-result', 'tmpl-offer'] } },
  });
  // Identity is the platform's: nothing in the event names the user.
  expect(JSON.stringify(calls[0].data.payload)).not.toMatch(/openid/i);
});

test('a seat submit asks only for the seat templates', async () => {
  stub.requestSubscribeMessage.mockResolvedValueOnce({ errMsg: 'ok', 'tmpl-seat': 'accept' });
  expect(await askForNotices('seat')).toBe('accepted');
  expect(stub.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-seat'], entityIds: [] });
  expect(recorded()[0].data.payload).toEqual({ accepted: ['tmpl-seat'] });
});

test.each([
  [
    'everything refused: nothing recorded',
    () => stub.requestSubscribeMessage.mockResolvedValueOnce({ errMsg: 'ok', 'tmpl-seat': 'reject' }),
    'rejected',
  ],
  [
    'the prompt failed (subscriptions switched off): nothing recorded',
    () => stub.requestSubscribeMessage.mockRejectedValueOnce(new Error('requestSubscribeMessage:fail')),
    'unavailable',
  ],
] as const)('%s', async (_title, arrange, outcome) => {
  arrange();
  expect(await askForNotices('seat')).toBe(outcome);
  expect(recorded()).toEqual([]);
});

test('no mapping in the build (local, tests) or H5: nothing is asked, nothing recorded', async () => {
  delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES;
  expect(await askForNotices('stay')).toBe('unavailable');
  process.env.TARO_APP_SUBSCRIBE_TEMPLATES = TEMPLATES;
  process.env.TARO_ENV = 'h5';
  expect(await askForNotices('stay')).toBe('unavailable');
  expect(stub.requestSubscribeMessage).not.toHaveBeenCalled();
  expect(recorded()).toEqual([]);
});

test('a failed record never reaches the submit', async () => {
  stub.requestSubscribeMessage.mockResolvedValueOnce({ errMsg: 'ok', 'tmpl-seat': 'accept' });
  stub.cloud.callFunction.mockRejectedValueOnce(new Error('network down'));
  await expect(askForNotices('seat')).resolves.toBe('accepted');
});
