import * as z from 'zod';
import { applicationId } from '../stays/fields';

/** `workspaces.refer`: send the team to a partner incubator instead; its seats are released. */
export const referInput = z.object({ id: applicationId, incubator: z.string().trim().min(2).max(100), note: z.string().trim().max(500).optional() }).strict();
