import type { ContractTable } from '../contract/define-action';
import { askAboutReply, forMeReply, policyList, policyPage, policyView } from './replies';
import { askAboutInput, catalogueInput, forMeInput, manageInput, savePolicyInput, withdrawPolicyInput } from './schemas';

/** The `policies` function's actions: what each takes and what it answers (core/api.ts). */
export const policiesApi = {
  savePolicy: { input: savePolicyInput, output: policyView },
  withdrawPolicy: { input: withdrawPolicyInput, output: policyView },
  manage: { input: manageInput, output: policyList },
  catalogue: { input: catalogueInput, output: policyPage },
  forMe: { input: forMeInput, output: forMeReply },
  askAbout: { input: askAboutInput, output: askAboutReply },
} satisfies ContractTable;
