import { callFunction, type Envelope, type Reply } from './api';

/** The policies that fit the caller's talent profile (the home card counts them; the policies subpackage lists them). */
export const forMe = (): Promise<Envelope<Reply<'policies', 'forMe'>>> => callFunction('policies', 'forMe', {}, { loading: false });
