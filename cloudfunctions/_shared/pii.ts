import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Seal, Sealed } from '../../core/personal-data';

/**
 * The keys personal data is sealed with (AES-256-GCM). New values are sealed with `current`; a stored value is
 * opened with the key its `kid` names, so after a rotation the old key stays in `keys` until every value sealed
 * with it has been sealed again.
 */
export interface PiiKeyring {
  currentId: string;
  /** Key id → 32-byte key; always contains `currentId`. */
  keys: ReadonlyMap<string, Buffer>;
}

/** A sealed value that cannot be opened: unknown key, or altered (GCM authentication failed). Never holds the value. */
export class PiiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PiiError';
  }
}

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_ID = /^[A-Za-z0-9._-]{1,40}$/;

/** Builds a keyring, checking every key is 32 bytes and every id well formed. */
export function piiKeyring(currentId: string, keys: ReadonlyMap<string, Buffer>): PiiKeyring {
  for (const [id, key] of keys) {
    if (!KEY_ID.test(id)) throw new PiiError(`PII key id "${id}" must be 1–40 letters, digits, '.', '_' or '-'`);
    if (key.length !== 32) throw new PiiError(`PII key "${id}" must be 32 bytes (base64), got ${key.length}`);
  }
  if (!keys.has(currentId)) throw new PiiError(`PII key "${currentId}" is not in the keyring`);
  return { currentId, keys };
}

/** Seals one value with the current key and a fresh random 12-byte IV. The key id is bound in as associated data. */
export function sealValue(keyring: PiiKeyring, plain: string): Sealed {
  const kid = keyring.currentId;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, keyring.keys.get(kid) as Buffer, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(kid, 'utf8'));
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return { kid, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64') };
}

/** Opens a sealed value with the key its `kid` names; PiiError if that key is unknown or the value was altered. */
export function openValue(keyring: PiiKeyring, sealed: Sealed): string {
  const key = keyring.keys.get(sealed.kid);
  if (!key) throw new PiiError(`PII key "${sealed.kid}" is not in the keyring (PII_KEY / PII_OLD_KEYS)`);
  const iv = Buffer.from(sealed.iv, 'base64');
  const tag = Buffer.from(sealed.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new PiiError('sealed value is malformed');
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(sealed.kid, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new PiiError(`sealed value does not authenticate under key "${sealed.kid}" (altered, or sealed with another key)`);
  }
}

/** The `Seal` core's constructors take. */
export const sealerOf =
  (keyring: PiiKeyring): Seal =>
  (plain) =>
    sealValue(keyring, plain);
