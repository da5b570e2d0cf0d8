import { AppError, defineAction } from '../../../core/contract';
import { housingApi } from '../../../core/housing/api';
import type { ApartmentBuilding, ApartmentEmployer, ApartmentUnit } from '../../../core/housing/records';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import {
  findUnitOrNull,
  insertUnit,
  putBuilding,
  putEmployer,
  setBuildingPolicy,
  setUnitTypeSpec,
  updateUnitIfVersion,
} from '../../_shared/housing/repository';
import { findBuilding, toBuildingView } from '../../_shared/housing/store';
import { findStation } from '../../_shared/stations';
import { usersById } from '../../_shared/users';

const action = defineAction<ActionContext>();
const ADMIN = ['admin'] as const;

const audit = (ctx: ActionContext, name: string, collection: string, id: string, note?: Record<string, unknown>) =>
  recordAudit({ ...ctx, action: `housing.${name}` }, { target: { collection, id }, before: null, after: null, ...(note ? { note } : {}) });

/** Creates or replaces a building's description; its unit types and policy are kept. */
export const saveBuilding = action({
  ...housingApi.saveBuilding,
  roles: ADMIN,
  async handler(input, ctx) {
    if (!(await findStation(ctx.db, input.stationId)))
      throw new AppError('VALIDATION', {
        issues: [{ path: 'stationId', message: ctx.locale === 'en' ? 'Unknown station' : '驿站不存在' }],
      });
    const existing = await findBuilding(ctx.db, input.id).catch(() => null);
    const { id, ...fields } = input;
    const building: ApartmentBuilding = {
      _id: id,
      ...fields,
      unitTypes: existing?.unitTypes ?? {},
      policy: existing?.policy ?? {},
      updatedAt: ctx.now,
    };
    await putBuilding(ctx.db, building);
    await audit(ctx, 'saveBuilding', COLLECTIONS.apartmentBuildings, building._id);
    return toBuildingView(building);
  },
});

/** One unit type's area, listed monthly rent and deposit in a building. */
export const saveUnitType = action({
  ...housingApi.saveUnitType,
  roles: ADMIN,
  async handler(input, ctx) {
    const building = await findBuilding(ctx.db, input.buildingId);
    const spec = { area: input.area, monthlyRent: input.monthlyRent, deposit: input.deposit };
    await setUnitTypeSpec(ctx.db, { buildingId: building._id, type: input.type, spec, now: ctx.now });
    await audit(ctx, 'saveUnitType', COLLECTIONS.apartmentBuildings, building._id, { type: input.type, ...spec });
    return toBuildingView({ ...building, unitTypes: { ...building.unitTypes, [input.type]: spec }, updatedAt: ctx.now });
  },
});

/**
 * A unit of the inventory, created or edited. Its periods are never edited here; its type cannot change while
 * anything is held on it (an offer or a lease is for the type the household applied for).
 */
export const saveUnit = action({
  ...housingApi.saveUnit,
  roles: ADMIN,
  async handler(input, ctx) {
    const building = await findBuilding(ctx.db, input.buildingId);
    const existing = await findUnitOrNull(ctx.db, input.id);
    const fields = { number: input.number, floor: input.floor, type: input.type, status: input.status, updatedAt: ctx.now };
    if (existing) {
      if (existing.buildingId !== building._id) throw new AppError('CONFLICT');
      if (existing.type !== input.type && existing.periods.length > 0) throw new AppError('CONFLICT');
      // On the version, like every change of a unit: a period written meanwhile makes this a CONFLICT to retry.
      if (!(await updateUnitIfVersion(ctx.db, { id: existing._id, version: existing.version, fields }))) throw new AppError('CONFLICT');
      await audit(ctx, 'saveUnit', COLLECTIONS.apartmentUnits, existing._id, { status: input.status });
      return { ...existing, ...fields, version: existing.version + 1 };
    }
    const unit: ApartmentUnit = { _id: input.id, buildingId: building._id, ...fields, periods: [], version: 0 };
    await insertUnit(ctx.db, unit);
    await audit(ctx, 'saveUnit', COLLECTIONS.apartmentUnits, unit._id, { status: input.status });
    return unit;
  },
});

/** The building's whole apartment policy (core/housing/policy.ts). */
export const setPolicy = action({
  ...housingApi.setPolicy,
  roles: ADMIN,
  async handler(input, ctx) {
    const building = await findBuilding(ctx.db, input.buildingId);
    await setBuildingPolicy(ctx.db, { buildingId: building._id, policy: input.policy, now: ctx.now });
    await audit(ctx, 'setPolicy', COLLECTIONS.apartmentBuildings, building._id);
    return toBuildingView({ ...building, policy: input.policy, updatedAt: ctx.now });
  },
});

/**
 * An employer of the district's register, by unified social credit code, and the users who confirm employment for
 * it: each must hold the employer role (granted by an admin), so the role is bound to the credit code here.
 */
export const saveEmployer = action({
  ...housingApi.saveEmployer,
  roles: ADMIN,
  async handler(input, ctx) {
    const hrOpenIds = [...new Set(input.hrOpenIds)];
    if (hrOpenIds.length > 0) {
      const users = await usersById(ctx.db, hrOpenIds);
      const index = hrOpenIds.findIndex((id) => !users.get(id)?.roles.includes('employer'));
      if (index !== -1) {
        const message = ctx.locale === 'en' ? 'Not a user with the employer role' : '该用户不是用人单位角色';
        throw new AppError('VALIDATION', { issues: [{ path: `hrOpenIds.${input.hrOpenIds.indexOf(hrOpenIds[index])}`, message }] });
      }
    }
    const employer: ApartmentEmployer = { _id: input.creditCode, name: input.name, hrOpenIds, active: input.active, updatedAt: ctx.now };
    await putEmployer(ctx.db, employer);
    await audit(ctx, 'saveEmployer', COLLECTIONS.apartmentEmployers, employer._id, { hrOpenIds });
    return employer;
  },
});
