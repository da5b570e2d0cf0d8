import { AppError } from '../contract/errors';
import type { LocalizedText } from '../contract/locale';
import { HOLDING_SEAT_STATUSES, type SeatApplication, type TeamInvite } from './model';

/** How long an invite link works; the leader makes a new one (voiding the old) whenever they like. */
export const INVITE_DAYS = 14;

/** A new invite: the next version (so older links stop working), valid `INVITE_DAYS` from now. */
export const nextInvite = (input: { previous: TeamInvite | null | undefined; now: Date }): TeamInvite => ({
  version: (input.previous?.version ?? 0) + 1,
  expiresAt: new Date(input.now.getTime() + INVITE_DAYS * 86_400_000),
});

/** Invites are given and taken only while the application holds seats (pending or approved). */
export const teamOpen = (app: Pick<SeatApplication, 'status'>): boolean => HOLDING_SEAT_STATUSES.includes(app.status);

const refuse = (rule: string, message: LocalizedText, code: 'CONFLICT' | 'QUOTA_EXCEEDED' = 'CONFLICT'): never => {
  throw new AppError(code, { message, details: { rule } });
};

export type JoinStep =
  /** This caller already joined: nothing to write (a second tap, another device). */
  | { kind: 'already' }
  /** The leader listed this person (same identity document) without an account: their entry becomes theirs. */
  | { kind: 'claim'; index: number }
  /** A new member entry. */
  | { kind: 'add' };

/**
 * What joining by a valid invite token does, or why it is refused. Checked in this order: the caller already
 * joined (`already`, even if the link expired or the team closed since); the invite has expired (CONFLICT
 * `invite-expired`); the application no longer holds seats (CONFLICT `team-closed`); the caller is the leader, by
 * account or by identity document (CONFLICT `own-team`); the document is another account's member entry (CONFLICT
 * `already-member`); the leader's entry of this person (`claim`); a team already at `maxTeamSize` people, leader
 * included (QUOTA_EXCEEDED `team-full`).
 */
export function joinStep(input: {
  app: Pick<SeatApplication, 'ownerId' | 'status' | 'leaderIdHash' | 'memberIdHashes' | 'memberOpenIds' | 'invite' | 'team'>;
  openId: string;
  idHash: string;
  maxTeamSize: number;
  now: Date;
}): JoinStep {
  const { app, openId, idHash } = input;
  // Joining again answers the team as it is, whatever became of the link or the team since.
  if ((app.memberOpenIds ?? []).includes(openId)) return { kind: 'already' };
  if (!app.invite || new Date(app.invite.expiresAt).getTime() <= input.now.getTime()) {
    refuse('invite-expired', {
      'zh-CN': '邀请链接已过期，请让队长重新分享',
      en: 'This invite has expired; ask the team leader to share a new one',
    });
  }
  if (!teamOpen(app)) {
    refuse('team-closed', { 'zh-CN': '该团队的工位申请已结束，无法加入', en: "This team's seat application is no longer active" });
  }
  if (app.ownerId === openId || (idHash !== '' && app.leaderIdHash === idHash)) {
    refuse('own-team', { 'zh-CN': '您是该团队的队长，无需加入', en: 'You lead this team; there is nothing to join' });
  }
  const index = app.memberIdHashes.findIndex((hash) => hash !== '' && hash === idHash);
  if (index >= 0) {
    if (app.team.members[index]?.openId) {
      refuse('already-member', { 'zh-CN': '该证件已是团队成员', en: 'This identity document is already a member of the team' });
    }
    return { kind: 'claim', index };
  }
  if (1 + app.team.members.length >= input.maxTeamSize) {
    refuse(
      'team-full',
      { 'zh-CN': `团队已满（最多 ${input.maxTeamSize} 人）`, en: `The team is full (at most ${input.maxTeamSize} people)` },
      'QUOTA_EXCEEDED',
    );
  }
  return { kind: 'add' };
}
