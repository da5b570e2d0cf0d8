import { randomBytes } from 'node:crypto';
import { LOCAL_PII_KEY, LOCAL_PII_KEY_ID, readConfig } from '../../../cloudfunctions/_shared/config';
import { openValue, sealValue } from '../../../cloudfunctions/_shared/pii';

const b64 = () => randomBytes(32).toString('base64');
/** What CloudBase puts in a function's environment: `TCB_ENV` is the environment's id. */
const onCloudBase = { TENCENTCLOUD_RUNENV: 'SCF', TCB_ENV: 'rencai-prod-8g2x1a' };
const onLocalCloud = { TENCENTCLOUD_RUNENV: 'SCF', TCB_ENV: 'local' };

describe('readConfig: PII keys', () => {
  it('the local cloud without PII_KEY uses the documented development key', () => {
    const { pii } = readConfig(onLocalCloud);
    expect(pii.currentId).toBe(LOCAL_PII_KEY_ID);
    expect(pii.keys.get(LOCAL_PII_KEY_ID)?.toString('base64')).toBe(LOCAL_PII_KEY);
  });

  it('CloudBase without PII_KEY refuses to start', () => {
    expect(() => readConfig(onCloudBase)).toThrow(/PII_KEY is not set/);
  });

  it.each([
    ['given as PII_KEY', { PII_KEY: LOCAL_PII_KEY, PII_KEY_ID: 'prod-1' }],
    ['under its own id', { PII_KEY: b64(), PII_KEY_ID: LOCAL_PII_KEY_ID }],
    ['among the old keys', { PII_KEY: b64(), PII_KEY_ID: 'prod-2', PII_OLD_KEYS: `prod-1:${LOCAL_PII_KEY}` }],
  ])('CloudBase refuses the development key %s', (_t, keys) => {
    expect(() => readConfig({ ...onCloudBase, ...keys })).toThrow(/local development PII key is refused/);
  });

  it('CloudBase with a key and its id seals with it', () => {
    const key = b64();
    const { pii } = readConfig({ ...onCloudBase, PII_KEY: key, PII_KEY_ID: 'prod-1' });
    expect(pii.currentId).toBe('prod-1');
    expect(pii.keys.get('prod-1')?.toString('base64')).toBe(key);
  });

  it.each([
    ['PII_KEY without PII_KEY_ID', { PII_KEY: b64() }, /PII_KEY_ID/],
    ['a key of 16 bytes', { PII_KEY: randomBytes(16).toString('base64'), PII_KEY_ID: 'prod-1' }, /32 bytes/],
    ['old keys without ids', { PII_KEY: b64(), PII_KEY_ID: 'prod-2', PII_OLD_KEYS: b64() }, /PII_OLD_KEYS/],
    ['one id twice', { PII_KEY: b64(), PII_KEY_ID: 'prod-1', PII_OLD_KEYS: `prod-1:${b64()}` }, /twice/],
  ])('refuses %s', (_t, keys, message) => {
    expect(() => readConfig({ ...onCloudBase, ...keys })).toThrow(message);
  });

  it('rotation: PII_OLD_KEYS still opens what the previous key sealed', () => {
    const old = b64();
    const sealed = sealValue(readConfig({ ...onCloudBase, PII_KEY: old, PII_KEY_ID: 'prod-1' }).pii, 'E12345678');
    const { pii } = readConfig({ ...onCloudBase, PII_KEY: b64(), PII_KEY_ID: 'prod-2', PII_OLD_KEYS: ` prod-1:${old} ` });
    expect(pii.currentId).toBe('prod-2');
    expect(openValue(pii, sealed)).toBe('E12345678');
  });
});

describe('readConfig: LOCAL_NOW (tests set the clock of the local cloud only)', () => {
  it.each([
    ['the local cloud takes it', { ...onLocalCloud, LOCAL_NOW: '2026-12-28T02:00:00Z' }, new Date('2026-12-28T02:00:00Z')],
    ['the local cloud ignores a value that is not a time', { ...onLocalCloud, LOCAL_NOW: 'late December' }, null],
    ['unset: the real clock', onLocalCloud, null],
    ['CloudBase ignores it', { ...onCloudBase, PII_KEY: b64(), PII_KEY_ID: 'prod-1', LOCAL_NOW: '2026-12-28T02:00:00Z' }, null],
  ])('%s', (_t, env, expected) => {
    expect(readConfig(env).localNow).toEqual(expected);
  });
});
