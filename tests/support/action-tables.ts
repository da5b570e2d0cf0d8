import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnyActionSpec } from '../../core/contract';
import type { ActionContext, FunctionMain } from '../../cloudfunctions/_shared/handler';

const FUNCTIONS_DIR = resolve(__dirname, '../../cloudfunctions');

export interface ActionEntry {
  fn: string;
  action: string;
  spec: AnyActionSpec<ActionContext>;
}

/**
 * Every action of every function, read from the tables the functions route (`createMain(name, table)` hands its
 * table back on `main.actions`). Folders are listed, not named, so a new function or action is covered without
 * editing any test; a function whose `main` carries no table fails here instead of being skipped.
 */
export function allActions(): ActionEntry[] {
  const entries: ActionEntry[] = [];
  for (const fn of readdirSync(FUNCTIONS_DIR)
    .filter((d) => !d.startsWith('_') && existsSync(join(FUNCTIONS_DIR, d, 'main.ts')))
    .sort()) {
    const main = loadMain(fn);
    if (!main || typeof main.actions !== 'object')
      throw new Error(`cloudfunctions/${fn}/main.ts: main carries no action table (use createMain)`);
    for (const [action, spec] of Object.entries(main.actions)) entries.push({ fn, action, spec });
  }
  return entries;
}

/**
 * A function's source module refuses to load without a proper PII key unless it runs in the local cloud
 * (`TCB_ENV=local`, _shared/config.ts); here it is only read for its table, so it loads as the local cloud would.
 */
function loadMain(fn: string): FunctionMain | undefined {
  const before = process.env.TCB_ENV;
  process.env.TCB_ENV = 'local';
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(join(FUNCTIONS_DIR, fn, 'main.ts')) as { main?: FunctionMain }).main;
  } finally {
    if (before === undefined) delete process.env.TCB_ENV;
    else process.env.TCB_ENV = before;
  }
}
