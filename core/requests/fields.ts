import * as z from 'zod';
import { text } from '../contract/text';

/** Pieces the action schemas share. */
export const requestId = z.string().trim().min(1).max(64);
export const unitId = z.string().trim().min(1).max(64);
/** Cloud storage file ids (`cloud://…`) of files the client uploaded first. */
export const attachments = z.array(z.string().trim().min(1).max(512)).max(6);
/** One of TIERS (statuses.ts). */
export const tier = z.union([z.literal(5), z.literal(7), z.literal(15)]);
/** Free text a person types, several lines allowed (core/contract/text.ts). */
export const longText = (max: number, min = 1) => text({ max, min, multiline: true });
export const page = z.object({ page: z.number().int().min(0).max(1000).default(0), pageSize: z.number().int().min(1).max(50).default(20) });
