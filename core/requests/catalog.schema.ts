import * as z from 'zod';
import type { catalogReply } from './replies';

/** `catalog` takes nothing: the active categories and units are the same for every caller. */
export const catalogInput = z.object({}).strict().optional();

/** What the request form picks from and what a request's timeline names (its reply schema, replies.ts). */
export type Catalog = z.output<typeof catalogReply>;
export type CatalogEntry = Catalog['units'][number];
