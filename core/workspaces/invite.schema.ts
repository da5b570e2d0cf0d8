import * as z from 'zod';
import { applicationId } from '../stays/fields';

/** An invite link's token: base64url of a MAC (cloudfunctions/workspaces/invite-token.ts). */
export const inviteToken = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/** `workspaces.invite`: the leader's invite link; `renew` voids the links shared so far and makes a new one. */
export const inviteInput = z.object({ id: applicationId, renew: z.boolean().optional() }).strict();

/** `workspaces.invitation`: what an invite link opens, before joining. */
export const invitationInput = z.object({ id: applicationId, token: inviteToken }).strict();
