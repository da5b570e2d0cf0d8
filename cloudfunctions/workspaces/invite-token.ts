import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TeamInvite } from '../../core/workspaces/model';

/**
 * An invite link's token: HMAC-SHA256 over the application, the invite's version and its expiry, under a key
 * derived from `ID_HASH_KEY` for this one purpose; 128 bits, base64url. Nothing secret is stored: the token is
 * computed again to check it (in constant time), and a new version voids every earlier link.
 */
export function inviteToken(key: string, appId: string, invite: TeamInvite): string {
  const purposeKey = createHmac('sha256', key).update('workspaces.invite.v1').digest();
  return createHmac('sha256', purposeKey)
    .update(`${appId}:${invite.version}:${new Date(invite.expiresAt).getTime()}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

export function tokenMatches(key: string, appId: string, invite: TeamInvite | null | undefined, token: string): boolean {
  if (!invite) return false;
  const expected = Buffer.from(inviteToken(key, appId, invite));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Where the link opens: the join page of the apply subpackage (the token is no personal data). */
export const invitePath = (appId: string, token: string): string =>
  `/apply/pages/join/index?id=${encodeURIComponent(appId)}&token=${token}`;
