import type { Role } from '@core/roles';
import type { AdminMessageKey } from '../../i18n';

export interface ConsoleEntry {
  id: string;
  url: string;
  labelKey: AdminMessageKey;
  /** Shown to callers holding any of these roles. Only a convenience: each action checks roles on the server. */
  roles: readonly Role[];
}

/**
 * The console's entries by role. `dispatch`, `inbox`, `kpi` and `settings` are helper 7b's pages (issue 7, in the
 * same subpackage).
 */
export const CONSOLE_ENTRIES: readonly ConsoleEntry[] = [
  { id: 'today', url: '/admin/pages/today/index', labelKey: 'console.entry.today', roles: ['operator'] },
  { id: 'queue', url: '/admin/pages/queue/index', labelKey: 'console.entry.queue', roles: ['operator'] },
  { id: 'check-in', url: '/admin/pages/check-in/index', labelKey: 'console.entry.checkIn', roles: ['operator'] },
  // 7b: request triage and dispatch board.
  { id: 'dispatch', url: '/admin/pages/dispatch/index', labelKey: 'console.entry.dispatch', roles: ['operator', 'admin'] },
  // 7b: the unit handler's inbox.
  { id: 'inbox', url: '/admin/pages/inbox/index', labelKey: 'console.entry.inbox', roles: ['unit'] },
  // 7b: KPI dashboard and exports.
  // Housing support (租房资助, 购房补贴): the queue, each application, disbursements and the finance office's CSV.
  { id: 'support', url: '/admin/pages/support/index', labelKey: 'console.entry.support', roles: ['operator', 'admin'] },
  { id: 'support-policy', url: '/admin/pages/support-policy/index', labelKey: 'console.entry.supportPolicy', roles: ['admin'] },
  { id: 'kpi', url: '/admin/pages/kpi/index', labelKey: 'console.entry.kpi', roles: ['admin'] },
  // 7b: stations, inventory, policies, units, roles, calendar, audit log.
  { id: 'settings', url: '/admin/pages/settings/index', labelKey: 'console.entry.settings', roles: ['admin'] },
  // Issue 15: 双结对, the liaison's talents (unit handlers) and the district's pairs.
  { id: 'liaison-talents', url: '/admin/pages/liaison-talents/index', labelKey: 'console.entry.liaisonTalents', roles: ['unit'] },
  { id: 'liaison-pairs', url: '/admin/pages/liaison-pairs/index', labelKey: 'console.entry.liaisonPairs', roles: ['admin'] },
  // Talent apartments (issue 14): the building's operators allocate and run leases; the admin keeps the inventory.
  {
    id: 'housing-board',
    url: '/admin/pages/housing-board/index',
    labelKey: 'console.entry.housingBoard',
    roles: ['operator', 'admin'],
  },
  {
    id: 'housing-leases',
    url: '/admin/pages/housing-leases/index',
    labelKey: 'console.entry.housingLeases',
    roles: ['operator', 'admin'],
  },
  {
    id: 'housing-blocks',
    url: '/admin/pages/housing-blocks/index',
    labelKey: 'console.entry.housingBlocks',
    roles: ['operator', 'admin'],
  },
  { id: 'housing-inventory', url: '/admin/pages/housing-inventory/index', labelKey: 'console.entry.housingInventory', roles: ['admin'] },
  // Issue 15: events and service projects (create, sign-ups, draw, attendance).
  { id: 'events', url: '/admin/pages/events-list/index', labelKey: 'console.entry.events', roles: ['operator', 'admin'] },
];

export const entriesFor = (roles: readonly Role[]): ConsoleEntry[] =>
  CONSOLE_ENTRIES.filter((entry) => entry.roles.some((role) => roles.includes(role)));
