import { readFileSync } from 'node:fs';

/**
 * A profile of the local cloud under a bench (`CLOUD_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"`) covers the whole
 * run, its setup included. A `.cpuprofile`'s sample times are on the monotonic clock `process.hrtime` reads, in
 * microseconds, in every process of the machine: a bench notes when a phase began and ended on that clock, and
 * `npx tsx scripts/profile-window.ts FILE FROM TO` prints what the profiled thread did in between (self time by
 * script, then by function).
 */
export const profileClock = (): bigint => process.hrtime.bigint() / 1000n;

/** Prints a phase's window when the local cloud is being profiled. */
export function noteProfileWindow(phase: string, from: bigint): void {
  if (process.env.CLOUD_NODE_ARGS?.includes('--cpu-prof')) console.error(`profile window of ${phase}: ${from} ${profileClock()}`);
}

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

function selfTimes(profile: Profile, from: number, to: number): { byScript: Map<string, number>; byFunction: Map<string, number> } {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    if (at < from || at > to) return;
    // A sample's time runs until the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    const frame = frames.get(id);
    if (!frame) return;
    const script = frame.url
      .replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, 'npm:$1')
      .replace(/^.*\/(cloudfunctions|local-cloud)\//, '$1/');
    add(byScript, script || `(${frame.functionName})`, us);
    add(byFunction, `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}`, us);
  });
  return { byScript, byFunction };
}

if (require.main === module) {
  const [file, from, to] = process.argv.slice(2);
  if (!file || !from || !to) throw new Error('usage: npx tsx scripts/profile-window.ts FILE.cpuprofile FROM TO');
  const { byScript, byFunction } = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(from), Number(to));
  const total = [...byScript.values()].reduce((a, b) => a + b, 0);
  const print = (map: Map<string, number>, rows: number) => {
    for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows))
      console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
  };
  console.log(`${(total / 1000).toFixed(0)} ms sampled between ${from} and ${to}`);
  print(byScript, 25);
  console.log('');
  print(byFunction, 40);
}
