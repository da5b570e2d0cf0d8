import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

/** A subscribe message the local cloud "sent": what a test reads back (`LocalCloud.wxSent`). */
export interface SentSubscribeMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  at: string;
}

/**
 * Template ids that make the local stand-in answer as WeChat does when something is wrong, so tests can drive the
 * sender's other paths: `local-refused…` → 43101 (the user holds no subscription), `local-busy…` → -1 (system busy,
 * worth a retry), `local-invalid…` → 40037 (no such template). Any other id is delivered.
 */
const ANSWERS: Array<[prefix: string, errcode: number, errmsg: string]> = [
  ['local-refused', 43101, 'user refuse to accept the msg'],
  ['local-busy', -1, 'system error'],
  ['local-invalid', 40037, 'invalid template_id'],
];

/**
 * `wx.api` on `/admin`: what the node-sdk's `callWxOpenApi` sends (`{ action: 'wx.api', apiName, requestData }`,
 * requestData a JSON string), answered as it reads it: `{ data: { responseData: '<JSON of WeChat's answer>' } }`.
 * Local mode only answers subscribeMessage.send, deterministically, and records each delivered message in memory
 * and in `<data>/wx-sent.jsonl`; nothing leaves the machine. Other API names answer an error code (which the SDK
 * raises as an error), as CloudBase would for a name it does not know.
 */
export class WxOpenApi {
  readonly sent: SentSubscribeMessage[] = [];

  constructor(private readonly dataDir: string) {}

  handle(params: Record<string, unknown>): Record<string, unknown> {
    const requestId = randomUUID();
    if (params.apiName !== '/cgi-bin/message/subscribe/send') {
      return { requestId, code: 'INVALID_PARAM', message: `open API ${String(params.apiName)} is not served by the local cloud` };
    }
    let message: Partial<SentSubscribeMessage>;
    try {
      message = JSON.parse(String(params.requestData ?? ''));
    } catch {
      return { requestId, code: 'INVALID_PARAM', message: 'requestData is not JSON' };
    }
    const answer = (errcode: number, errmsg: string) => ({ requestId, data: { responseData: JSON.stringify({ errcode, errmsg }) } });
    const { touser, template_id: templateId, data } = message;
    const valuesOk = data && typeof data === 'object' && Object.values(data).every((v) => typeof v?.value === 'string' && v.value !== '');
    if (typeof touser !== 'string' || !touser || typeof templateId !== 'string' || !valuesOk) return answer(47003, 'argument invalid');
    const refusal = ANSWERS.find(([prefix]) => templateId.startsWith(prefix));
    if (refusal) return answer(refusal[1], refusal[2]);
    const sent: SentSubscribeMessage = {
      touser,
      template_id: templateId,
      ...(message.page ? { page: message.page } : {}),
      data: data!,
      at: new Date().toISOString(),
    };
    this.sent.push(sent);
    appendFileSync(join(this.dataDir, 'wx-sent.jsonl'), `${JSON.stringify(sent)}\n`);
    return answer(0, 'ok');
  }
}
