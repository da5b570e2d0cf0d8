import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Small edits to the node-sdk's code in the function bundles. Most give the same result as the original faster
 * (tests/unit/function-bundles.test.ts checks each against the original); three mend what the SDK means to do (a
 * retry it never ran, a listener it left behind, a timer it left running), each with a test that fails without it.
 * A patch whose `find` is no longer in the file (the package was updated) fails the build, so none silently stops
 * applying.
 */
export interface SdkPatch {
  /** The file, as the end of its path. */
  file: string;
  /** The package whose own copy of the file is patched, when it is not the one `require.resolve(file)` finds. */
  within?: string;
  find: string;
  replace: string;
  why: string;
}

/**
 * The signature's key order without `localeCompare` when it is sure to be the same. The first `localeCompare` of
 * a process loads ICU's collation data (7–15 ms of every cold start, before the first request is sent). The keys
 * signed are header names and body keys, lower-cased (`tcb_sessiontoken`, `content-type`…): for keys made only of
 * `a-z`, `0-9`, `_` and `-`, ICU's root order (which `localeCompare` follows in the locales a function runs in) is
 * `_` < `-` < digits < letters, character by character, which is the code-point order once `_` and `-` are given
 * the two lowest code points. Any other key sorts them all with `localeCompare`, as before. Each key's rank is
 * computed once, not at every comparison.
 */
export const SORT_KEYS_SOURCE = `((keys) => {
  if (!keys.every((key) => /^[a-z0-9_-]*$/.test(key))) return keys.sort((l, r) => l.toString().localeCompare(r));
  const ranks = new Map(keys.map((key) => [key, key.replace(/_/g, '\\u0001').replace(/-/g, '\\u0002')]));
  return keys.sort((l, r) => { const a = ranks.get(l), b = ranks.get(r); return a < b ? -1 : a > b ? 1 : 0; });
})`;

/**
 * TC3-HMAC-SHA256 derives its signing key from the secret, the UTC day and the service with three HMACs, then signs
 * with a fourth. The SDK derives it again for every request; the last key derived is kept (on the Signer class)
 * with what it was derived from, so it is derived again only when the day, the service or the secret changes (the
 * platform's temporary secrets included). The signature is the same.
 */
const SIGNING_KEY_FIND = `const secretDate = utils_1.sha256hmac(date, \`TC3\${this.credential.secretKey}\`);
        const secretService = utils_1.sha256hmac(service, secretDate);
        const secretSigning = utils_1.sha256hmac('tc3_request', secretService);`;
export const SIGNING_KEY_REPLACE = `const derivedFrom = \`\${date}\\n\${service}\\n\${this.credential.secretKey}\`;
        if (!Signer.lastSigningKey || Signer.lastSigningKey.from !== derivedFrom) {
            const secretDate = utils_1.sha256hmac(date, \`TC3\${this.credential.secretKey}\`);
            const secretService = utils_1.sha256hmac(service, secretDate);
            Signer.lastSigningKey = { from: derivedFrom, secretDate, secretService, secretSigning: utils_1.sha256hmac('tc3_request', secretService) };
        }
        const { secretDate, secretService, secretSigning } = Signer.lastSigningKey;`;

/**
 * The node-sdk's `version.js` reads `../../package.json` from its own folder. Bundled, that folder is the function's,
 * so the SDK named itself after our app (`tcb-node-sdk/0.1.0` in every request's `User-Agent` and `X-SDK-Version`)
 * or `unknow` where no such file is, and every cold start paid a file read and a copy of `fs`. The version is the
 * installed SDK's, written into the bundle at build time.
 */
const VERSION_FIND = `const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
function loadPackage() {
    try {
        return JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json')).toString());
    }
    catch (e) {
        // 某些场景下可能无法成功加载到 package.json 文件
    }
    return {
        version: 'unknow'
    };
}
exports.version = loadPackage().version;`;
const sdkVersion = (): string =>
  (JSON.parse(readFileSync(require.resolve('@cloudbase/node-sdk/package.json'), 'utf8')) as { version: string }).version;

