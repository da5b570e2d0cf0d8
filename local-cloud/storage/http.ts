import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { fileIdOf, normaliseCloudPath, type FileStore } from './files';
import { STORAGE_ACTIONS, type StorageContext } from './wire';

/** Larger than any file the app accepts (core/documents.ts); the functions check the real limits. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export class StorageHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES) throw new StorageHttpError(413, `file larger than ${MAX_UPLOAD_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const pathFromUrl = (pathname: string, prefix: string): string => {
  let decoded: string;
  try {
    decoded = pathname.slice(prefix.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    throw new StorageHttpError(400, 'malformed path');
  }
  const path = normaliseCloudPath(decoded);
  if (!path) throw new StorageHttpError(400, 'not a valid cloud path');
  return path;
};

const contentTypeOf = (req: IncomingMessage): string =>
  (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0].trim() || 'application/octet-stream';

/**
 * A `Range: bytes=…` header as COS answers it (RFC 9110 14.1.2): one range, `first-last`, `first-` or `-suffix`,
 * clipped to the file; null to send the whole file (no header, or one this does not read, such as several ranges);
 * 'unsatisfiable' when the range starts past the end.
 */
function byteRange(header: string | undefined, size: number): { first: number; last: number } | null | 'unsatisfiable' {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [first, last] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  if (match[1] !== '' && match[2] !== '' && Number(match[2]) < first) return null;
  if (first >= size || (match[1] === '' && Number(match[2]) === 0)) return 'unsatisfiable';
  return { first, last };
}

/** A storage action sent to `/admin` by the node-sdk; same reply conventions as the database actions. */
export function handleStorageAction(ctx: StorageContext, params: Record<string, unknown>): Record<string, unknown> {
  const requestId = randomUUID();
  const action = STORAGE_ACTIONS[String(params.action)];
  if (!action)
    return { requestId, code: 'ACTION_NOT_SUPPORTED', message: `action ${String(params.action)} is not supported by the local cloud` };
  try {
    return { requestId, ...action(params, ctx) };
  } catch (error) {
    if (error instanceof TypeError) return { requestId, code: 'INVALID_PARAM', message: error.message };
    throw error;
  }
}

/**
 * The HTTP side of the local storage, or false when the URL is not a storage route:
 * - `PUT /storage/put/<path>`: the upload URL handed to the node-sdk by `storage.getUploadMetadata`;
 * - `POST /storage/upload?cloudPath=<path>`: what the H5 app uses where WeChat would use `wx.cloud.uploadFile`.
 *   Local mode identifies the caller by `X-Dev-OpenId`, and (like the storage rule we deploy) a caller writes only
 *   under `uploads/<openId>/`;
 * - `GET|HEAD /storage/file/<path>`: a file's bytes (CloudBase's temporary download URL), or one range of them
 *   (`Range`, as COS honours it: 206 with `Content-Range`).
 */
export async function handleStorageHttp(files: FileStore, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const { pathname } = url;
  if (pathname.startsWith('/storage/put/')) {
    if (req.method !== 'PUT') throw new StorageHttpError(405, 'PUT only');
    const path = pathFromUrl(pathname, '/storage/put/');
    files.put(path, await readBytes(req), contentTypeOf(req), null);
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end('');
    return true;
  }
  if (pathname === '/storage/upload') {
    if (req.method !== 'POST') throw new StorageHttpError(405, 'POST only');
    const openId = req.headers['x-dev-openid'];
    if (typeof openId !== 'string' || openId === '') throw new StorageHttpError(401, 'X-Dev-OpenId is required');
    const path = normaliseCloudPath(url.searchParams.get('cloudPath') ?? '');
    if (!path) throw new StorageHttpError(400, 'cloudPath is not a valid cloud path');
    if (!path.startsWith(`uploads/${openId}/`)) throw new StorageHttpError(403, `uploads go under uploads/${openId}/`);
    const bytes = await readBytes(req);
    if (bytes.length === 0) throw new StorageHttpError(400, 'empty file');
    const meta = files.put(path, bytes, contentTypeOf(req), openId);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ fileID: fileIdOf(path), size: meta.size, contentType: meta.contentType }));
    return true;
  }
  if (pathname.startsWith('/storage/file/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new StorageHttpError(405, 'GET only');
    const path = pathFromUrl(pathname, '/storage/file/');
    const meta = files.stat(path);
    if (!meta) throw new StorageHttpError(404, 'no such file');
    const headers = { 'content-type': meta.contentType, 'cache-control': 'no-store', 'accept-ranges': 'bytes' };
    const range = byteRange(req.headers.range, meta.size);
    if (range === 'unsatisfiable') {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${meta.size}` });
      res.end();
      return true;
    }
    const bytes = files.read(path, range ?? undefined);
    res.writeHead(range ? 206 : 200, {
      ...headers,
      'content-length': bytes.length,
      ...(range ? { 'content-range': `bytes ${range.first}-${range.last}/${meta.size}` } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return true;
  }
  return false;
}
