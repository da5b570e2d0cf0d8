import type { ContractTable } from '../contract/define-action';
import { askAboutReply, forMeReply, policyPage, policyView } from './replies';
import { askAboutInput, catalogueInput, forMeInput, savePolicyInput, withdrawPolicyInput } from './schemas';

/** The `policies` function's actions: what each takes and what it answers (core/contract/api.ts). */
export const policiesApi = {
  savePolicy: { input: savePolicyInput, output: policyView },
  withdrawPolicy: { input: withdrawPolicyInput, output: policyView },
  catalogue: { input: catalogueInput, output: policyPage },
  forMe: { input: forMeInput, output: forMeReply },
  askAbout: { input: askAboutInput, output: askAboutReply },
} satisfies ContractTable;
