import { parseWechatTemplates, type WechatTemplates } from '../../core/notices/wechat-templates';
import { KEY_ID, PiiError, piiKeyring, type PiiKeyring } from './pii';

/** Deployment settings, read in one place. Set them in cloudbaserc.json (CloudBase) or the environment (local). */
export interface FunctionConfig {
  /** Openids that become admin on their first sign-in: how the first admin of a new environment is named. */
  bootstrapAdmins: string[];
  /**
   * Key of the HMAC-SHA256 that turns an identity document number into the hash the "one free stay per person"
   * check compares (`ID_HASH_KEY`). Changing it forgets every earlier stay. The local default is for development
   * only; set a long random value in production.
   */
  idHashKey: string;
  /**
   * Keys that encrypt identity document numbers and phone numbers at rest: `PII_KEY` (base64, 32 bytes) named
   * `PII_KEY_ID` seals new values; `PII_OLD_KEYS` (`<id>:<base64>,…`) still opens values sealed before a rotation.
   */
  pii: PiiKeyring;
  /**
   * Who checks free text (titles, bodies, comments, reasons, replies): WeChat's content security API on CloudBase,
   * the local stand-in's word list (core/abuse/content.ts) in the local cloud (`TCB_ENV=local`).
   */
  contentSafety: 'wechat' | 'local';
  /**
   * Local cloud only (`LOCAL_NOW`, an ISO instant): the time every call takes as now, so a browser test can
   * dispatch "in late December" (tests/e2e). Ignored on CloudBase.
   */
  localNow: Date | null;
  /**
   * Local cloud only (`CHECK_REPLIES=1`, which the tests set): every reply is checked against its action's output
   * schema before it is sent, so a schema cannot drift from what the function answers. Off in production.
   */
  checkReplies: boolean;
  /**
   * Notice → WeChat subscribe-message template (`SUBSCRIBE_TEMPLATES`, core/notices/wechat-templates.ts), and what
   * was wrong in it. None configured: the scheduler sends no subscribe message (in-app messages are always written).
   */
  subscribe: { templates: WechatTemplates; problems: string[] };
}

/** Development only: the local cloud and the tests use it when `ID_HASH_KEY` is not set. */
export const LOCAL_ID_HASH_KEY = 'local-dev-id-hash-key';

/**
 * Development only, and public (it is in this file): the local cloud seals personal data with it when `PII_KEY` is
 * not set. Refused anywhere but the local cloud (`isLocalCloud`).
 */
export const LOCAL_PII_KEY = Buffer.from('local-dev-pii-key-do-not-deploy!', 'utf8').toString('base64');
export const LOCAL_PII_KEY_ID = 'local-dev-1';

/**
 * The local cloud's function environment has `TCB_ENV=local` (local-cloud/environment.ts). CloudBase sets
 * `TCB_ENV` itself to the environment's id, which always ends in a generated suffix (`<name>-<suffix>`), so a
 * deployed function never sees `local` and never accepts the development key.
 */
export const isLocalCloud = (env: NodeJS.ProcessEnv): boolean => env.TCB_ENV === 'local';

const decodeKey = (id: string, base64: string): [string, Buffer] => [id, Buffer.from(base64.trim(), 'base64')];

function readPiiKeyring(env: NodeJS.ProcessEnv): PiiKeyring {
  const local = isLocalCloud(env);
  if (!env.PII_KEY && !local) throw new PiiError('PII_KEY is not set: personal data cannot be stored (see README, "Personal data")');
  const currentId = env.PII_KEY ? (env.PII_KEY_ID ?? '') : LOCAL_PII_KEY_ID;
  if (!KEY_ID.test(currentId)) throw new PiiError('PII_KEY_ID must name PII_KEY (1–40 letters, digits, ".", "_" or "-")');
  const keys = new Map<string, Buffer>([decodeKey(currentId, env.PII_KEY || LOCAL_PII_KEY)]);
  for (const entry of (env.PII_OLD_KEYS ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const at = entry.indexOf(':');
    if (at < 1) throw new PiiError('PII_OLD_KEYS must be "<id>:<base64>,…"');
    const [id, key] = decodeKey(entry.slice(0, at), entry.slice(at + 1));
    if (keys.has(id)) throw new PiiError(`PII key id "${id}" is given twice`);
    keys.set(id, key);
  }
  if (!local) {
    const devKey = Buffer.from(LOCAL_PII_KEY, 'base64');
    for (const [id, key] of keys) {
      if (id === LOCAL_PII_KEY_ID || key.equals(devKey))
        throw new PiiError('the local development PII key is refused outside the local cloud');
    }
  }
  return piiKeyring(currentId, keys);
}

/**
 * `SUBSCRIBE_TEMPLATES` is the JSON mapping, or base64 of it: the tcb CLI pastes settings into cloudbaserc.json
 * unescaped, so a deployed value cannot carry quotes (scripts/deploy/settings.ts) and goes as base64.
 */
function decodeTemplates(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text || text.startsWith('{')) return text;
  return Buffer.from(text, 'base64').toString('utf8');
}

/** Throws (PiiError) on keys that are missing, malformed or the development key outside the local cloud. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): FunctionConfig {
  return {
    bootstrapAdmins: (env.BOOTSTRAP_ADMIN_OPENIDS ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    idHashKey: env.ID_HASH_KEY || LOCAL_ID_HASH_KEY,
    pii: readPiiKeyring(env),
    contentSafety: isLocalCloud(env) ? 'local' : 'wechat',
    subscribe: parseWechatTemplates(decodeTemplates(env.SUBSCRIBE_TEMPLATES)),
    checkReplies: isLocalCloud(env) && env.CHECK_REPLIES === '1',
    localNow: isLocalCloud(env) && env.LOCAL_NOW && !Number.isNaN(Date.parse(env.LOCAL_NOW)) ? new Date(env.LOCAL_NOW) : null,
  };
}
