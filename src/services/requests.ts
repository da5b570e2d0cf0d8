import type { InputOf } from '@core/api';
import { callFunction, type CallOptions, type Envelope, type Reply } from './api';

// Reply types come from the actions' output schemas in core (core/requests/api.ts), never from here.
/** A request as its applicant reads it (public steps only, no staff identities). */
export type RequestView = Reply<'requests', 'submit'>;
export type RequestPage = Reply<'requests', 'mine'>;
export type RequestListItem = RequestPage['items'][number];
export type TimelineItem = RequestView['timeline'][number];
export type Catalog = Reply<'requests', 'catalog'>;
export type CatalogEntry = Catalog['units'][number];

/** The categories to pick from and the units a timeline may name. */
export const catalog = (): Promise<Envelope<Catalog>> => callFunction('requests', 'catalog', undefined, { loading: false });

export const mine = (page = 0, pageSize = 20): Promise<Envelope<RequestPage>> =>
  callFunction('requests', 'mine', { page, pageSize }, { loading: false });

/** The applicant's view; a caller who is also staff for the request gets the staff view, which includes it. */
export const get = (id: string): Promise<Envelope<RequestView>> => callFunction('requests', 'get', { id });

/** Pass the same `requestId` when the user retries a failed submit, so nothing is filed twice. */
export const submit = (input: InputOf<'requests', 'submit'>, options: CallOptions = {}): Promise<Envelope<RequestView>> =>
  callFunction('requests', 'submit', input, options);

export const addInfo = (input: InputOf<'requests', 'addInfo'>, options: CallOptions = {}): Promise<Envelope<RequestView>> =>
  callFunction('requests', 'addInfo', input, options);

export const rate = (input: InputOf<'requests', 'rate'>, options: CallOptions = {}): Promise<Envelope<RequestView>> =>
  callFunction('requests', 'rate', input, options);
