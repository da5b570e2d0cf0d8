import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployTarget, FUNCTIONS_DIR, functionNames } from '../../scripts/build-functions';
import { deployPlan, devToolsTriggers, expandVariables, rcProblems, readRc, type Rc } from '../../scripts/deploy/plan';
import { DEPLOY_SETTINGS, settingProblems, variablesReadByFunctions } from '../../scripts/deploy/settings';
import { runOffline } from './support/offline';

const rc = readRc();
const planOf = (config: Rc = rc) =>
  deployPlan({
    rc: config,
    names: functionNames(),
    functionsDir: FUNCTIONS_DIR,
    envId: null,
    cli: ['tcb'],
    bundle: () => ({ bytes: 1000, stale: false }),
  });
const copy = (): Rc => JSON.parse(JSON.stringify(rc)) as Rc;

/** Values that must never be printed: what a deployer's environment would hold. */
const SECRETS = {
  TCB_ENV_ID: 'prod-env-1a2b3c',
  TENCENTCLOUD_SECRETID: 'AKIDsecret-id-must-not-print',
  TENCENTCLOUD_SECRETKEY: 'secret-key-must-not-print',
  ID_HASH_KEY: 'id-hash-key-must-not-print-0123456789abcdef',
  PII_KEY: Buffer.alloc(32, 7).toString('base64'),
  PII_OLD_KEYS: 'old-1:old-key-must-not-print',
};

describe('cloudbaserc.json', () => {
  it('lists every function folder, and nothing else, without contradictions', () => {
    expect(rc.functions.map((f) => f.name).sort()).toEqual(functionNames());
    expect(functionNames()).toEqual(
      expect.arrayContaining([
        'admin',
        'account',
        'liaisons',
        'policies',
        'reports',
        'requests',
        'scheduler',
        'stations',
        'stays',
        'workspaces',
      ]),
    );
    expect(planOf().problems).toEqual([]);
  });

  // The Node the tests run on (Node 20): on 18 (end of life) the node-sdk also opened a connection per request.
  it('runs bundles as they are: Nodejs20.19, installDependency false, index.main, a memory size and timeout', () => {
    for (const fn of rc.functions) {
      expect(fn).toMatchObject({ runtime: 'Nodejs20.19', installDependency: false, handler: 'index.main' });
      expect([128, 256, 512, 1024, 2048]).toContain(fn.memorySize);
      expect(fn.timeout).toBeGreaterThanOrEqual(1);
      expect(fn.timeout).toBeLessThanOrEqual(60);
    }
  });

  it('is what the bundles are built for: one Nodejs runtime for every function', () => {
    expect(deployTarget(rc)).toBe('node20.19');
    const mixed = copy();
    mixed.functions[0].runtime = 'Nodejs18.15';
    expect(() => deployTarget(mixed)).toThrow(/same Nodejs runtime.*Nodejs18\.15, Nodejs20\.19/);
    const other = copy();
    for (const fn of other.functions) fn.runtime = 'Python3.10';
    expect(() => deployTarget(other)).toThrow(/Python3\.10/);
  });

  it('gives the scheduler the timer of cloudfunctions/scheduler/config.json, and no other function a trigger', () => {
    const scheduler = JSON.parse(readFileSync(join(FUNCTIONS_DIR, 'scheduler', 'config.json'), 'utf8')) as { triggers: unknown[] };
    expect(scheduler.triggers).toHaveLength(1);
    const plan = planOf();
    expect(plan.functions.find((f) => f.name === 'scheduler')?.triggers).toEqual(scheduler.triggers);
    for (const fn of plan.functions) if (fn.name !== 'scheduler') expect(fn.triggers).toEqual(devToolsTriggers(FUNCTIONS_DIR, fn.name));
  });

  it('sets every variable the functions read, and every deployment setting, as a {{env.NAME}} placeholder', () => {
    const read = variablesReadByFunctions(FUNCTIONS_DIR);
    expect(read).toEqual(expect.arrayContaining(['BOOTSTRAP_ADMIN_OPENIDS', 'ID_HASH_KEY']));
    expect(read).not.toContain('WX_OPENID');
    for (const fn of rc.functions) {
      for (const name of [...read, ...DEPLOY_SETTINGS.map((s) => s.name)]) expect(fn.envVariables[name]).toBe(`{{env.${name}}}`);
      for (const [name, value] of Object.entries(fn.envVariables)) expect(value).toBe(`{{env.${name}}}`);
    }
  });
});

