import type { ContractTable } from '../contract/define-action';
import { listInput } from './list.schema';
import { networkReply } from './replies';

/** The `stations` function's actions: what each takes and what it answers (core/api.ts). */
export const stationsApi = {
  list: { input: listInput, output: networkReply },
} satisfies ContractTable;