/**
 * The free connections the SDK's agent keeps: as many as it may open (its `maxSockets`, 100), where the SDK kept 10.
 * The local cloud runs every call of a function in one worker, as SCF's multi-concurrency (单实例多并发) does, so an
 * instance may have tens of requests in flight: each burst of more than 10 closed the surplus as its requests ended
 * and opened as many new connections for the next (a TCP connect, and on CloudBase a TLS handshake, per request).
 * In `npm run bench stays` (50 applies in flight) it cost about 0.8 ms of an apply's 9.5 ms of CPU
 * (docs/benchmarks.md; tests/integration/robustness/stale-connections.test.ts). Unused connections still close after 4.8 s
 * (`freeSocketTimeout`). An instance that runs one call at a time never holds more than a few.
 */
const FREE_SOCKETS = 100;

/**
 * A request written on a kept-alive connection that the server had closed meanwhile fails with ECONNRESET before
 * anything was answered; the SDK means to send it again when its keep-alive is on, but tests `opts.times >= 0` on a
 * `times` nobody sets (`undefined >= 0` is false), so it never does. After a frozen instance wakes, every pooled
 * connection may be dead, so the retry goes on while the request failed on a reused connection: each failure
 * destroys one, and the pool keeps at most `FREE_SOCKETS` free, so by the retry after that many the request is on a
 * new connection, whose failure is not retried. Each retry is logged, so the platform's logs show how often it
 * happens (tests/integration/robustness/stale-connections.test.ts).
 */
const RESET_RETRY_FIND = `opts.keepalive && opts.times >= 0) {
            return request(Object.assign(Object.assign({}, opts), { times: times - 1 }), cb);`;
const RESET_RETRY_REPLACE = `opts.keepalive && (opts.resetRetries ?? ${FREE_SOCKETS + 1}) > 0) {
            console.warn(\`[TCB] \${err.message} on a reused connection: sent again (\${opts.url.split('?')[0]})\`);
            return request(Object.assign(Object.assign({}, opts), { resetRetries: (opts.resetRetries ?? ${FREE_SOCKETS + 1}) - 1 }), cb);`;

/**
 * To tell a connect timeout from a response timeout, the SDK listens for `connect` on a request's connection unless
 * the request is marked as reusing it. A request that waited for a free connection (more at once than the agent's
 * 100) is handed one already connected and not marked so: its listener never fires and stays, one more per such
 * request on a long-lived connection (MaxListenersExceededWarning in the local cloud's 200-way races). A connection
 * that is not connecting any more gets none (tests/integration/robustness/stale-connections.test.ts).
 */
const CONNECT_LISTENER_FIND = `        if (req.reusedSocket) {
            hasConnected = true;`;
const CONNECT_LISTENER_REPLACE = `        if (req.reusedSocket || !socket.connecting) {
            hasConnected = true;`;

/**
 * A database request taking over 3 s logs a warning, from a timer cleared when the reply comes. A request that fails
 * (a dropped connection) never cleared it: 3 s later a false "longer than 3s" warning, and a timer holding the
 * process (tests/integration/robustness/lost-replies/stays-and-seats.test.ts). It is now cleared however the request ends.
 */
const SLOW_WARNING_FIND = `        }).then((response) => {
            this.slowWarnTimer && clearTimeout(this.slowWarnTimer);`;
const SLOW_WARNING_REPLACE = `        }).finally(() => {
            this.slowWarnTimer && clearTimeout(this.slowWarnTimer);
        }).then((response) => {`;

