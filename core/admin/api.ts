import type { ContractTable } from '../contract/define-action';
import {
  auditLogReply,
  calendarsReply,
  categoriesReply,
  categoryView,
  loadCalendarReply,
  staffUserView,
  stationAdminView,
  stationsReply,
  unitsReply,
  unitView,
  usersReply,
} from './replies';
import {
  auditLogInput,
  listInput,
  loadCalendarInput,
  saveCategoryInput,
  saveUnitInput,
  setCapacityInput,
  setPolicyInput,
  setProfileInput,
  setRoleInput,
  usersInput,
} from './schemas';

/** The `admin` function's actions: what each takes and what it answers (core/api.ts). */
export const adminApi = {
  stations: { input: listInput, output: stationsReply },
  setCapacity: { input: setCapacityInput, output: stationAdminView },
  setPolicy: { input: setPolicyInput, output: stationAdminView },
  setProfile: { input: setProfileInput, output: stationAdminView },
  categories: { input: listInput, output: categoriesReply },
  saveCategory: { input: saveCategoryInput, output: categoryView },
  units: { input: listInput, output: unitsReply },
  saveUnit: { input: saveUnitInput, output: unitView },
  users: { input: usersInput, output: usersReply },
  setRole: { input: setRoleInput, output: staffUserView },
  calendars: { input: listInput, output: calendarsReply },
  loadCalendar: { input: loadCalendarInput, output: loadCalendarReply },
  auditLog: { input: auditLogInput, output: auditLogReply },
} satisfies ContractTable;
