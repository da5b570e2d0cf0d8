import * as z from 'zod';
import { identityDocument } from '../documents';
import { mainlandMobile } from '../stays/fields';
import { text } from '../contract/text';

/**
 * A team member besides the leader, as the leader adds them or as they give it themselves when joining by invite:
 * name, mainland mobile and identity document. The document stays required: a member's free stay (up to 14 nights)
 * is matched to the team by it, and the operator checks it at move-in (`workspaces.reveal`).
 */
export const memberInput = z
  .object({
    name: text({ max: 60 }),
    phone: mainlandMobile,
    identityDocument,
  })
  .strict();
export type MemberInput = z.infer<typeof memberInput>;