export const SDK_PATCHES: readonly SdkPatch[] = [
  {
    file: '@cloudbase/signature-nodejs/lib/keyvalue.js',
    find: 'Object.keys(obj || {})\n            .sort((l, r) => l.toString().localeCompare(r))',
    replace: `${SORT_KEYS_SOURCE}(Object.keys(obj || {}))`,
    why: "the request signature's first localeCompare loads ICU's collation data (7–15 ms per cold start)",
  },
  {
    // @cloudbase/database's bson 4 (the stub in scripts/sdk-stubs.ts keeps only its EJSON): `serialize`'s scratch
    // buffer, 17 MB zero-filled at load, for a `serialize` no bundle holds. Marked pure, esbuild drops it when
    // nothing uses it, and keeps it, unchanged, if something does.
    file: 'bson/dist/bson.esm.js',
    within: '@cloudbase/database',
    find: 'var buffer = Buffer.alloc(MAXSIZE);',
    replace: 'var buffer = /* @__PURE__ */ Buffer.alloc(MAXSIZE);',
    why: 'bson allocated (and zero-filled) a 17 MB buffer at every cold start that nothing in the bundles uses',
  },
  {
    file: '@cloudbase/signature-nodejs/lib/signer.js',
    find: SIGNING_KEY_FIND,
    replace: SIGNING_KEY_REPLACE,
    why: 'the signing key (three HMACs) depends only on the day, the service and the secret: derived once a day, not per request',
  },
  {
    // In SCF the SDK calls the database over plain HTTP (its internal endpoint; here the local cloud); `https` and
    // its `tls` are wanted only by a request to an https URL, so they are required then rather than at every load.
    file: '@cloudbase/node-sdk/dist/utils/request-core.js',
    find: 'const https_1 = __importDefault(require("https"));',
    replace: 'const https_1 = { get default() { return require("https"); } };',
    why: 'requiring `https` (and `tls`) cost every cold start ~4 ms, for requests the functions send over HTTP',
  },
  {
    // The same for agentkeepalive's HTTPS agent (its module requires `https`); the SDK reaches it through
    // `__importStar`, whose bindings are getters, so it is required on the first https request.
    file: 'agentkeepalive/index.js',
    find: "module.exports.HttpsAgent = require('./lib/https_agent');",
    replace:
      "Object.defineProperty(module.exports, 'HttpsAgent', { enumerable: true, configurable: true, get: () => require('./lib/https_agent') });",
    why: "agentkeepalive's HTTPS agent required `https` at load, for requests the functions send over HTTP",
  },
  {
    file: '@cloudbase/node-sdk/dist/utils/request-core.js',
    find: 'maxFreeSockets: 10,',
    replace: `maxFreeSockets: ${FREE_SOCKETS},`,
    why: 'an instance with more than 10 requests in flight closed the rest as they ended and connected anew for the next',
  },
  {
    file: '@cloudbase/node-sdk/dist/utils/request-core.js',
    find: RESET_RETRY_FIND,
    replace: RESET_RETRY_REPLACE,
    why: 'a request on a kept-alive connection the server had closed was never sent again: the retry tested a `times` nobody sets',
  },
  {
    file: '@cloudbase/node-sdk/dist/utils/tcbapirequester.js',
    find: SLOW_WARNING_FIND,
    replace: SLOW_WARNING_REPLACE,
    why: 'a database request that failed left its slow-request timer running: a false warning 3 s later',
  },
  {
    file: '@cloudbase/node-sdk/dist/utils/request-core.js',
    find: CONNECT_LISTENER_FIND,
    replace: CONNECT_LISTENER_REPLACE,
    why: 'a request handed a connection already connected left a `connect` listener on it that never fired',
  },
  {
    file: '@cloudbase/node-sdk/dist/utils/version.js',
    find: VERSION_FIND,
    replace: `exports.version = ${JSON.stringify(sdkVersion())};`,
    why: "bundled, the SDK read our app's package.json as its own and sent that version with every request",
  },
  {
    // Long's 64-bit multiply and divide in WebAssembly, compiled at every cold start (~1 ms), for Long values no
    // document of ours holds; without it bson uses its JavaScript arithmetic, which gives the same results.
    file: 'bson/dist/bson.esm.js',
    within: '@cloudbase/database',
    find: 'wasm = new WebAssembly.Instance(new WebAssembly.Module(',
    replace: 'if (false) wasm = new WebAssembly.Instance(new WebAssembly.Module(',
    why: 'bson compiled a WebAssembly module at every cold start for Long arithmetic that EJSON of our documents never does',
  },
];

/** Where `patch.file` is, as the bundles get it. */
export const patchedFile = (patch: SdkPatch): string =>
  require.resolve(patch.file, patch.within ? { paths: [dirname(require.resolve(`${patch.within}/package.json`))] } : undefined);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** esbuild plugin: applies `patches` to the files they name (all of a file's, in order). */
export function sdkPatches(patches: readonly SdkPatch[] = SDK_PATCHES): Plugin {
  return {
    name: 'sdk-patches',
    setup(build) {
      for (const file of new Set(patches.map((p) => p.file))) {
        const path = file.split('/').map(escape).join('[\\\\/]');
        build.onLoad({ filter: new RegExp(`node_modules[\\\\/]${path}$`) }, (args) => {
          let source = readFileSync(args.path, 'utf8');
          for (const patch of patches.filter((p) => p.file === file)) {
            if (!source.includes(patch.find))
              return { errors: [{ text: `scripts/sdk-patches.ts: ${patch.file} no longer contains what a patch replaces` }] };
            source = source.replace(patch.find, patch.replace);
          }
          return { contents: source, loader: 'js' };
        });
      }
    },
  };
}
