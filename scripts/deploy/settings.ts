import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_ID_HASH_KEY, LOCAL_PII_KEY, LOCAL_PII_KEY_ID } from '../../cloudfunctions/_shared/config';

/**
 * The deployment settings every function gets as environment variables (`envVariables` in cloudbaserc.json, each
 * `{{env.NAME}}`: the tcb CLI fills them in from the deployer's environment, or `.env` / `.env.local`). A deploy
 * replaces a function's whole environment, so every setting must be given at every deploy, not only the first.
 */
export interface DeploySetting {
  name: string;
  required: boolean;
  /** Printed as set / missing only; the value never appears in a plan or a log. */
  secret: boolean;
  about: string;
}

export const DEPLOY_SETTINGS: DeploySetting[] = [
  {
    name: 'BOOTSTRAP_ADMIN_OPENIDS',
    required: false,
    secret: false,
    about: 'openids (comma-separated) that become admin at their first sign-in; the first admin of a new environment',
  },
  {
    name: 'ID_HASH_KEY',
    required: true,
    secret: true,
    about: 'HMAC key of the one-free-stay-per-person check; changing it forgets every earlier stay',
  },
  { name: 'PII_KEY', required: true, secret: true, about: 'base64 of 32 random bytes: encrypts identity numbers and phones at rest' },
  { name: 'PII_KEY_ID', required: true, secret: false, about: 'the name of PII_KEY, stored beside each sealed value' },
  { name: 'PII_OLD_KEYS', required: false, secret: true, about: '<id>:<base64>,… keys of before a rotation, still able to open' },
  {
    name: 'SUBSCRIBE_TEMPLATES',
    required: false,
    secret: false,
    about: 'base64 of the JSON notice → WeChat template mapping (README, "Notifications"); unset: no subscribe messages',
  },
];

/**
 * Read by the functions but provided by CloudBase itself (the caller's identity per call, the environment's id):
 * never set in cloudbaserc.json.
 */
export const PLATFORM_VARIABLES = ['TCB_ENV', 'WX_OPENID', 'WX_APPID', 'WX_UNIONID'];

/** Read only in the local cloud (`TCB_ENV=local`) and ignored on CloudBase: never deployed. */
export const LOCAL_ONLY_VARIABLES = ['LOCAL_NOW', 'CHECK_REPLIES'];

/** Credentials of `npm run deploy` / `npm run provision`: names only, values are never printed. */
export const CREDENTIALS = ['TCB_ENV_ID', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'] as const;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every environment variable the functions' sources read (`env.NAME`), platform variables aside: what
 * cloudbaserc.json must set. Read from the sources rather than by calling `readConfig`, which stops at the first
 * setting it refuses.
 */
export function variablesReadByFunctions(functionsDir: string): string[] {
  const names = new Set<string>();
  for (const file of sources(functionsDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]*)\b|\benv\[['"]([A-Z][A-Z0-9_]*)['"]\]/g)) {
      names.add(match[1] ?? match[2]);
    }
  }
  return [...names].filter((name) => !PLATFORM_VARIABLES.includes(name) && !LOCAL_ONLY_VARIABLES.includes(name)).sort();
}

/**
 * What is wrong with the settings in `env` for a real deploy; [] when nothing. Values are checked, never echoed.
 * The CLI pastes them into cloudbaserc.json's JSON text unescaped, so a quote or backslash would corrupt it.
 */
export function settingProblems(env: NodeJS.ProcessEnv, settings = DEPLOY_SETTINGS): string[] {
  const problems: string[] = [];
  for (const { name, required } of settings) {
    const value = env[name];
    if (!value) {
      if (required) problems.push(`${name} is not set`);
      continue;
    }
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    if (/["\\\u0000-\u001f]/.test(value)) problems.push(`${name} contains a quote, backslash or control character`);
  }
  const idHashKey = env.ID_HASH_KEY;
  if (idHashKey && (idHashKey === LOCAL_ID_HASH_KEY || idHashKey.length < 32)) {
    problems.push('ID_HASH_KEY must be a long random value (32+ characters), not the local development key');
  }
  if (env.PII_KEY && Buffer.from(env.PII_KEY, 'base64').length !== 32) problems.push('PII_KEY must be base64 of 32 bytes');
  if (env.PII_KEY === LOCAL_PII_KEY || env.PII_KEY_ID === LOCAL_PII_KEY_ID || env.PII_OLD_KEYS?.includes(LOCAL_PII_KEY)) {
    problems.push('the local development PII key (or its id) cannot be deployed');
  }
  return problems;
}
