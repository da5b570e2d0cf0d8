import tcb from '@cloudbase/node-sdk';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestCloud } from '../../support/local-cloud';

/** The local stand-in for WeChat's open API (`wx.api`), called the way the functions call it: the node-sdk's own `callWxOpenApi`. */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let app: ReturnType<typeof tcb.init>;

beforeAll(async () => {
  cloud = await startTestCloud();
  app = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` });
});
afterAll(() => cloud?.stop());

const send = (requestData: Record<string, unknown>) =>
  app.callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData }) as Promise<{
    result?: { errcode: number; errmsg: string };
    code?: string;
  }>;
const message = (templateId: string, touser = 'user-1') => ({ touser, template_id: templateId, data: { thing1: { value: '浦东' } } });

test('delivers a well-formed message, records it in memory and in the data folder', async () => {
  const reply = await send({ ...message('tmpl-a'), page: 'pages/bookings/index' });
  expect(reply.result).toEqual({ errcode: 0, errmsg: 'ok' });
  expect(cloud.wxSent).toEqual([
    expect.objectContaining({ touser: 'user-1', template_id: 'tmpl-a', page: 'pages/bookings/index', data: { thing1: { value: '浦东' } } }),
  ]);
  const lines = readFileSync(join(cloud.dataDir, 'wx-sent.jsonl'), 'utf8').trim().split('\n');
  expect(JSON.parse(lines[0])).toMatchObject({ touser: 'user-1', template_id: 'tmpl-a' });
});

test.each([
  ['local-refused-x', 43101],
  ['local-busy-x', -1],
  ['local-invalid-x', 40037],
])('template id %s answers errcode %d and records nothing', async (templateId, errcode) => {
  const before = cloud.wxSent.length;
  expect((await send(message(templateId))).result?.errcode).toBe(errcode);
  expect(cloud.wxSent).toHaveLength(before);
});

test.each([
  ['no recipient', { template_id: 't', data: { thing1: { value: 'x' } } }],
  ['an empty value', { touser: 'u', template_id: 't', data: { thing1: { value: '' } } }],
  ['no data', { touser: 'u', template_id: 't' }],
])('%s answers 47003 (argument invalid), as WeChat does', async (_title, requestData) => {
  expect((await send(requestData)).result?.errcode).toBe(47003);
});

test('an API the local cloud does not serve answers an error code, which the SDK raises', async () => {
  await expect(app.callWxOpenApi({ apiName: '/wxa/msg_sec_check', requestData: { content: 'x' } })).rejects.toMatchObject({
    code: 'INVALID_PARAM',
  });
});
