import type { ApplySupportInput } from '@core/housing/support-inputs';
import { callFunction, type CallOptions, type Envelope, type Reply } from '@/services/api';

// Reply types come from the actions' output schemas in core (core/housing/support-api.ts), never from here.
export type SupportView = Reply<'support', 'applySupport'>;
export type SupportPolicyView = Reply<'support', 'supportPolicy'>;

export const policy = (): Promise<Envelope<SupportPolicyView>> => callFunction('support', 'supportPolicy', {});

export const apply = (input: ApplySupportInput, options: CallOptions): Promise<Envelope<SupportView>> =>
  callFunction('support', 'applySupport', input, options);

export const mine = (): Promise<Envelope<Reply<'support', 'mySupport'>>> => callFunction('support', 'mySupport', {});

export const answer = (
  input: { id: string; text: string; documents: ApplySupportInput['documents'] },
  options: CallOptions,
): Promise<Envelope<SupportView>> => callFunction('support', 'answerSupport', input, options);
