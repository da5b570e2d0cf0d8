import type { ContractTable } from '../contract/define-action';
import { runReply } from './replies';
import { runInput } from './run.schema';

/** The `scheduler` function's callable actions (the timer trigger is not one): core/api.ts. */
export const schedulerApi = {
  run: { input: runInput, output: runReply },
} satisfies ContractTable;
