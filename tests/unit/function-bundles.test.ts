import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { buildFunctions, bytesByModule, FUNCTION_BUDGET_BYTES, FUNCTIONS_DIR, type BuiltFunction } from '../../scripts/build-functions';
import { directImportsSource } from '../../scripts/direct-imports';
import { exportedNames, LAZY_NAMESPACE, lazyContractSource, lazySpecSource } from '../../scripts/lazy-actions';
import { patchedFile, SDK_PATCHES, SORT_KEYS_SOURCE } from '../../scripts/sdk-patches';
import { ALL_STUBS, esmExportNames, SDK_STUBS, sdkStubs, STUB_NAMESPACE, stubModuleSource, type Stub } from '../../scripts/sdk-stubs';

/** Runs a CommonJS stub as the bundle would, and answers its exports. */
function loadStub(stub: Stub): Record<string, unknown> & ((...args: unknown[]) => unknown) {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', stubModuleSource(stub))(module, module.exports);
  return module.exports as never;
}
const stubFor = (request: string, importer?: string): Stub => {
  const stub = SDK_STUBS.find((s) => s.request === request && (importer === undefined || s.importer === importer));
  if (!stub) throw new Error(`no stub for ${request}`);
  return stub;
};
const LOUD = /is not in this cloud function bundle: .* is a stub there \(scripts\/sdk-stubs\.ts\)/;

describe('function bundles', () => {
  let built: BuiltFunction[];
  beforeAll(async () => {
    // In memory: the deployable files (bundle.js and its code cache, which integration tests may be loading) are left alone.
    built = await buildFunctions(undefined, { write: false });
  }, 120_000);

  it(`each stays within the budget of ${FUNCTION_BUDGET_BYTES / 1024} KB`, () => {
    const over = built.filter((b) => b.bytes > FUNCTION_BUDGET_BYTES);
    const explain = (b: BuiltFunction) =>
      `${b.name}: ${b.bytes} bytes; largest modules: ${bytesByModule(b.metafile)
        .slice(0, 5)
        .map((m) => `${m.module} ${m.bytes}`)
        .join(', ')}`;
    expect(over.map(explain)).toEqual([]);
  });

  it('builds the same bundles again: the plugins leave nothing to the order their callbacks finish in', async () => {
    // A stand-in of scripts/lazy-schemas.ts once resolved a core module otherwise than its other importers did, and
    // which came first decided a module's wrapper: some bundles differed by a line from one build to the next.
    const again = await buildFunctions(undefined, { write: false });
    expect(again.map((b) => [b.name, b.bytes])).toEqual(built.map((b) => [b.name, b.bytes]));
  }, 120_000);

  it('uses every stub of scripts/sdk-stubs.ts (an entry no bundle reaches any more is stale)', () => {
    const reached = new Set(
      built.flatMap((b) =>
        Object.keys(b.metafile.inputs)
          .filter((path) => path.startsWith(`${STUB_NAMESPACE}:`))
          .map((path) => Number(path.split(':')[1])),
      ),
    );
    expect(ALL_STUBS.filter((_, index) => !reached.has(index)).map((s) => s.request)).toEqual([]);
  });

  it('holds none of the packages the stubs replace', () => {
    const gone = [
      '@cloudbase/ai',
      '@cloudbase/app',
      '@cloudbase/wx-cloud-client-sdk',
      'axios',
      'jsonwebtoken',
      'form-data',
      'https-proxy-agent',
      'http-proxy-agent',
      'agent-base',
      'debug',
    ];
    const found = built.flatMap((b) =>
      bytesByModule(b.metafile)
        .filter((m) => gone.includes(m.module) || m.module === 'mime-db' || m.module === 'xml2js')
        .map((m) => `${b.name}: ${m.module}`),
    );
    expect(found).toEqual([]);
  });

  it("builds no domain's schemas as it loads, only those of the action a call needs (and what main.ts names)", () => {
    // What a bundle runs before its first call: main.ts and what it imports, except through a lazy require.
    const eagerInputs = (b: BuiltFunction): string[] => {
      const { inputs } = b.metafile;
      const seen = new Set<string>();
      const walk = (path: string) => {
        if (seen.has(path)) return;
        seen.add(path);
        for (const i of inputs[path]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) walk(i.path);
      };
      walk(`cloudfunctions/${b.name}/main.ts`);
      return [...seen];
    };
    const SCHEMAS = /^core\/(?:documents\.ts|.*(?:replies|schemas?|fields|inputs)\.ts)$/;
    const found = built.flatMap((b) => {
      const named = new Set(b.metafile.inputs[`cloudfunctions/${b.name}/main.ts`].imports.map((i) => i.path));
      return eagerInputs(b)
        .filter((path) => SCHEMAS.test(path) && !named.has(path))
        .map((path) => `${b.name}: ${path}`);
    });
    expect(found).toEqual([]);
  });

  it("loads each function's actions on first use: every ./actions/* module main.ts imports is a lazy stand-in", () => {
    const eager = built.flatMap((b) => {
      const main = readFileSync(join(FUNCTIONS_DIR, b.name, 'main.ts'), 'utf8');
      const actions = [...main.matchAll(/from '\.\/(actions\/[\w-]+)'/g)].map((m) => `cloudfunctions/${b.name}/${m[1]}.ts`);
      const lazy = new Set(Object.keys(b.metafile.inputs).filter((p) => p.startsWith(`${LAZY_NAMESPACE}:`)));
      return actions.filter((a) => !lazy.has(`${LAZY_NAMESPACE}:${a}`)).map((a) => `${b.name}: ${a}`);
    });
    expect(eager).toEqual([]);
  });
});

