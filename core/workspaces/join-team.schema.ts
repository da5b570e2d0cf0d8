import * as z from 'zod';
import { applicationId } from '../stays/fields';
import { inviteToken } from './invite.schema';
import { memberInput } from './member.schema';

/** `workspaces.joinTeam`: someone with the leader's invite link joins the team, as themselves (the caller). */
export const joinTeamInput = z.object({ id: applicationId, token: inviteToken, member: memberInput }).strict();
export type JoinTeamInput = z.infer<typeof joinTeamInput>;
