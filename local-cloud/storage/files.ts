import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The local environment's storage bucket, as it appears in file IDs. */
export const LOCAL_BUCKET = 'local-env.local-bucket';
const FILE_ID_PREFIX = `cloud://${LOCAL_BUCKET}/`;

export interface StoredFileMeta {
  contentType: string;
  size: number;
  /** Who uploaded it (the caller's openId), as CloudBase records a file's creator for its security rules. */
  uploader: string | null;
  uploadedAt: number;
}

/**
 * A cloud path as CloudBase accepts it: relative, `/`-separated, no `.`/`..` segments, no control characters.
 * Returns null for anything else, so a path can never leave the storage folder.
 */
export function normaliseCloudPath(path: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a cloud path may not hold
  if (path.length === 0 || path.length > 500 || /[\u0000-\u001f\\]/.test(path)) return null;
  const segments = path.replace(/^\/+/, '').split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  return segments.join('/');
}

export const fileIdOf = (cloudPath: string): string => `${FILE_ID_PREFIX}${cloudPath}`;

/** The cloud path of one of this bucket's file IDs, or null for another bucket's or a malformed ID. */
export function cloudPathOf(fileId: string): string | null {
  return fileId.startsWith(FILE_ID_PREFIX) ? normaliseCloudPath(fileId.slice(FILE_ID_PREFIX.length)) : null;
}

function writeDurably(file: string, bytes: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/**
 * Files of the local cloud's storage, under `<dataDir>/storage`: the bytes in `objects/<path>` and what CloudBase
 * keeps about them in `meta/<path>.json`. A write is durable before it is acknowledged (fsync, then rename).
 * The local cloud is the folder's only writer, so what was read of `meta/` is kept in memory: each apply looks its
 * files up twice (getTempFileURL, then the read).
 */
export class FileStore {
  private readonly objects: string;
  private readonly meta: string;
  private readonly known = new Map<string, StoredFileMeta | null>();

  constructor(dataDir: string) {
    this.objects = join(dataDir, 'storage', 'objects');
    this.meta = join(dataDir, 'storage', 'meta');
  }

  put(cloudPath: string, bytes: Buffer, contentType: string, uploader: string | null, now = Date.now()): StoredFileMeta {
    const meta: StoredFileMeta = { contentType, size: bytes.length, uploader, uploadedAt: now };
    writeDurably(join(this.objects, cloudPath), bytes);
    writeDurably(join(this.meta, `${cloudPath}.json`), Buffer.from(JSON.stringify(meta)));
    this.known.set(cloudPath, meta);
    return meta;
  }

  stat(cloudPath: string): StoredFileMeta | null {
    const known = this.known.get(cloudPath);
    if (known !== undefined) return known;
    const file = join(this.meta, `${cloudPath}.json`);
    const meta =
      existsSync(file) && existsSync(join(this.objects, cloudPath)) ? (JSON.parse(readFileSync(file, 'utf8')) as StoredFileMeta) : null;
    this.known.set(cloudPath, meta);
    return meta;
  }

  /**
   * The bytes of a file `stat` found, or those of `range` (first and last byte, within the file) when one is given.
   */
  read(cloudPath: string, range?: { first: number; last: number }): Buffer {
    const file = join(this.objects, cloudPath);
    if (!range) return readFileSync(file);
    const bytes = Buffer.alloc(range.last - range.first + 1);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, bytes, 0, bytes.length, range.first);
    } finally {
      closeSync(fd);
    }
    return bytes;
  }

  /** True when there was a file to delete. */
  delete(cloudPath: string): boolean {
    const existed = this.stat(cloudPath) !== null;
    rmSync(join(this.objects, cloudPath), { force: true });
    rmSync(join(this.meta, `${cloudPath}.json`), { force: true });
    this.known.set(cloudPath, null);
    return existed;
  }
}