describe('lazy contracts (scripts/lazy-actions.ts)', () => {
  const core = join(FUNCTIONS_DIR, '..', 'core');
  // Every contract table: `core/<domain>/api.ts`, and `<name>-api.ts` where a domain serves more than one function.
  const contractFiles = readdirSync(core)
    .filter((d) => statSync(join(core, d)).isDirectory())
    .flatMap((d) =>
      readdirSync(join(core, d))
        .filter((f) => /^(?:[\w-]+-)?api\.ts$/.test(f))
        .map((f) => join(core, d, f)),
    );

  it.each(contractFiles.map((f) => [f.slice(core.length + 1)]))(
    'core/%s is of the plain form, so a function builds only the schemas of the action it answers',
    (file) => {
      // A table entry other than `name: { input: x, output: y }` (x, y imported) makes the whole table eager again.
      expect(lazyContractSource(readFileSync(join(core, file), 'utf8'))).not.toBeNull();
    },
  );

  it('turns each entry into getters that require the schema where it is declared', () => {
    const source = [
      "import type { ContractTable } from '../contract/define-action';",
      "import { aInput, shared as aOut } from './a.schema';",
      "import * as reply from './replies';",
      'export const xApi = {',
      '  // comment',
      '  a: { input: aInput, output: aOut },',
      '  b: {',
      '    input: aInput,',
      '    output: reply.bView,',
      '  },',
      '} satisfies ContractTable;',
    ].join('\n');
    const lazy = lazyContractSource(source) ?? '';
    expect(lazy).not.toMatch(/^import (?!type)/m);
    expect(lazy).toContain(
      'a: { get input() { return require("./a.schema").aInput; }, get output() { return require("./a.schema").shared; } }',
    );
    expect(lazy).toContain('get output() { return require("./replies").bView; }');
  });

  it('leaves a table it cannot read as it is (eager), e.g. a schema built in the table or a binding used elsewhere', () => {
    const head = "import { aInput } from './a.schema';\n";
    expect(
      lazyContractSource(`${head}export const xApi = {\n  a: { input: aInput, output: z.object({}) },\n} satisfies ContractTable;\n`),
    ).toBeNull();
    expect(
      lazyContractSource(
        `${head}export const xApi = {\n  a: { input: aInput, output: aInput },\n} satisfies ContractTable;\nexport const y = aInput;\n`,
      ),
    ).toBeNull();
  });

  it("reads an action's schemas on first use: its contract entry's spread becomes an input and an output getter", () => {
    const source = ['export const a = defineAction<Ctx>()({', '  ...xApi.a,', "  roles: ['admin'],", '});'].join('\n');
    expect(lazySpecSource(source)).toBe(
      [
        'export const a = defineAction<Ctx>()({',
        '  get input() { return xApi.a.input; },',
        '  get output() { return xApi.a.output; },',
        "  roles: ['admin'],",
        '});',
      ].join('\n'),
    );
  });

  it('every action module spreads its contract entry in the form whose schemas are made lazy', () => {
    const spreads = readdirSync(FUNCTIONS_DIR)
      .filter((f) => !f.startsWith('_') && statSync(join(FUNCTIONS_DIR, f, 'actions'), { throwIfNoEntry: false })?.isDirectory())
      .flatMap((f) =>
        readdirSync(join(FUNCTIONS_DIR, f, 'actions'))
          .filter((a) => a.endsWith('.ts'))
          .map((a) => `${f}/actions/${a}`),
      )
      .filter((file) => /\.\.\.\w+Api\b/.test(lazySpecSource(readFileSync(join(FUNCTIONS_DIR, file), 'utf8'))));
    expect(spreads).toEqual([]);
  });

  it('finds the specs an action module exports', () => {
    expect(exportedNames('export const a = defineAction()({});\nconst b = 1;\nexport const c = x;\n')).toEqual(['a', 'c']);
  });
});

