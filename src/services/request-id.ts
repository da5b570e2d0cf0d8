/**
 * A client-made id for one submit (DESIGN.md: every submit is idempotent by `requestId`): milliseconds in base 36
 * followed by 12 random base-36 characters, 20 characters in all. `crypto.getRandomValues` is used where it exists;
 * the mini-program runtime has no `crypto`, and uniqueness per user per moment is all the server relies on.
 */
export function newRequestId(): string {
  return Date.now().toString(36).padStart(8, '0') + randomChars(12);
}

function randomChars(count: number): string {
  const bytes = new Uint8Array(count);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') {
    crypto.getRandomValues(bytes);
  } else {
    for (let i = 0; i < count; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  }
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
}
