import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

export interface OfflineRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Commands the script ran (any of tcb, npx, cloudbase), as they were called. */
  ran: string[];
}

/**
 * Runs a TypeScript script as `npm run` would (tsx), with every network call refused (support/no-network.cjs)
 * and `tcb`, `npx` and `cloudbase` on PATH replaced by stand-ins that only record that they were called.
 */
export function runOffline(script: string, args: string[], env: Record<string, string> = {}): OfflineRun {
  const bin = mkdtempSync(join(tmpdir(), 'offline-bin-'));
  const log = join(bin, 'ran.log');
  try {
    for (const name of ['tcb', 'npx', 'cloudbase']) {
      writeFileSync(join(bin, name), `#!/bin/sh\necho "${name} $*" >> "${log}"\n`);
      chmodSync(join(bin, name), 0o755);
    }
    const run = spawnSync(
      process.execPath,
      ['--require', join(__dirname, 'no-network.cjs'), '--import', 'tsx', join(ROOT, script), ...args],
      { cwd: ROOT, encoding: 'utf8', env: { PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? bin, ...env } },
    );
    const ran = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, ran };
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}
