import type * as z from 'zod';
import type { housingApi } from '../housing/api';
import type { staysApi } from '../stays/api';
import type { ContractTable } from './define-action';

/**
 * Every function's actions with their input and reply schemas, as tRPC's router type: the app's `callFunction` is
 * typed by it (a renamed action or a changed reply fails `npm run typecheck` where it is used), and each function's
 * `createMain` is checked against it (cloudfunctions/_shared/handler.ts). Types only: nothing of it is bundled.
 */
export interface Api {
  stays: typeof staysApi;
  housing: typeof housingApi;
}

export type FunctionName = keyof Api;
export type ActionName<F extends FunctionName> = keyof Api[F] & string;
type ContractOf<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends ContractTable[string] ? Api[F][A] : never;
/** What the app sends: the input schema's input (defaults may be left out). */
export type InputOf<F extends FunctionName, A extends ActionName<F>> = z.input<ContractOf<F, A>['input']>;
/** What the handler returns, before JSON: `Wire<…>` of it is what the app receives. */
export type ReplyOf<F extends FunctionName, A extends ActionName<F>> = z.output<ContractOf<F, A>['output']>;
