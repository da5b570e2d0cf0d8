import type * as z from 'zod';
import { accountApi } from './account/api';
import { adminApi } from './admin/api';
import { eventsApi } from './events/api';
import { housingApi } from './housing/api';
import { tenanciesApi } from './housing/tenancies-api';
import { liaisonsApi } from './liaisons/api';
import { policiesApi } from './policies/api';
import { reportsApi } from './reports/api';
import { requestsApi } from './requests/api';
import { schedulerApi } from './scheduler/api';
import { stationsApi } from './stations/api';
import { staysApi } from './stays/api';
import { supportApi } from './housing/support-api';
import { workspacesApi } from './workspaces/api';
import type { ContractTable } from './contract/define-action';

/**
 * Every function's actions with their input and reply schemas, as tRPC's router: the app's `callFunction` is typed
 * by it (a renamed action or a changed reply fails `npm run typecheck` where it is used), and each function's
 * `createMain` must implement exactly its entry (cloudfunctions/_shared/handler.ts). The app and the functions
 * import only its types; the table itself is read by the tests, which check it against the routed actions.
 */
export const api = {
  account: accountApi,
  admin: adminApi,
  events: eventsApi,
  housing: housingApi,
  liaisons: liaisonsApi,
  policies: policiesApi,
  reports: reportsApi,
  requests: requestsApi,
  scheduler: schedulerApi,
  stations: stationsApi,
  stays: staysApi,
  tenancies: tenanciesApi,
  support: supportApi,
  workspaces: workspacesApi,
} satisfies Record<string, ContractTable>;
export type Api = typeof api;

export type FunctionName = keyof Api;
export type ActionName<F extends FunctionName> = keyof Api[F] & string;
type ContractOf<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends ContractTable[string] ? Api[F][A] : never;
/** What the app sends: the input schema's input (defaults may be left out). */
export type InputOf<F extends FunctionName, A extends ActionName<F>> = z.input<ContractOf<F, A>['input']>;
/** What the handler returns, before JSON: `Wire<…>` of it is what the app receives. */
export type ReplyOf<F extends FunctionName, A extends ActionName<F>> = z.output<ContractOf<F, A>['output']>;
