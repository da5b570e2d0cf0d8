import { AppError, defineAction } from '../../../core/contract';
import { housingApi } from '../../../core/housing/api';
import type { ApartmentBuilding, ApartmentEmployer, ApartmentUnit } from '../../../core/housing/records';
import type { User } from '../../../core/account/user';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { findBuilding, toBuildingView } from '../../_shared/housing/store';

const action = defineAction<ActionContext>();
const ADMIN = ['admin'] as const;

const audit = (ctx: ActionContext, name: string, collection: string, id: string, note?: Record<string, unknown>) =>
  recordAudit({ ...ctx, action: `housing.${name}` }, { target: { collection, id }, before: null, after: null, ...(note ? { note } : {}) });

/** Creates or replaces a building's description; its unit types and policy are kept. */
export const saveBuilding = action({
  ...housingApi.saveBuilding,
  roles: ADMIN,
  async handler(input, ctx) {
    const { data } = await ctx.db.collection(COLLECTIONS.stations).where({ _id: input.stationId }).limit(1).get();
    if (data.length === 0)
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
    const { _id, ...stored } = building;
    await ctx.db.collection(COLLECTIONS.apartmentBuildings).doc(_id).set(stored);
    await audit(ctx, 'saveBuilding', COLLECTIONS.apartmentBuildings, _id);
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
    await ctx.db
      .collection(COLLECTIONS.apartmentBuildings)
      .doc(building._id)
      .update({ [`unitTypes.${input.type}`]: ctx.db.command.set(spec), updatedAt: ctx.now });
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
    const { data } = await ctx.db.collection(COLLECTIONS.apartmentUnits).where({ _id: input.id }).limit(1).get();
    const existing = data[0] as ApartmentUnit | undefined;
    const fields = { number: input.number, floor: input.floor, type: input.type, status: input.status, updatedAt: ctx.now };
    if (existing) {
      if (existing.buildingId !== building._id) throw new AppError('CONFLICT');
      if (existing.type !== input.type && existing.periods.length > 0) throw new AppError('CONFLICT');
      // On the version, like every change of a unit: a period written meanwhile makes this a CONFLICT to retry.
      const { updated } = await ctx.db
        .collection(COLLECTIONS.apartmentUnits)
        .where({ _id: existing._id, version: existing.version })
        .update({ ...fields, version: existing.version + 1 });
      if (updated !== 1) throw new AppError('CONFLICT');
      await audit(ctx, 'saveUnit', COLLECTIONS.apartmentUnits, existing._id, { status: input.status });
      return { ...existing, ...fields, version: existing.version + 1 };
    }
    const unit: ApartmentUnit = { _id: input.id, buildingId: building._id, ...fields, periods: [], version: 0 };
    await ctx.db.collection(COLLECTIONS.apartmentUnits).add(unit);
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
    await ctx.db
      .collection(COLLECTIONS.apartmentBuildings)
      .doc(building._id)
      .update({ policy: ctx.db.command.set(input.policy), updatedAt: ctx.now });
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
      const { data } = await ctx.db
        .collection(COLLECTIONS.users)
        .where({ _id: ctx.db.command.in(hrOpenIds) })
        .limit(hrOpenIds.length)
        .get();
      const employers = new Set((data as User[]).filter((u) => u.roles.includes('employer')).map((u) => u._id));
      const index = hrOpenIds.findIndex((id) => !employers.has(id));
      if (index !== -1) {
        const message = ctx.locale === 'en' ? 'Not a user with the employer role' : '该用户不是用人单位角色';
        throw new AppError('VALIDATION', { issues: [{ path: `hrOpenIds.${input.hrOpenIds.indexOf(hrOpenIds[index])}`, message }] });
      }
    }
    const employer: ApartmentEmployer = { _id: input.creditCode, name: input.name, hrOpenIds, active: input.active, updatedAt: ctx.now };
    const { _id, ...stored } = employer;
    await ctx.db.collection(COLLECTIONS.apartmentEmployers).doc(_id).set(stored);
    await audit(ctx, 'saveEmployer', COLLECTIONS.apartmentEmployers, _id, { hrOpenIds });
    return employer;
  },
});
