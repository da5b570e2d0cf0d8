import { readFileSync } from 'node:fs';
import { FUNCTION_BUDGET_BYTES } from '../build-functions';

/** CPU time (ms) a process has used so far, all its threads, from /proc on Linux; NaN elsewhere. */
export function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Every figure printed in this process, by name (the last value wins), for `brokenFigures`. */
export const reported = new Map<string, number>();

/** Prints one figure per line as `name: value` (DESIGN.md, "Budgets"): numbers only, the unit in the name. */
export function report(name: string, value: number): void {
  reported.set(name, value);
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  console.log(`${name}: ${rounded}`);
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * What a bench run may fail on, as sentences (empty when none): a broken invariant (`*.overbooked`,
 * `*.overallocated` other than 0) or a size budget (`fn.<name>.bundle_bytes` over FUNCTION_BUDGET_BYTES). Times
 * never fail a run: the machine is shared, so they are figures to read, not to judge (docs/benchmarks.md).
 */
export function brokenFigures(figures: ReadonlyMap<string, number>): string[] {
  const problems: string[] = [];
  for (const [name, value] of figures) {
    if (/\.(overbooked|overallocated)$/.test(name) && value !== 0) problems.push(`${name} is ${value}, not 0`);
    if (/^fn\.[^.]+\.bundle_bytes$/.test(name) && value > FUNCTION_BUDGET_BYTES)
      problems.push(`${name} is ${value}, over the budget of ${FUNCTION_BUDGET_BYTES}`);
  }
  return problems;
}
