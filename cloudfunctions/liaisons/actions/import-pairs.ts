import { defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import { parsePairCsv } from '../../../core/liaisons/pairs';
import type { ActionContext } from '../../_shared/handler';
import { importRows } from '../../_shared/liaisons/pairing';

/** Assigns and reassigns pairs in bulk from a CSV (`liaisonId,talentId`): all rows or none. District admin. */
export const importPairs = defineAction<ActionContext>()({
  ...liaisonsApi.importPairs,
  roles: ['admin'],
  handler: (input, ctx) => importRows(ctx, parsePairCsv(input.csv), input.dryRun),
});
