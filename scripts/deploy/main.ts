import { spawnSync } from 'node:child_process';
import { FUNCTIONS_DIR, buildFunctions, functionNames } from '../build-functions';
import { formatPlan, shellText } from './format';
import { ROOT, bundleOnDisk, deployPlan, expandVariables, readRc, tcbCommand, type DeployPlan } from './plan';
import { CREDENTIALS, settingProblems } from './settings';

/**
 * `npm run deploy`: bundles every function, then deploys each with the tcb CLI and cloudbaserc.json.
 * `npm run deploy -- --dry-run` prints the plan (sizes, runtime, settings by name, triggers, the exact commands) and
 * runs nothing; add `--build` to bundle first so the sizes are those a deploy would upload.
 */
function planFromDisk(env: NodeJS.ProcessEnv): DeployPlan {
  return deployPlan({
    rc: readRc(),
    names: functionNames(),
    functionsDir: FUNCTIONS_DIR,
    envId: env.TCB_ENV_ID || null,
    cli: tcbCommand(env.PATH),
    bundle: (name) => bundleOnDisk(FUNCTIONS_DIR, name),
    withToken: Boolean(env.TENCENTCLOUD_SESSIONTOKEN),
  });
}

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

async function deploy(env: NodeJS.ProcessEnv): Promise<void> {
  const before = planFromDisk(env);
  const missing = CREDENTIALS.filter((name) => !env[name]);
  const refusals = [
    ...before.problems,
    ...missing.map((name) => `${name} is not set (credentials come from the environment)`),
    ...settingProblems(env),
  ];
  if (refusals.length) fail(['deploy refused:', ...refusals.map((r) => `  - ${r}`), '(`npm run deploy -- --dry-run` shows the plan)']);

  for (const { name, bytes } of await buildFunctions()) console.log(`built ${name} (${(bytes / 1024).toFixed(0)} KB)`);
  const plan = planFromDisk(env);
  console.log(`\n$ ${shellText(plan.login)}`);
  const [loginCmd, ...loginArgs] = expandVariables(plan.login, env);
  const login = spawnSync(loginCmd, loginArgs, { cwd: ROOT, env, stdio: 'inherit' });
  if (login.status !== 0) fail([`tcb login failed (${login.error?.message ?? `exit ${login.status}`})`]);
  const done: string[] = [];
  for (const fn of plan.functions) {
    console.log(`\n$ ${shellText(fn.command)}`);
    // The CLI fills cloudbaserc.json's {{env.NAME}} placeholders from this environment (process.env over .env files).
    const run = spawnSync(fn.command[0], fn.command.slice(1), { cwd: ROOT, env, stdio: 'inherit' });
    if (run.status !== 0) {
      fail([
        `deploying ${fn.name} failed (${run.error?.message ?? `exit ${run.status}`}); deployed before it: ${done.join(', ') || 'none'}`,
      ]);
    }
    done.push(fn.name);
  }
  console.log(`\ndeployed ${done.length} functions to ${plan.envId}: ${done.join(', ')}`);
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--dry-run')) {
    if (args.includes('--build')) await buildFunctions();
    const plan = planFromDisk(process.env);
    console.log(formatPlan(plan, process.env));
    if (plan.problems.length) process.exitCode = 1;
    return;
  }
  await deploy(process.env);
}

main(process.argv.slice(2)).catch((error: unknown) => fail([String(error instanceof Error ? error.stack : error)]));
