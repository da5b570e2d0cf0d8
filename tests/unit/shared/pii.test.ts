import { randomBytes } from 'node:crypto';
import { openValue, PiiError, piiKeyring, sealValue } from '../../../cloudfunctions/_shared/pii';

const key = () => randomBytes(32);
const ring = (currentId: string, keys: Record<string, Buffer>) => piiKeyring(currentId, new Map(Object.entries(keys)));
const flip = (base64: string) => {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] ^= 1;
  return bytes.toString('base64');
};

describe('sealValue / openValue', () => {
  const k1 = key();
  const keyring = ring('k1', { k1 });

  it('round-trips a value, Chinese and symbols included', () => {
    for (const plain of ['E12345678', '+86 138-0000-0000', '张三 310115199001011234', '']) {
      expect(openValue(keyring, sealValue(keyring, plain))).toBe(plain);
    }
  });

  it('stores { kid, iv, tag, ct } in base64, with a fresh 12-byte IV per value', () => {
    const a = sealValue(keyring, 'E12345678');
    const b = sealValue(keyring, 'E12345678');
    expect(Object.keys(a).sort()).toEqual(['ct', 'iv', 'kid', 'tag']);
    expect(a.kid).toBe('k1');
    expect(Buffer.from(a.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(a.tag, 'base64')).toHaveLength(16);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(JSON.stringify(a)).not.toContain('12345678');
  });

  it.each([
    ['the ciphertext', 'ct'],
    ['the IV', 'iv'],
    ['the tag', 'tag'],
  ] as const)('a tampered %s does not open (PiiError), and the error does not hold the value', (_t, part) => {
    const sealed = sealValue(keyring, 'E12345678');
    const open = () => openValue(keyring, { ...sealed, [part]: flip(sealed[part]) });
    expect(open).toThrow(PiiError);
    expect(open).not.toThrow(/12345678/);
  });

  it('a value relabelled with another key id does not open, even when that key is in the keyring', () => {
    const both = ring('k1', { k1, k2: key() });
    const sealed = sealValue(both, 'E12345678');
    expect(() => openValue(both, { ...sealed, kid: 'k2' })).toThrow(PiiError);
  });

  it('a value sealed with a key id the keyring does not have is refused by name', () => {
    const sealed = sealValue(ring('gone', { gone: key() }), 'E12345678');
    expect(() => openValue(keyring, sealed)).toThrow(/"gone" is not in the keyring/);
  });

  it('after a rotation new values use the new key and old values still open with the old one', () => {
    const before = sealValue(keyring, 'E11111111');
    const rotated = ring('k2', { k2: key(), k1 });
    const after = sealValue(rotated, 'E22222222');
    expect(after.kid).toBe('k2');
    expect(openValue(rotated, before)).toBe('E11111111');
    expect(openValue(rotated, after)).toBe('E22222222');
    // Once k1 is retired from the keyring, what it sealed no longer opens: re-seal before removing it.
    expect(() => openValue(ring('k2', { k2: rotated.keys.get('k2') as Buffer }), before)).toThrow(PiiError);
  });
});

describe('piiKeyring', () => {
  it.each([
    ['a key that is not 32 bytes', 'k', { k: randomBytes(16) }],
    ['a current id missing from the keys', 'k', { other: randomBytes(32) }],
    ['an id with a colon', 'a:b', { 'a:b': randomBytes(32) }],
  ])('refuses %s', (_t, currentId, keys) => {
    expect(() => ring(currentId, keys)).toThrow(PiiError);
  });
});
