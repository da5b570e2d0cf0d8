import * as z from 'zod';
import type { LocalizedText } from '../contract/locale';

/** `catalog` takes nothing: the active categories and units are the same for every caller. */
export const catalogInput = z.object({}).strict().optional();

export interface CatalogEntry {
  id: string;
  name: LocalizedText;
}

/** What the request form picks from and what a request's timeline names: active categories (in order) and units. */
export interface Catalog {
  categories: CatalogEntry[];
  units: CatalogEntry[];
}
