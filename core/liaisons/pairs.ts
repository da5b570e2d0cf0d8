import * as z from 'zod';
import { reason, type Reason } from '../reasons';

/**
 * One row of the pairing import (CSV: liaison's user id, talent's user id): the admin assigns and reassigns pairs
 * in bulk. A talent has one liaison; a row for a talent already paired moves them to the new liaison.
 */
export const pairRowSchema = z
  .object({
    liaisonId: z.string().trim().min(1).max(64),
    talentId: z.string().trim().min(1).max(64),
  })
  .strict();
export type PairRow = z.infer<typeof pairRowSchema>;

export interface PairImportPlan {
  add: PairRow[];
  /** Talents moving to another liaison: their old pair ends. */
  move: { talentId: string; from: string; to: string }[];
  unchanged: number;
  /** Line numbers are 1-based and count the header line, as a spreadsheet shows them. */
  errors: { line: number; reason: Reason }[];
}

/**
 * What importing `rows` would do, given who may be a liaison (unit handlers), who is a talent, and the current
 * pairs. Nothing is written unless the plan has no errors: the shell shows them and writes all or nothing.
 */
export function planPairImport(input: {
  rows: readonly unknown[];
  liaisons: ReadonlySet<string>;
  talents: ReadonlySet<string>;
  current: ReadonlyMap<string, string>;
}): PairImportPlan {
  const plan: PairImportPlan = { add: [], move: [], unchanged: 0, errors: [] };
  const seen = new Map<string, number>();
  input.rows.forEach((raw, i) => {
    const line = i + 2;
    const parsed = pairRowSchema.safeParse(raw);
    if (!parsed.success) {
      plan.errors.push({ line, reason: reason('row-format', '每行须有科长编号和人才编号', 'Each row needs a liaison id and a talent id') });
      return;
    }
    const { liaisonId, talentId } = parsed.data;
    if (!input.liaisons.has(liaisonId)) {
      plan.errors.push({ line, reason: reason('not-a-liaison', `${liaisonId} 不是单位经办人`, `${liaisonId} is not a unit handler`) });
      return;
    }
    if (!input.talents.has(talentId)) {
      plan.errors.push({ line, reason: reason('unknown-talent', `找不到人才 ${talentId}`, `No talent ${talentId}`) });
      return;
    }
    const earlier = seen.get(talentId);
    if (earlier !== undefined) {
      plan.errors.push({
        line,
        reason: reason('talent-twice', `人才 ${talentId} 已在第 ${earlier} 行出现`, `Talent ${talentId} is already on line ${earlier}`),
      });
      return;
    }
    seen.set(talentId, line);
    const currentLiaison = input.current.get(talentId);
    if (currentLiaison === liaisonId) plan.unchanged += 1;
    else if (currentLiaison) plan.move.push({ talentId, from: currentLiaison, to: liaisonId });
    else plan.add.push({ liaisonId, talentId });
  });
  return plan;
}

/**
 * The rows of a pairing CSV (`liaisonId,talentId`, a header line first, as a spreadsheet saves it): cells trimmed,
 * quotes of a quoted cell dropped, blank lines kept as rows so line numbers stay those the admin sees, trailing
 * blank lines dropped. A row without exactly two cells is handed on as is, for `planPairImport` to refuse.
 */
export function parsePairCsv(csv: string): unknown[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const cell = (raw: string) => {
    const trimmed = raw.trim();
    return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
      ? trimmed.slice(1, -1).replaceAll('""', '"').trim()
      : trimmed;
  };
  return lines.slice(1).map((line) => {
    const cells = line.split(',').map(cell);
    return cells.length === 2 ? { liaisonId: cells[0], talentId: cells[1] } : cells;
  });
}
