import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { BUILT_FILES, BUNDLE_FILE } from '../code-cache';
import { DEPLOY_SETTINGS, variablesReadByFunctions } from './settings';

export const ROOT = resolve(__dirname, '..', '..');
export const RC_FILE = join(ROOT, 'cloudbaserc.json');
/** The tcb CLI that `npx` runs when none is installed: the version this script was written against. */
export const CLI_PACKAGE = '@cloudbase/cli@2.12.10';

export interface Trigger {
  name: string;
  type: string;
  config: string;
}

/** The part of a cloudbaserc.json function entry this project uses (docs.cloudbase.net/cli-v1/functions/configs). */
export interface RcFunction {
  name: string;
  handler: string;
  runtime: string;
  memorySize: number;
  timeout: number;
  installDependency: boolean;
  ignore?: string[];
  envVariables: Record<string, string>;
  triggers?: Trigger[];
}

export interface Rc {
  version: string;
  envId: string;
  functionRoot: string;
  functions: RcFunction[];
}

export interface Bundle {
  bytes: number | null;
  /** Sources changed after the bundle was built (the real deploy rebuilds first). */
  stale: boolean;
}

export interface FunctionPlan {
  name: string;
  bundle: Bundle;
  runtime: string;
  memorySize: number;
  timeout: number;
  installDependency: boolean;
  envVariables: string[];
  triggers: Trigger[];
  command: string[];
}

export interface DeployPlan {
  envId: string;
  cli: string[];
  /** `tcb login` with `$NAME` placeholders for the keys: filled in only when it runs, never printed. */
  login: string[];
  functions: FunctionPlan[];
  /** Contradictions between cloudbaserc.json and the code; a deploy refuses to start while there are any. */
  problems: string[];
}

export const readRc = (file = RC_FILE): Rc => JSON.parse(readFileSync(file, 'utf8')) as Rc;

/** `cloudfunctions/<name>/config.json`: the timer triggers WeChat DevTools uploads; cloudbaserc.json must agree. */
export function devToolsTriggers(functionsDir: string, name: string): Trigger[] {
  const file = join(functionsDir, name, 'config.json');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { triggers?: Trigger[] }).triggers ?? [];
}

const placeholder = (name: string) => `{{env.${name}}}`;

/** Everything in cloudbaserc.json that contradicts the function folders, their triggers or the settings they read. */
export function rcProblems(rc: Rc, names: string[], functionsDir: string): string[] {
  const problems: string[] = [];
  const listed = rc.functions.map((f) => f.name);
  for (const name of names) if (!listed.includes(name)) problems.push(`cloudfunctions/${name} is not in cloudbaserc.json`);
  for (const name of listed)
    if (!names.includes(name)) problems.push(`cloudbaserc.json lists "${name}", which has no cloudfunctions/${name}/main.ts`);
  const needed = [...new Set([...variablesReadByFunctions(functionsDir), ...DEPLOY_SETTINGS.map((s) => s.name)])];
  for (const fn of rc.functions) {
    for (const name of needed) {
      if (fn.envVariables?.[name] !== placeholder(name)) problems.push(`${fn.name}: envVariables.${name} must be "${placeholder(name)}"`);
    }
    for (const [name, value] of Object.entries(fn.envVariables ?? {})) {
      if (value !== placeholder(name)) problems.push(`${fn.name}: envVariables.${name} must be a placeholder, never a value`);
    }
    if (fn.installDependency !== false) problems.push(`${fn.name}: installDependency must be false (the bundle carries its dependencies)`);
    if (JSON.stringify(fn.triggers ?? []) !== JSON.stringify(devToolsTriggers(functionsDir, fn.name))) {
      problems.push(`${fn.name}: triggers differ between cloudbaserc.json and cloudfunctions/${fn.name}/config.json`);
    }
  }
  return problems;
}

function newestChange(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else if (!BUILT_FILES.some((built) => path.endsWith(built))) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of paths) if (existsSync(path)) visit(path);
  return newest;
}

/** The bundle on disk (`npm run build:functions`), and whether its sources (function, _shared, core) changed since. */
export function bundleOnDisk(functionsDir: string, name: string): Bundle {
  const file = join(functionsDir, name, BUNDLE_FILE);
  if (!BUILT_FILES.every((built) => existsSync(join(functionsDir, name, built)))) return { bytes: null, stale: true };
  const { size, mtimeMs } = statSync(file);
  const sources = [join(functionsDir, name), join(functionsDir, '_shared'), join(functionsDir, '..', 'core')];
  return { bytes: size, stale: newestChange(sources) > mtimeMs };
}

/** `tcb` when one is installed on PATH, else the pinned CLI through npx (34 MB: not a dependency of this repo). */
export function tcbCommand(path = process.env.PATH ?? ''): string[] {
  const installed = path.split(delimiter).some((dir) => dir && existsSync(join(dir, 'tcb')));
  return installed ? ['tcb'] : ['npx', '--yes', CLI_PACKAGE];
}

export interface PlanInput {
  rc: Rc;
  names: string[];
  functionsDir: string;
  /** The target environment's id, or null to print the `$TCB_ENV_ID` placeholder. */
  envId: string | null;
  cli: string[];
  bundle: (name: string) => Bundle;
  /** Temporary keys: log in with TENCENTCLOUD_SESSIONTOKEN too. */
  withToken?: boolean;
}

/** What `npm run deploy` would do, computed without network and without running anything. */
export function deployPlan({ rc, names, functionsDir, envId, cli, bundle, withToken = false }: PlanInput): DeployPlan {
  const target = envId ?? '$TCB_ENV_ID';
  const functions = [...rc.functions]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((fn) => ({
      name: fn.name,
      bundle: bundle(fn.name),
      runtime: fn.runtime,
      memorySize: fn.memorySize,
      timeout: fn.timeout,
      installDependency: fn.installDependency,
      envVariables: Object.keys(fn.envVariables ?? {}).sort(),
      triggers: fn.triggers ?? [],
      // `--force` overwrites an existing function's code, configuration and triggers (manager-node createFunction).
      command: [...cli, 'fn', 'deploy', fn.name, '-e', target, '--force'],
    }));
  // The CLI's documented non-interactive (CI) login (docs.cloudbase.net/cli-v1/login). Its credential check would
  // also read TENCENTCLOUD_SECRETID/SECRETKEY from the environment, but only when no earlier login is stored.
  const login = [...cli, 'login', '--apiKeyId', '$TENCENTCLOUD_SECRETID', '--apiKey', '$TENCENTCLOUD_SECRETKEY'];
  if (withToken) login.push('--token', '$TENCENTCLOUD_SESSIONTOKEN');
  return { envId: target, cli, login, functions, problems: rcProblems(rc, names, functionsDir) };
}

/** The command as it runs: each argument that is exactly `$NAME` becomes that variable's value. */
export const expandVariables = (argv: string[], env: NodeJS.ProcessEnv): string[] =>
  argv.map((arg) => (/^\$[A-Z][A-Z0-9_]*$/.test(arg) ? (env[arg.slice(1)] ?? '') : arg));