describe("direct imports from core's barrels (scripts/direct-imports.ts)", () => {
  const file = join(FUNCTIONS_DIR, '..', 'core', 'admin', 'deadlines.ts');

  it('imports each name from the module of the barrel that declares it', () => {
    const source = "import { deadlineFor, OPEN_FOR_UNIT, type ServiceRequest as R } from '../requests';\nconst x = 1;\n";
    expect(directImportsSource(source, file)).toBe(
      [
        "import { deadlineFor } from '../requests/deadline';",
        "import { OPEN_FOR_UNIT } from '../requests/statuses';",
        "import { type ServiceRequest as R } from '../requests/request';",
        'const x = 1;',
        '',
      ].join('\n'),
    );
  });

  it('leaves alone an import it cannot place, and imports of anything but a barrel', () => {
    const unknown = "import { deadlineFor, notExported } from '../requests';\n";
    expect(directImportsSource(unknown, file)).toBe(unknown);
    const direct = "import { deadlineFor } from '../requests/deadline';\nimport * as requests from '../requests';\n";
    expect(directImportsSource(direct, file)).toBe(direct);
  });
});

describe('SDK patches (scripts/sdk-patches.ts)', () => {
  it.each(SDK_PATCHES.map((p) => [p.file, p]))('%s still holds what its patch replaces', (_, patch) => {
    expect(readFileSync(patchedFile(patch), 'utf8')).toContain(patch.find);
  });

  it("the signature's key order is localeCompare's, for the keys it signs and for any others", () => {
    const sortKeys = new Function(`return ${SORT_KEYS_SOURCE}`)() as (keys: string[]) => string[];
    const byLocale = (keys: string[]) => [...keys].sort((l, r) => l.localeCompare(r));
    const signed = [
      'collectionname',
      'querytype',
      'query',
      'limit',
      'action',
      'envname',
      'tcb_sessiontoken',
      'content-type',
      'host',
      'x-tcb-source',
    ];
    expect(sortKeys([...signed])).toEqual(byLocale(signed));
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789_-';
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 500; run += 1) {
      const keys = Array.from({ length: 12 }, () =>
        Array.from({ length: Math.floor(random() * 6) }, () => chars[Math.floor(random() * (random() < 0.5 ? 4 : chars.length))]).join(''),
      );
      expect(sortKeys([...keys])).toEqual(byLocale(keys));
    }
    const other = ['b', 'A', 'a', 'é', '_x'];
    expect(sortKeys([...other])).toEqual(byLocale(other));
  });

  it('the signature is the same with the signing key kept, across days, services and secrets', () => {
    const file = require.resolve('@cloudbase/signature-nodejs/lib/signer.js');
    const source = readFileSync(file, 'utf8');
    const patch = SDK_PATCHES.find((p) => p.file.endsWith('signer.js'));
    if (!patch) throw new Error('no signer patch');
    const load = (text: string) => {
      const module = { exports: {} as { Signer: new (credential: object, service: string) => Signer } };
      new Function('module', 'exports', 'require', text)(module, module.exports, createRequire(file));
      return module.exports.Signer;
    };
    type Signer = { tc3sign: (...args: unknown[]) => { authorization: string } };
    const [original, patched] = [load(source), load(source.replace(patch.find, patch.replace))];
    const headers = { host: 'local.test', 'content-type': 'application/json' };
    const params = { action: 'database.queryDocument', query: '{"_id":"x"}', limit: 1 };
    const day = 1_780_000_000;
    for (const [secretKey, service, timestamp] of [
      ['key-a', 'tcb', day],
      ['key-a', 'tcb', day + 60],
      ['key-a', 'tcb', day + 86_400],
      ['key-b', 'tcb', day + 86_400],
      ['key-b', 'scf', day + 86_400],
      ['key-a', 'tcb', day],
    ] as const) {
      const sign = (S: new (credential: object, service: string) => Signer) =>
        new S({ secretId: 'id', secretKey }, service).tc3sign('POST', 'http://local.test/admin', headers, params, timestamp).authorization;
      expect(sign(patched)).toBe(sign(original));
    }
  });

  it("the bundled SDK names itself with the installed node-sdk's version, not the app's", () => {
    const file = require.resolve('@cloudbase/node-sdk/dist/utils/version.js');
    const patch = SDK_PATCHES.find((p) => p.file.endsWith('utils/version.js'));
    if (!patch) throw new Error('no version patch');
    const module = { exports: {} as { version?: string } };
    // As bundled: `__dirname` is a function's folder, whose ../../package.json is the app's.
    new Function('module', 'exports', 'require', '__dirname', readFileSync(file, 'utf8').replace(patch.find, patch.replace))(
      module,
      module.exports,
      createRequire(file),
      join(FUNCTIONS_DIR, 'stays'),
    );
    const sdk = JSON.parse(readFileSync(require.resolve('@cloudbase/node-sdk/package.json'), 'utf8')) as { version: string };
    expect(module.exports.version).toBe(sdk.version);
  });

  it('agentkeepalive still exports its HTTPS agent, and request-core still reaches https, each on first use', () => {
    const evaluate = (path: string) => {
      const patch = SDK_PATCHES.find((p) => p.file === path);
      if (!patch) throw new Error(`no patch of ${path}`);
      const file = patchedFile(patch);
      const module = { exports: {} as Record<string, unknown> };
      const required: string[] = [];
      const real = createRequire(file);
      const tracking = Object.assign((id: string) => (required.push(id), real(id)), real);
      new Function('module', 'exports', 'require', readFileSync(file, 'utf8').replace(patch.find, patch.replace))(
        module,
        module.exports,
        tracking,
      );
      return { exports: module.exports, file, required };
    };
    const core = evaluate('@cloudbase/node-sdk/dist/utils/request-core.js');
    expect(core.required).not.toContain('https');
    expect(typeof core.exports.request).toBe('function');
    // The patched index defines the getter on the class it exports, which Node's cache shares: put it back after.
    const keepAlive = evaluate('agentkeepalive/index.js');
    const httpsAgent = createRequire(keepAlive.file)('./lib/https_agent') as unknown;
    try {
      expect(keepAlive.required).not.toContain('./lib/https_agent');
      expect(Object.keys(keepAlive.exports)).toContain('HttpsAgent');
      expect(keepAlive.exports.HttpsAgent).toBe(httpsAgent);
    } finally {
      Object.defineProperty(keepAlive.exports, 'HttpsAgent', { value: httpsAgent, writable: true, enumerable: true, configurable: true });
    }
  });

  it("bson's Long gives the same products, quotients and remainders without its WebAssembly", () => {
    const patch = SDK_PATCHES.find((p) => p.find.includes('WebAssembly'));
    if (!patch) throw new Error('no WebAssembly patch');
    const file = join(dirname(patchedFile(patch)), '..', 'lib', 'long.js');
    const source = readFileSync(file, 'utf8');
    expect(source).toContain(patch.find);
    type Long = { multiply(o: Long): Long; div(o: Long): Long; modulo(o: Long): Long; toString(): string };
    type LongClass = { fromString(s: string, unsigned?: boolean): Long };
    const load = (text: string) => {
      const module = { exports: {} as { Long: LongClass } };
      new Function('module', 'exports', 'require', text)(module, module.exports, createRequire(file));
      return module.exports.Long;
    };
    const [original, patched] = [load(source), load(source.replace(patch.find, patch.replace))];
    let seed = 11;
    const digits = () => String((seed = (seed * 16807) % 2147483647)) + String((seed = (seed * 16807) % 2147483647));
    for (let run = 0; run < 300; run += 1) {
      const [a, b] = [`${run % 2 ? '-' : ''}${digits()}`, digits().slice(0, 1 + (run % 12))];
      for (const unsigned of [false, true]) {
        const results = (L: LongClass) => {
          const [x, y] = [L.fromString(a.replace('-', unsigned ? '' : '-'), unsigned), L.fromString(b, unsigned)];
          return [x.multiply(y), x.div(y), x.modulo(y)].map(String);
        };
        expect(results(patched)).toEqual(results(original));
      }
    }
  });
});

