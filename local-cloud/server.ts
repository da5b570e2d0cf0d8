import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { handleDbRequest } from './db/handler';
import type { IndexSpec } from './db/indexes';
import { Store } from './db/store';
import { FunctionHost } from './functions/host';
import { serveStatic } from './static';
import { FileStore } from './storage/files';
import { handleStorageAction, handleStorageHttp, StorageHttpError } from './storage/http';
import { WxOpenApi, type SentSubscribeMessage } from './wx/open-api';

export interface LocalCloudOptions {
  port: number;
  host?: string;
  dataDir: string;
  functionsDir: string;
  h5Dir: string;
  /** Declared indexes per collection (cloudfunctions/_shared/collections.ts). */
  indexes?: Record<string, IndexSpec[]>;
  /** Runs once the store is open and before the port is listened on (provisioning, seeding). */
  prepare?: (store: Store) => Promise<void>;
}

export interface LocalCloud {
  url: string;
  store: Store;
  files: FileStore;
  /** The subscribe messages "sent" through `callWxOpenApi` (local/wx/open-api.ts), oldest first. */
  wxSent: SentSubscribeMessage[];
  /**
   * Every request the node-sdk has sent to `/admin` since the start, by action (`database.updateDocument`,
   * `storage.getTempFileURL`, `wx.api` …): the round trips a function pays, which the stays bench counts per apply.
   */
  adminRequests: Map<string, number>;
  /**
   * TCP connections accepted since the start: a warm function with keep-alive sends its requests on the connections
   * it already has (the stays bench's `stays.apply_new_connections`).
   */
  connectionsAccepted(): number;
  /**
   * Delays every request to the platform (`/admin`, `/storage/`) by `ms` before answering it, as the network between
   * a function and CloudBase would (0, the default: none). It costs no CPU, so an apply's time grows by `ms` for each
   * request it waits for in turn: the stays bench's `stays.apply_serial_round_trips`.
   */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 6 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'request body is not JSON');
  }
}

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

/**
 * The local stand-in for CloudBase on one port: `/admin` (the database and storage actions the node-sdk sends),
 * `/fn/<name>` (the bundled functions, caller from `X-Dev-OpenId` — local mode only), `/storage/…` (file bytes)
 * and `/` (the H5 build).
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const store = await Store.open(options.dataDir, options.indexes);
  await options.prepare?.(store);
  const functions = new FunctionHost(options.functionsDir);
  const files = new FileStore(options.dataDir);
  const wx = new WxOpenApi(options.dataDir);
  let baseUrl = '';
  const adminRequests = new Map<string, number>();
  let latencyMs = 0;

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    try {
      if (latencyMs > 0 && (url.pathname.startsWith('/admin') || url.pathname.startsWith('/storage/'))) await sleep(latencyMs);
      if (url.pathname === '/admin' || url.pathname.startsWith('/admin/')) {
        if (req.method !== 'POST') throw new HttpError(405, 'POST only');
        const body = await readJson(req);
        const action = (body as { action?: unknown } | null)?.action;
        const isStorage = typeof action === 'string' && action.startsWith('storage.');
        const named = typeof action === 'string' ? action : '(none)';
        adminRequests.set(named, (adminRequests.get(named) ?? 0) + 1);
        if (action === 'wx.api') sendJson(res, 200, wx.handle(body as Record<string, unknown>));
        else
          sendJson(
            res,
            200,
            isStorage ? handleStorageAction({ files, baseUrl }, body as Record<string, unknown>) : await handleDbRequest(store, body),
          );
        return;
      }
      if (await handleStorageHttp(files, req, res, url)) {
        return;
      }
      if (url.pathname.startsWith('/fn/')) {
        const name = url.pathname.slice('/fn/'.length);
        if (req.method !== 'POST') throw new HttpError(405, 'POST only');
        if (!functions.exists(name)) throw new HttpError(404, `no function named ${name} (run npm run build:functions)`);
        const openId = req.headers['x-dev-openid'];
        const event = await readJson(req);
        const reply = await functions.invoke(name, event, {
          openId: typeof openId === 'string' && openId !== '' ? openId : null,
          appId: 'wx-local-dev',
        });
        sendJson(res, 200, reply);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'GET only');
      serveStatic(options.h5Dir, url.pathname, res);
    } catch (error) {
      if (error instanceof HttpError || error instanceof StorageHttpError) {
        sendJson(res, error.status, { message: error.message });
        return;
      }
      // A function that throws instead of replying: the platform answers with an error, never a stack.
      console.error(`[local-cloud] ${req.method} ${url.pathname}`, error);
      if (!res.headersSent) sendJson(res, 500, { message: 'internal error' });
      else res.end();
    }
  });

  let connections = 0;
  server.on('connection', () => {
    connections += 1;
  });

  // The node-sdk's keep-alive agent drops an idle socket after 4.8 s, just under Node's default 5 s on the server
  // side: on a loaded machine both timers slip and the server can close a socket the SDK is reusing ("socket hang
  // up", seen in the 200-way races). The client must always be the one to close, as with CloudBase's gateway.
  server.keepAliveTimeout = 30_000;
  server.headersTimeout = 31_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  baseUrl = url;

  return {
    url,
    store,
    files,
    wxSent: wx.sent,
    adminRequests,
    connectionsAccepted: () => connections,
    setLatency: (ms) => {
      latencyMs = ms;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await functions.close();
      await store.close();
    },
  };
}
