import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Parts of the node-sdk (and zod's JSON Schema output) that no cloud function calls, replaced in the function bundles
 * by small stubs (esbuild plugin `sdkStubs`): they were two thirds of every bundle and of its load time. A stub
 * throws, naming what was left out, the moment anything reaches it, and writes the same to the log first (the SDK
 * swallows some errors); none answers quietly. A function that starts to need one of these deletes its entry here
 * (the size budget in tests/unit/function-bundles.test.ts then says what it costs).
 *
 * What keeps working: the database (transactions included), `getTempFileURL`, `deleteFile`, `uploadFile` (see
 * xml2js), `callWxOpenApi` (content safety, subscribe messages), `callFunction`, `getCloudbaseContext`.
 */
export interface Stub {
  /** The `require()` as the SDK writes it. */
  request: string;
  /** Only where the requiring file's path contains this (for a relative request, or to narrow one package). */
  importer?: string;
  /** What reaches the stubbed module, i.e. what a function could no longer do. */
  why: string;
  /** Source of the stub, CommonJS unless `esm`; `fail(what)` logs and throws the error that names the stub. */
  source: string;
  /** The stub re-exports from a real ES module, which esbuild then tree-shakes (CommonJS it cannot). */
  esm?: boolean;
}

/** bson as @cloudbase/database requires it (4.x, its own copy): the ES module build, whose unused parts can go. */
const databaseBsonEsm = join(
  dirname(require.resolve('bson/package.json', { paths: [dirname(require.resolve('@cloudbase/database/package.json'))] })),
  'dist',
  'bson.esm.js',
);

export const SDK_STUBS: readonly Stub[] = [
  {
    request: './ai',
    importer: '@cloudbase/node-sdk/dist/cloudbase.js',
    why: 'app.ai() (with @cloudbase/ai, @cloudbase/app, the wx_mp adapter and a web-streams polyfill, ~330 KB)',
    source: `exports.createAI = () => fail('app.ai()');`,
  },
  {
    request: '@cloudbase/wx-cloud-client-sdk',
    why: 'app.models, app.mysql(), app.rdb() (data models and SQL, ~70 KB)',
    // CloudBase's init() builds the models client each time, in a try/catch that swallows errors: so the stub
    // builds a client that throws on use, which keeps `app.models.x` loud instead of undefined.
    source: `
      const unusable = (what) => new Proxy({}, {
        get: (_, key) => (typeof key === 'string' && key !== 'then' ? fail(what) : undefined),
      });
      exports.generateHTTPClient = () => unusable('app.models');
      exports.generateMySQLClient = () => () => fail('app.mysql() / app.rdb()');`,
  },
  {
    request: './realtime/websocket-client',
    importer: '@cloudbase/database/dist/commonjs/',
    why: "watch() on a document or query (realtime over a websocket, with lodash's set/unset/cloneDeep, ~55 KB)",
    source: `exports.RealtimeWebSocketClient = class RealtimeWebSocketClient { constructor() { fail('watch()'); } };`,
  },
  {
    request: 'bson',
    importer: '@cloudbase/database/',
    why: 'nothing: @cloudbase/database uses only EJSON (tests/unit/function-bundles.test.ts checks), ~45 KB less',
    source: `export { EJSON } from ${JSON.stringify(databaseBsonEsm)};`,
    esm: true,
  },
  {
    request: 'axios',
    importer: '@cloudbase/node-sdk/dist/',
    // The node-sdk asks the metadata host whether it runs on Tencent Cloud only outside a cloud function
    // (TENCENTCLOUD_RUNENV=SCF, which the platform and the local cloud set); `requestClient` is for extensions.
    why: 'app.requestClient, and the metadata-host lookups the node-sdk makes only outside SCF (~45 KB with follow-redirects)',
    source: `
      const axios = () => fail('axios (app.requestClient)');
      for (const method of ['get', 'post', 'put', 'delete', 'request']) axios[method] = () => fail('axios.' + method + ' (the metadata host, app.requestClient)');
      module.exports = axios;`,
  },
  {
    request: 'https-proxy-agent',
    importer: '@cloudbase/node-sdk/dist/',
    // Reached only through `tcb.init({ proxy })`, a debugging option no function sets (cloudfunctions/_shared/cloud.ts).
    why: 'tcb.init({ proxy }) over https (with agent-base and debug, whose loading was 5-10% of a cold start)',
    source: `exports.HttpsProxyAgent = class HttpsProxyAgent { constructor() { fail('tcb.init({ proxy }) (https-proxy-agent)'); } };`,
  },
  {
    request: 'http-proxy-agent',
    importer: '@cloudbase/node-sdk/dist/',
    why: 'tcb.init({ proxy }) over http',
    source: `exports.HttpProxyAgent = class HttpProxyAgent { constructor() { fail('tcb.init({ proxy }) (http-proxy-agent)'); } };`,
  },
  {
    request: 'jsonwebtoken',
    importer: '@cloudbase/node-sdk/dist/',
    why: 'app.auth().createTicket() (custom login tickets; with semver, jws and lodash helpers, ~55 KB)',
    source: `
      exports.sign = () => fail('jsonwebtoken.sign (app.auth().createTicket())');
      exports.verify = () => fail('jsonwebtoken.verify');
      exports.decode = () => fail('jsonwebtoken.decode');`,
  },
  {
    request: 'form-data',
    why: 'multipart requests: callCompatibleWxOpenApi, callWxPayApi, wxCallContainerApi (with mime-db, ~150 KB)',
    source: `module.exports = class FormData { constructor() { fail('a multipart request (callCompatibleWxOpenApi, callWxPayApi, wxCallContainerApi)'); } };`,
  },
  {
    request: 'xml2js',
    importer: '@cloudbase/node-sdk/dist/',
    why: "parsing COS's XML reply to a failed app.uploadFile() (with xmlbuilder and sax, ~100 KB)",
    // COS answers a successful upload with an empty body (node-sdk storage/index.js), which xml2js parses to null;
    // only its error replies are XML, and those fail the upload here with COS's text instead of its parsed code.
    source: `
      exports.parseString = (text, done) => {
        if (String(text).trim() === '') return done(null, null);
        try { fail("parsing COS's reply to uploadFile (" + String(text).slice(0, 500) + ')'); } catch (error) { done(error); }
      };`,
  },
];

/** zod's own folder of core modules, as the bundles resolve it. */
const zodCore = join(dirname(require.resolve('zod/package.json', { paths: [__dirname] })), 'v4', 'core');

/** The names an ES module of zod's exports (`export const|function|class x`, `export { x as y }`). */
export function esmExportNames(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const names = new Set<string>();
  for (const [, name] of source.matchAll(/^export (?:const|let|function|class) (\w+)/gm)) names.add(name);
  for (const [, , alias] of source.matchAll(/^export \{ (\w+) as (\w+) \};?$/gm)) names.add(alias);
  return [...names];
}

/**
 * An ES module of zod's as a stub: `keep` re-exported from the real module (which esbuild then tree-shakes to them),
 * every other export a function that fails when called, constructed or read.
 */
const zodStubSource = (file: string, keep: readonly string[], what: string): string =>
  [
    keep.length > 0 ? `export { ${keep.join(', ')} } from ${JSON.stringify(join(zodCore, file))};` : '',
    `const fail = () => { const error = new Error(${JSON.stringify(`${what} is not in this cloud function bundle: zod's ${file} is a stub there (scripts/sdk-stubs.ts) because no function used it; delete the stub to use it.`)}); console.error(error); throw error; };`,
    "const loud = () => new Proxy(function () {}, { apply: fail, construct: fail, get: (_, key) => (key === 'then' || typeof key === 'symbol' ? undefined : fail()) });",
    // A factory of methods (`create…Method`) runs as a schema is read, and answers a method that fails if called.
    ...esmExportNames(join(zodCore, file))
      .filter((name) => !keep.includes(name))
      .map((name) => (/^create\w*Method$/.test(name) ? `export const ${name} = () => loud();` : `export const ${name} = loud();`)),
  ].join('\n');

/**
 * zod's JSON Schema output (`z.toJSONSchema`, `schema.toJSONSchema()`, `~standard.jsonSchema`): every schema refers
 * to it, so esbuild keeps it, but no function converts a schema. ~15 KB of every bundle. `aggregateChecks` stays: it
 * is what `schema.minLength` and the like read. Each module is imported under two names (from core/ and classic/),
 * both given the one stub.
 */
const ZOD_JSON_SCHEMA_STUBS: readonly Stub[] = (
  [
    ['json-schema-processors.js', ['aggregateChecks']],
    ['to-json-schema.js', []],
  ] as const
).flatMap(([file, keep]) => {
  const source = zodStubSource(file, keep, 'JSON Schema output (z.toJSONSchema)');
  return [`../core/${file}`, `./${file}`].map((request) => ({
    request,
    importer: 'zod/v4/',
    why: "zod's JSON Schema output (z.toJSONSchema, schema.toJSONSchema(), ~standard.jsonSchema), ~15 KB",
    source,
    esm: true,
  }));
});

export const ALL_STUBS: readonly Stub[] = [...SDK_STUBS, ...ZOD_JSON_SCHEMA_STUBS];

export const STUB_NAMESPACE = 'sdk-stub';

/** The module a stub becomes in the bundle (exported for the tests, which run each stub). */
export const stubModuleSource = (stub: Stub): string => (stub.esm ? stub.source : `${failSource(stub)}\n${stub.source}`);

const failSource = (stub: Stub): string => `
  const fail = (what) => {
    const error = new Error(
      what + ' is not in this cloud function bundle: ' + ${JSON.stringify(stub.request)} +
      ' is a stub there (scripts/sdk-stubs.ts) because no function used it; delete the stub to use it.'
    );
    console.error(error);
    throw error;
  };`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** esbuild plugin: resolves each of `stubs` to its stub; the metafile names them `sdk-stub:<index>:<request>`. */
export function sdkStubs(stubs: readonly Stub[] = ALL_STUBS): Plugin {
  return {
    name: 'sdk-stubs',
    setup(build) {
      stubs.forEach((stub, index) => {
        build.onResolve({ filter: new RegExp(`^${escape(stub.request)}$`) }, (args) => {
          if (stub.importer && !args.importer.replace(/\\/g, '/').includes(stub.importer)) return undefined;
          return { path: `${index}:${stub.request}`, namespace: STUB_NAMESPACE };
        });
      });
      build.onLoad({ filter: /.*/, namespace: STUB_NAMESPACE }, (args) => {
        const stub = stubs[Number(args.path.split(':')[0])];
        return { contents: stubModuleSource(stub), loader: 'js', resolveDir: __dirname };
      });
    },
  };
}
