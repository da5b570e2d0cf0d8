import type * as z from 'zod';
import type { importReply } from '../../../core/liaisons/replies';
import { planPairImport } from '../../../core/liaisons/pairs';
import { recordAudit } from '../audit';
import { COLLECTIONS } from '../collections';
import type { ActionContext } from '../handler';
import { usersById } from '../users';
import { activePairsOf, newPair, switchPair, todayOf, type PairDoc } from './repository';

/**
 * Plans the rows with core's `planPairImport` against the users they name and the pairs in force, and writes the
 * plan only when it has no errors (and `dryRun` is off): all or nothing as far as the rows go. Each talent's change
 * (the old pair ended, the new one in force) is one transaction; a retry after a failure midway re-plans, finds the
 * rows already written unchanged, and writes the rest.
 */
export async function importRows(ctx: ActionContext, rows: readonly unknown[], dryRun: boolean): Promise<z.input<typeof importReply>> {
  const ids = new Set<string>();
  for (const row of rows) {
    const r = row as { liaisonId?: unknown; talentId?: unknown };
    if (typeof r.liaisonId === 'string') ids.add(r.liaisonId.trim());
    if (typeof r.talentId === 'string') ids.add(r.talentId.trim());
  }
  const users = await usersById(ctx.db, [...ids]);
  const liaisons = new Set([...users.values()].filter((u) => u.roles.includes('unit')).map((u) => u._id));
  const talents = new Set(users.keys());
  const currentPairs = await activePairsOf(
    ctx.db,
    [...ids].filter((id) => talents.has(id)),
  );
  const current = new Map([...currentPairs].map(([talentId, pair]) => [talentId, pair.liaisonId]));
  const plan = planPairImport({ rows, liaisons, talents, current });
  const reply = { added: plan.add.length, moved: plan.move.length, unchanged: plan.unchanged, errors: plan.errors };
  if (plan.errors.length > 0 || dryRun) return { applied: false, ...reply };

  const today = todayOf(ctx);
  const changes = [
    ...plan.add.map((a) => ({ talentId: a.talentId, to: a.liaisonId, old: null as PairDoc | null })),
    ...plan.move.map((m) => ({ talentId: m.talentId, to: m.to, old: currentPairs.get(m.talentId) ?? null })),
  ];
  for (const change of changes) {
    const pair = newPair({ talentId: change.talentId, liaisonId: change.to, pairedOn: today, now: ctx.now });
    await switchPair(ctx.db, { old: change.old, pair, today, now: ctx.now });
    await recordAudit(
      { ...ctx, action: 'liaisons.assign' },
      {
        target: { collection: COLLECTIONS.liaisonPairs, id: change.talentId },
        before: change.old?.liaisonId ?? null,
        after: change.to,
      },
    );
  }
  return { applied: true, ...reply };
}
