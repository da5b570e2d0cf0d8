import { sendVerdict, subscribeMessage } from './wechat-message';

describe('subscribeMessage: a notice filled into a WeChat template', () => {
  const data = {
    stationName: { 'zh-CN': '浦东国际人才驿站', en: 'Pudong Talent Station' },
    checkIn: '2026-12-01',
    offerExpiresAt: '2026-11-30T16:30:00.000Z',
    reason: '材料不全，请补充护照首页与在职证明后再次申请，谢谢理解与配合',
    seatNumbers: '3, 4',
    nights: 3,
  };
  const fill = (fields: Record<string, string>) => subscribeMessage({ template: { id: 't', fields }, data, openId: 'o' }).data;

  it.each([
    ['a date as it is', { date1: 'checkIn' }, { date1: { value: '2026-12-01' } }],
    ['an instant in Asia/Shanghai', { time2: 'offerExpiresAt' }, { time2: { value: '2026-12-01 00:30' } }],
    ['a station name in Chinese', { thing1: 'stationName' }, { thing1: { value: '浦东国际人才驿站' } }],
    ['a fixed text', { phrase3: '=已通过' }, { phrase3: { value: '已通过' } }],
    ['a number', { number4: 'nights' }, { number4: { value: '3' } }],
    ['a thing cut to 20 characters', { thing5: 'reason' }, { thing5: { value: '材料不全，请补充护照首页与在职证明后再…' } }],
    ['a missing value as a dash (WeChat refuses empty values)', { thing6: 'incubator' }, { thing6: { value: '-' } }],
  ])('%s', (_title, fields, expected) => {
    expect(fill(fields)).toEqual(expected);
  });

  it('addresses the recipient with the template id and page', () => {
    expect(
      subscribeMessage({ template: { id: 'tid', page: 'pages/bookings/index', fields: { thing1: '=x' } }, data: {}, openId: 'user-1' }),
    ).toEqual({
      touser: 'user-1',
      template_id: 'tid',
      page: 'pages/bookings/index',
      data: { thing1: { value: 'x' } },
    });
  });
});

describe('sendVerdict: what an answer of subscribeMessage.send means', () => {
  it.each([
    ['delivered', 0, 1, 'sent'],
    ['43101: the user holds no subscription', 43101, 1, 'no-subscription'],
    ['40037: no such template (configuration)', 40037, 1, 'give-up'],
    ['47003: data refused', 47003, 1, 'give-up'],
    ['system busy, first attempt', -1, 1, 'retry'],
    ['system busy, last attempt', -1, 3, 'give-up'],
    ['the call itself failed, second attempt', null, 2, 'retry'],
    ['the call itself failed, last attempt', null, 3, 'give-up'],
  ])('%s', (_title, errcode, attempts, verdict) => {
    expect(sendVerdict({ errcode, attempts, maxAttempts: 3 })).toBe(verdict);
  });
});
