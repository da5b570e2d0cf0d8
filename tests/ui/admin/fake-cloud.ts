import type { Role } from '@core/roles';
import type { RequestDetail } from '@/admin/services/staff-api';
import type { Reply } from '@/services/api';
import { mockFetch, type RecordedCall } from '../fetch-mock';

/** What a fake action answers: data (wrapped as ok), or a full envelope via `fail()`. */
export type Handler = (payload: any, call: RecordedCall) => unknown;

const FAIL = Symbol('fail');
export const fail = (code: string, message: string) => ({ [FAIL]: true, ok: false, error: { code, message } });

export const ROLES_OF: Record<string, Role[]> = {
  'demo-applicant': ['applicant'],
  'demo-operator': ['applicant', 'operator'],
  'demo-unit': ['applicant', 'unit'],
  'demo-admin': ['applicant', 'admin'],
};

/**
 * A fake local cloud for the admin screens: `account.me` answers the persona's roles; other `<fn>.<action>`s come
 * from `handlers`; anything else fails the test. Every call is recorded.
 */
export function fakeCloud(handlers: Record<string, Handler>): RecordedCall[] {
  return mockFetch((call) => {
    const fn = call.url.replace('/fn/', '');
    const key = `${fn}.${call.event.action}`;
    const openId = call.headers['X-Dev-OpenId'];
    if (key === 'account.me') {
      return {
        ok: true,
        data: {
          openId,
          roles: ROLES_OF[openId] ?? ['applicant'],
          locale: 'zh-CN',
          displayName: null,
          consent: { currentVersion: 'v', accepted: true, acceptedAt: null, outdated: false },
          stationId: null,
          unitId: null,
        },
      };
    }
    const handler = handlers[key];
    if (!handler) throw new Error(`unexpected call ${key}`);
    const answer = handler(call.event.payload, call);
    return answer && typeof answer === 'object' && FAIL in answer
      ? { ok: false, error: (answer as any).error }
      : { ok: true, data: answer };
  });
}

export const actAs = (openId: string) => localStorage.setItem('dev.openId', openId);

export const byClass = (name: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`.${name}`);
  if (!found) throw new Error(`.${name} is not on the page`);
  return found;
};

export const all = (name: string) => Array.from(document.querySelectorAll<HTMLElement>(`.${name}`));

export const callsOf = (calls: RecordedCall[], key: string) =>
  calls.filter((c) => `${c.url.replace('/fn/', '')}.${c.event.action}` === key);

export const UNITS = [
  { id: 'unit-hrss', name: { 'zh-CN': '区人社局', en: 'HRSS' } },
  { id: 'unit-education', name: { 'zh-CN': '区教育局', en: 'Education' } },
];
export const CATEGORIES = [{ id: 'housing', name: { 'zh-CN': '人才安居', en: 'Housing' } }];

/** A list line as `requests.queue`/`inbox` answer it (each adds its own field: `extensionPending`, `role`). */
export const item = (n: number, overrides: Record<string, unknown> = {}) => ({
  ...({
    id: `R-${n}`,
    category: 'housing',
    title: `诉求 ${n}`,
    status: 'submitted',
    tier: null,
    leadUnitId: null,
    dueAt: null,
    dueProvisional: false,
    overdue: false,
    awaitingInfo: false,
    updatedAt: '2026-11-20T02:00:00.000Z',
  } satisfies Reply<'requests', 'mine'>['items'][number]),
  ...overrides,
});

/** A request as staff read it (`toStaffView`): what every staff step answers. */
const DETAIL: RequestDetail = {
  id: 'R-1',
  category: 'housing',
  title: '诉求 1',
  body: '申请人才公寓',
  attachments: [],
  status: 'submitted',
  tier: null,
  leadUnitId: null,
  coUnitIds: [],
  dispatchedAt: null,
  dueAt: null,
  dueDate: null,
  dueProvisional: false,
  resolvedAt: null,
  reply: null,
  rating: null,
  reopenCount: 0,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  applicantId: 'demo-applicant',
  overdue: false,
  extension: null,
  consultations: [],
  openQuestion: null,
  timeline: [{ type: 'submit', at: '2026-11-20T02:00:00.000Z', by: { role: 'applicant' }, visibility: 'public' }],
  version: 1,
};

export const detail = (overrides: Record<string, unknown> = {}): any => ({ ...DETAIL, ...overrides });
