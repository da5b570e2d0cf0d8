import {
  bucketsFor,
  COUNTERS,
  emptyTotals,
  HISTOGRAM_MAX,
  kpiRow,
  periodDates,
  rankUnits,
  type CounterTotals,
  type Period,
} from '../../core/kpi';
import type * as z from 'zod';
import type { kpiTableReply } from '../../core/reports/replies';
import { addDays, shanghaiDate } from '../../core/dates';
import { waitingTimes } from '../../core/housing/kpi';
import { occupancyRate } from '../../core/housing/occupancy';
import { COLLECTIONS } from '../_shared/collections';
import { activeBuildings, offeredInPeriod, unitsOf } from '../_shared/housing/repository';
import type { Database } from '../_shared/cloud';
import { allCatalog } from '../_shared/requests/catalog';
import { sumCounters } from '../_shared/requests/counters';

/**
 * The KPI table for a period, summed by the database: one `$match` on the period's counter buckets (whole months
 * plus the edge days) and one `$group` by unit. The work grows with units × buckets, never with requests.
 */
export async function kpiTable(db: Database, period: Period): Promise<z.output<typeof kpiTableReply>> {
  const range = periodDates(period);
  const [requests, housing] = await Promise.all([requestKpis(db, range), housingFigures(db, range)]);
  return { ...requests, housing };
}

/**
 * Per active building: the share of the period's unit-days leased (the units' lease periods, core occupancyRate)
 * and the days from application to the offers made in the period (core waitingTimes).
 */
async function housingFigures(db: Database, range: { from: string; to: string }) {
  const rows = await Promise.all(
    (await activeBuildings(db)).map(async (building) => {
      const [units, offered] = await Promise.all([
        unitsOf(db, building._id),
        offeredInPeriod(db, { buildingId: building._id, from: range.from, to: range.to }),
      ]);
      const occupancies = units.flatMap((u) =>
        u.periods.filter((p) => p.kind === 'lease').map((p) => ({ unitId: u._id, start: p.start, end: p.end, holderId: p.holderId })),
      );
      const waits = waitingTimes(
        offered.map((a) => ({ submittedOn: shanghaiDate(new Date(a.submittedAt)), offeredOn: a.offer!.offeredOn })),
      );
      return {
        buildingId: building._id,
        name: building.name,
        units: units.length,
        occupancyRate: occupancyRate({ unitCount: units.length, occupancies, from: range.from, to: addDays(range.to, 1) }),
        offers: waits.offers,
        waitMedianDays: waits.medianDays,
        waitP90Days: waits.p90Days,
      };
    }),
  );
  return rows.sort((a, b) => a.buildingId.localeCompare(b.buildingId));
}

async function requestKpis(db: Database, range: { from: string; to: string }): Promise<Omit<z.output<typeof kpiTableReply>, 'housing'>> {
  const { months, days } = bucketsFor(range);
  const [units, categories] = await Promise.all([allCatalog(db, COLLECTIONS.units), allCatalog(db, COLLECTIONS.categories)]);
  const $ = db.command.aggregate;
  const group: Record<string, unknown> = { _id: '$unitId' };
  for (const counter of COUNTERS) group[counter] = $.sum(`$${counter}`);
  for (let d = 0; d <= HISTOGRAM_MAX; d += 1) group[`h${d}`] = $.sum(`$resolveDays.d${d}`);
  categories.forEach((c, i) => {
    group[`c${i}`] = $.sum(`$byCategory.${c._id}`);
  });
  const list = await sumCounters(db, [...months, ...days], group);

  const totalsByUnit = new Map<string, CounterTotals>();
  for (const row of list) {
    const totals = emptyTotals();
    for (const counter of COUNTERS) totals[counter] = row[counter] ?? 0;
    totals.resolveDays = totals.resolveDays.map((_, d) => row[`h${d}`] ?? 0);
    categories.forEach((c, i) => {
      if (row[`c${i}`]) totals.byCategory[c._id] = row[`c${i}`];
    });
    totalsByUnit.set(row._id, totals);
  }

  const district = emptyTotals();
  for (const totals of totalsByUnit.values()) {
    for (const counter of COUNTERS) district[counter] += totals[counter];
    totals.resolveDays.forEach((n, d) => (district.resolveDays[d] += n));
    for (const [c, n] of Object.entries(totals.byCategory)) district.byCategory[c] = (district.byCategory[c] ?? 0) + n;
  }
  const rows = units.map((unit) => ({ unitId: unit._id, name: unit.name, kpi: kpiRow(totalsByUnit.get(unit._id) ?? emptyTotals()) }));
  return {
    period: range,
    units: rankUnits(rows),
    district: kpiRow(district),
    byCategory: categories.map((c) => ({ category: c._id, name: c.name, received: district.byCategory[c._id] ?? 0 })),
  };
}
