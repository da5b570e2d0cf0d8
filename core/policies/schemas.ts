import * as z from 'zod';
import { text } from '../contract/text';
import { policySchema } from './model';

/** The inputs of the `policies` function. */

export const policyId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'a-z, 0-9, -' });

/** `savePolicy`: creates or replaces a policy of the catalogue (district admin); `_id` names it. */
export const savePolicyInput = policySchema.extend({ _id: policyId }).strict();

/** `withdrawPolicy`: takes a policy out of the catalogue; it stays stored (requests may name it). */
export const withdrawPolicyInput = z.object({ id: policyId }).strict();

/** `manage`: the admin's list of every policy, withdrawn and not (yet, or no longer) in force included. */
export const manageInput = z.object({}).strict().default({});

/** `catalogue`: the policies in force, searched in either language (every word must match), a page at a time. */
export const catalogueInput = z
  .object({
    query: text({ max: 100, min: 0 }).default(''),
    topic: text({ max: 20, min: 1 }).optional(),
    page: z.number().int().min(0).max(100).default(0),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .strict()
  .default({ query: '', page: 0, pageSize: 20 });

/** `forMe`: the policies that fit the caller's talent profile; `all` adds those that do not. */
export const forMeInput = z
  .object({ all: z.boolean().default(false) })
  .strict()
  .default({ all: false });

/** `askAbout`: a 政策咨询 request about one policy, with the caller's question. */
export const askAboutInput = z
  .object({
    policyId,
    question: text({ max: 900, multiline: true }),
  })
  .strict();
