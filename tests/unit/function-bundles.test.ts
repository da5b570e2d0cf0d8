import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildFunctions, bytesByModule, FUNCTION_BUDGET_BYTES, type BuiltFunction } from '../../scripts/build-functions';
import { SDK_STUBS, STUB_NAMESPACE, stubModuleSource, type Stub } from '../../scripts/sdk-stubs';

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
    // In memory: the deployable index.js files (which integration tests may be loading) are left alone.
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

  it('uses every stub of scripts/sdk-stubs.ts (an entry no bundle reaches any more is stale)', () => {
    const reached = new Set(
      built.flatMap((b) =>
        Object.keys(b.metafile.inputs)
          .filter((path) => path.startsWith(`${STUB_NAMESPACE}:`))
          .map((path) => Number(path.split(':')[1])),
      ),
    );
    expect(SDK_STUBS.filter((_, index) => !reached.has(index)).map((s) => s.request)).toEqual([]);
  });

  it('holds none of the packages the stubs replace', () => {
    const gone = ['@cloudbase/ai', '@cloudbase/app', '@cloudbase/wx-cloud-client-sdk', 'axios', 'jsonwebtoken', 'form-data'];
    const found = built.flatMap((b) =>
      bytesByModule(b.metafile)
        .filter((m) => gone.includes(m.module) || m.module === 'mime-db' || m.module === 'xml2js')
        .map((m) => `${b.name}: ${m.module}`),
    );
    expect(found).toEqual([]);
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
});
