import { createMain } from '../_shared/handler';
import { auditLog } from './actions/audit-log';
import { calendars, loadCalendar } from './actions/calendars';
import { categories, saveCategory, saveUnit, units } from './actions/catalog';
import { setRole, users } from './actions/roles';
import { setCapacity, setPolicy, setProfile, stations } from './actions/stations';

/** admin (district admin only): stations, their rules and profiles, categories, units, roles, the calendar, the audit log. */
export const main = createMain('admin', {
  stations,
  setCapacity,
  setPolicy,
  setProfile,
  categories,
  saveCategory,
  units,
  saveUnit,
  users,
  setRole,
  calendars,
  loadCalendar,
  auditLog,
});