describe('rcProblems', () => {
  it('names a function folder missing from cloudbaserc.json', () => {
    const config = copy();
    config.functions = config.functions.filter((f) => f.name !== 'reports');
    expect(planOf(config).problems).toContain('cloudfunctions/reports is not in cloudbaserc.json');
  });

  it('refuses a literal value where a placeholder belongs', () => {
    const config = copy();
    config.functions[0].envVariables.ID_HASH_KEY = 'committed-secret';
    expect(rcProblems(config, functionNames(), FUNCTIONS_DIR)).toContain(
      `${config.functions[0].name}: envVariables.ID_HASH_KEY must be "{{env.ID_HASH_KEY}}"`,
    );
  });

  it('notices when the scheduler timer drifts from config.json', () => {
    const config = copy();
    const scheduler = config.functions.find((f) => f.name === 'scheduler');
    scheduler!.triggers = [{ name: 'every-15-minutes', type: 'timer', config: '0 0 * * * * *' }];
    expect(rcProblems(config, functionNames(), FUNCTIONS_DIR)).toContain(
      'scheduler: triggers differ between cloudbaserc.json and cloudfunctions/scheduler/config.json',
    );
  });
});

describe('tcb login', () => {
  it('carries the keys as $NAME placeholders, filled in only for the command that runs', () => {
    const { login } = planOf();
    expect(login).toEqual(['tcb', 'login', '--apiKeyId', '$TENCENTCLOUD_SECRETID', '--apiKey', '$TENCENTCLOUD_SECRETKEY']);
    expect(expandVariables(login, SECRETS)).toEqual([
      'tcb',
      'login',
      '--apiKeyId',
      SECRETS.TENCENTCLOUD_SECRETID,
      '--apiKey',
      SECRETS.TENCENTCLOUD_SECRETKEY,
    ]);
  });
});

describe('settingProblems', () => {
  it('accepts complete settings and refuses missing, development or JSON-breaking ones', () => {
    expect(settingProblems({ ...SECRETS, PII_KEY_ID: 'k1' })).toEqual([]);
    expect(settingProblems({})).toEqual(['ID_HASH_KEY is not set', 'PII_KEY is not set', 'PII_KEY_ID is not set']);
    expect(settingProblems({ ...SECRETS, PII_KEY_ID: 'k1', ID_HASH_KEY: 'local-dev-id-hash-key' })).toEqual([
      'ID_HASH_KEY must be a long random value (32+ characters), not the local development key',
    ]);
    expect(settingProblems({ ...SECRETS, PII_KEY_ID: 'k"1' })).toEqual(['PII_KEY_ID contains a quote, backslash or control character']);
    expect(settingProblems({ ...SECRETS, PII_KEY_ID: 'local-dev-1' })).toEqual([
      'the local development PII key (or its id) cannot be deployed',
    ]);
  });
});

describe('npm run deploy -- --dry-run', () => {
  const run = runOffline('scripts/deploy/main.ts', ['--dry-run'], SECRETS);

  it('prints the plan offline and runs nothing', () => {
    expect(run.stderr).not.toMatch(/network access refused/);
    expect(run.status).toBe(0);
    expect(run.ran).toEqual([]);
  });

  it('shows every function with its bundle, runtime, memory, timeout, settings and exact command', () => {
    for (const name of functionNames()) {
      expect(run.stdout).toContain(`cloudfunctions/${name}/bundle.js, `);
      expect(run.stdout).toContain(`tcb fn deploy ${name} -e ${SECRETS.TCB_ENV_ID} --force`);
    }
    expect(run.stdout).toContain('Nodejs20.19, 256 MB, timeout 60 s, installDependency false');
    expect(run.stdout).toContain('every-15-minutes (timer "0 */15 * * * * *")');
    for (const { name } of DEPLOY_SETTINGS) expect(run.stdout).toContain(name);
  });

  it('logs in with the keys by name before the deploys', () => {
    expect(run.stdout).toContain('2. tcb login --apiKeyId $TENCENTCLOUD_SECRETID --apiKey $TENCENTCLOUD_SECRETKEY');
  });

  it('never prints a secret value, only whether it is set', () => {
    const { TCB_ENV_ID: _target, ...secrets } = SECRETS;
    for (const value of Object.values(secrets)) expect(run.stdout + run.stderr).not.toContain(value);
    expect(run.stdout).toContain('TENCENTCLOUD_SECRETKEY set');
  });
});

describe('npm run deploy without credentials', () => {
  it('refuses before building or running anything, naming what is missing', () => {
    const run = runOffline('scripts/deploy/main.ts', [], { ID_HASH_KEY: SECRETS.ID_HASH_KEY });
    expect(run.status).toBe(1);
    expect(run.ran).toEqual([]);
    expect(run.stderr).toContain('TENCENTCLOUD_SECRETID is not set');
    expect(run.stderr).toContain('PII_KEY is not set');
    expect(run.stdout).not.toContain('built ');
  });
});