describe('SDK stubs', () => {
  let logged: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => logged.mockRestore());

  it.each([
    ['./ai', (m: ReturnType<typeof loadStub>) => (m.createAI as () => unknown)()],
    ['jsonwebtoken', (m: ReturnType<typeof loadStub>) => (m.sign as () => unknown)()],
    ['form-data', (m: ReturnType<typeof loadStub>) => new (m as unknown as new () => unknown)()],
    ['axios', (m: ReturnType<typeof loadStub>) => (m.get as () => unknown)()],
    ['axios', (m: ReturnType<typeof loadStub>) => m()],
    ['./realtime/websocket-client', (m: ReturnType<typeof loadStub>) => new (m.RealtimeWebSocketClient as new () => unknown)()],
    ['https-proxy-agent', (m: ReturnType<typeof loadStub>) => new (m.HttpsProxyAgent as new () => unknown)()],
    ['http-proxy-agent', (m: ReturnType<typeof loadStub>) => new (m.HttpProxyAgent as new () => unknown)()],
  ])('%s throws, and logs, the moment it is reached', (request, reach) => {
    const stub = loadStub(stubFor(request));
    expect(() => reach(stub)).toThrow(LOUD);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('@cloudbase/wx-cloud-client-sdk: CloudBase builds its clients quietly, and any use of them throws', () => {
    const sdk = loadStub(stubFor('@cloudbase/wx-cloud-client-sdk'));
    const models = (sdk.generateHTTPClient as () => Record<string, unknown>)();
    const mysql = (sdk.generateMySQLClient as () => () => unknown)();
    expect(logged).not.toHaveBeenCalled();
    expect(() => models.users).toThrow(LOUD);
    expect(() => mysql()).toThrow(LOUD);
  });

  it("xml2js: a successful upload's empty reply parses to null; an XML error reply fails with COS's text", () => {
    const { parseString } = loadStub(stubFor('xml2js')) as unknown as {
      parseString: (text: string, done: (error: Error | null, result?: unknown) => void) => void;
    };
    const done = jest.fn();
    parseString('', done);
    expect(done).toHaveBeenLastCalledWith(null, null);
    parseString('<Error><Code>AccessDenied</Code></Error>', done);
    const error = done.mock.calls[1][0] as Error;
    expect(error.message).toMatch(LOUD);
    expect(error.message).toContain('<Code>AccessDenied</Code>');
  });

  it('bson: @cloudbase/database uses nothing of it but EJSON (the bundles keep only that)', () => {
    const root = join(dirname(require.resolve('@cloudbase/database/package.json')), 'dist', 'commonjs');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
      });
    const used = new Set<string>();
    for (const file of files(root)) {
      const source = readFileSync(file, 'utf8');
      const binding = /const (\w+) = require\("bson"\)/.exec(source)?.[1];
      if (!binding) continue;
      for (const match of source.matchAll(new RegExp(`\\b${binding}\\b(\\.\\w+)?`, 'g'))) used.add(match[1] ?? '(whole)');
    }
    // The binding itself, at its require, and then only `.EJSON`.
    expect([...used].sort()).toEqual(['(whole)', '.EJSON']);
  });

  it.each(['json-schema-processors', 'to-json-schema'])("zod's %s: the stub knows every name the module exports", (name) => {
    const core = join(dirname(require.resolve('zod/package.json')), 'v4', 'core');
    const exported = Object.keys(createRequire(__filename)(join(core, `${name}.cjs`)) as object).filter((key) => key !== '__esModule');
    expect(esmExportNames(join(core, `${name}.js`)).sort()).toEqual(exported.sort());
  });

  it('zod in a bundle: schemas parse and report their checks; JSON Schema output fails loudly', async () => {
    const entry = `
      import { z } from 'zod';
      const name = z.string().min(2).max(5);
      const form = z.object({ name, age: z.number().int().min(0) });
      export const parsed = form.safeParse({ name: 'Li', age: 3 }).success && !form.safeParse({ name: 'L', age: -1 }).success;
      export const lengths = [name.minLength, name.maxLength];
      export const standard = typeof form['~standard'].validate;
      export const jsonSchema = () => z.toJSONSchema(form);
      export const method = () => form.toJSONSchema();
      export const standardJsonSchema = () => form['~standard'].jsonSchema.input({ target: 'draft-2020-12' });`;
    const { outputFiles } = await esbuild({
      stdin: { contents: entry, resolveDir: join(FUNCTIONS_DIR, '..'), loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
      plugins: [sdkStubs()],
    });
    const code = outputFiles[0].text;
    expect(code).not.toContain('function toJSONSchema(');
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', code)(module, module.exports, require);
    expect(module.exports.parsed).toBe(true);
    expect(module.exports.lengths).toEqual([2, 5]);
    expect(module.exports.standard).toBe('function');
    for (const reach of ['jsonSchema', 'method', 'standardJsonSchema']) expect(module.exports[reach]).toThrow(LOUD);
    expect(logged).toHaveBeenCalledTimes(3);
  });
});
