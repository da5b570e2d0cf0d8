import { BUNDLE_FILE } from '../code-cache';
import type { Bundle, DeployPlan } from './plan';
import { CREDENTIALS, DEPLOY_SETTINGS } from './settings';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function bundleText({ bytes, stale }: Bundle): string {
  if (bytes === null) return 'not built yet (the deploy builds it first)';
  return `${kb(bytes)} (${bytes} bytes)${stale ? ', older than its sources: the deploy rebuilds it first' : ''}`;
}

/** Quotes what a shell would split, so a printed command can be pasted as it is. */
export const shellText = (argv: string[]) => argv.map((a) => (/^[\w@./:$=-]+$/.test(a) ? a : `'${a}'`)).join(' ');

/** The dry-run report: names and sizes only; no value of a setting or credential is ever part of it. */
export function formatPlan(plan: DeployPlan, env: NodeJS.ProcessEnv): string {
  const isSet = (name: string) => (env[name] ? 'set' : 'not set');
  const lines = [
    'Deploy plan (dry run: nothing is uploaded, nothing is run, no network)',
    '',
    `target environment  ${plan.envId}`,
    `tcb CLI             ${shellText(plan.cli)}`,
    `credentials         ${CREDENTIALS.map((name) => `${name} ${isSet(name)}`).join(', ')}`,
    '',
    "settings (environment variables of every function, filled in from the deployer's environment):",
    ...DEPLOY_SETTINGS.map(
      (s) => `  ${s.name.padEnd(24)} ${(s.required ? 'required' : 'optional').padEnd(9)} ${isSet(s.name).padEnd(8)} ${s.about}`,
    ),
    '',
    `functions (${plan.functions.length}):`,
  ];
  for (const fn of plan.functions) {
    lines.push(
      `  ${fn.name}`,
      `    bundle      cloudfunctions/${fn.name}/${BUNDLE_FILE}, ${bundleText(fn.bundle)}`,
      `    runtime     ${fn.runtime}, ${fn.memorySize} MB, timeout ${fn.timeout} s, installDependency ${fn.installDependency}`,
      `    env         ${fn.envVariables.join(', ') || '(none)'}`,
      `    triggers    ${fn.triggers.map((t) => `${t.name} (${t.type} "${t.config}")`).join(', ') || '(none)'}`,
    );
  }
  lines.push(
    '',
    'commands, in order (from the repository root):',
    '  1. bundle every function (scripts/build-functions.ts, in-process esbuild)',
    `  2. ${shellText(plan.login)}`,
    ...plan.functions.map((fn, i) => `  ${i + 3}. ${shellText(fn.command)}`),
  );
  if (plan.problems.length) lines.push('', 'problems (a deploy refuses to start):', ...plan.problems.map((p) => `  - ${p}`));
  return lines.join('\n');
}
