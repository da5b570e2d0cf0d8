import * as z from 'zod';
import { applicationId } from '../stays/fields';
import { text } from '../contract/text';

/** `workspaces.refer`: send the team to a partner incubator instead; its seats are released. */
export const referInput = z
  .object({ id: applicationId, incubator: text({ min: 2, max: 100 }), note: text({ min: 0, max: 500, multiline: true }).optional() })
  .strict();
