import { get as httpGet } from 'node:http';
import { AppError, type Locale } from '../../core/contract';
import type { DocumentFile } from '../../core/documents';
import { SNIFF_BYTES, isCallersUpload, uploadIssue, uploadProblems, type StoredFile } from '../../core/uploads/check';
import { cloudApp } from './cloud';

/** One file the payload names: where in the payload, its ID, and what a document entry declares about it. */
interface FileRef {
  path: string;
  fileId: string;
  declared?: Pick<DocumentFile, 'type' | 'size'>;
}

/** The files at a dotted path of the parsed input: a list of document entries or of plain file IDs. */
function refsAt(input: unknown, path: string): FileRef[] {
  let value: unknown = input;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i): FileRef[] => {
    if (typeof item === 'string') return [{ path: `${path}.${i}`, fileId: item }];
    const doc = item as DocumentFile;
    return [{ path: `${path}.${i}`, fileId: doc.fileId, declared: { type: doc.type, size: doc.size } }];
  });
}

/** What a ranged GET answered: its status, its `Content-Range`, and its body (none for 404 and 416). */
interface RangeReply {
  status: number;
  contentRange: string | undefined;
  body: Buffer;
}

/**
 * One ranged GET, through Node's `http`/`https` rather than `fetch`: the first `fetch` of a process loads undici,
 * about 25 ms more than the first `http.get` (measured on these machines, 31 ms against 7.5 ms), on the first
 * apply of every cold instance; and each read after costs less CPU. `https` (and `tls`) is required on the first
 * https URL only, as the SDK's patches do (scripts/sdk-patches.ts): the local cloud's storage is plain HTTP.
 */
function getOnce(url: string, range: string): Promise<RangeReply> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use, not at every cold start
  const get = url.startsWith('https:') ? (require('node:https') as typeof import('node:https')).get : httpGet;
  return new Promise((resolve, reject) => {
    const req = get(url, { headers: { Range: range } }, (res) => {
      const status = res.statusCode ?? 0;
      const chunks: Buffer[] = [];
      if (status === 404 || status === 416) res.resume();
      else res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status, contentRange: res.headers['content-range'], body: Buffer.concat(chunks) }));
    });
    // Whether the request went on a kept-alive connection: only such a failure is worth sending again.
    req.on('error', (error) => reject(Object.assign(error, { reused: req.reusedSocket })));
  });
}

/**
 * A ranged GET, sent again when it failed on a kept-alive connection that storage had dropped meanwhile (a GET is
 * safe to repeat): SCF freezes an instance between calls, and the connections in its pool may all be dead when it
 * wakes. Each failure destroys one, so the read ends on a new connection at the latest, whose failure stands.
 */
async function getRange(url: string, range: string): Promise<RangeReply> {
  for (;;) {
    try {
      return await getOnce(url, range);
    } catch (error) {
      const { code, reused } = error as { code?: string; reused?: boolean };
      if (!reused || code !== 'ECONNRESET') throw error;
      // Logged, so the platform's logs show how often it happens (the URL's query is a signature: left out).
      console.warn(`[uploads] a ranged read's connection was dropped: sent again (${new URL(url).host})`);
    }
  }
}

/**
 * What storage holds for each file: its first bytes and its real size, or null when there is no such file. Through
 * the node-sdk (one `getTempFileURL` for all, then a ranged GET of each URL): the whole file is never downloaded
 * (COS and the local cloud honour `Range`; a storage that ignores it answers 200 with the whole file, also read).
 */
async function readStored(fileIds: readonly string[]): Promise<Map<string, StoredFile | null>> {
  const found = new Map<string, StoredFile | null>();
  if (fileIds.length === 0) return found;
  const { fileList } = await cloudApp().getTempFileURL({ fileList: [...fileIds] });
  await Promise.all(
    (fileList as Array<{ fileID: string; code?: string; tempFileURL?: string }>).map(async (entry) => {
      if (entry.code !== 'SUCCESS' || !entry.tempFileURL) {
        found.set(entry.fileID, null);
        return;
      }
      const res = await getRange(entry.tempFileURL, `bytes=0-${SNIFF_BYTES - 1}`);
      if (res.status === 404) {
        found.set(entry.fileID, null);
        return;
      }
      // No byte of the range exists: the file is empty (the upload route refuses empty files, wx.cloud.uploadFile not).
      if (res.status === 416) {
        found.set(entry.fileID, { head: new Uint8Array(0), size: 0 });
        return;
      }
      if (res.status < 200 || res.status > 299) throw new Error(`reading ${entry.fileID} from storage answered HTTP ${res.status}`);
      const total = /\/(\d+)$/.exec(res.contentRange ?? '')?.[1];
      const head = new Uint8Array(res.body.subarray(0, SNIFF_BYTES));
      found.set(entry.fileID, { head, size: res.status === 206 && total ? Number(total) : res.body.length });
    }),
  );
  return found;
}

/**
 * Checks every file the action's payload names at `paths` (`documents`, `attachments`) against storage: the caller
 * uploaded it (its own `uploads/<openId>/` folder), it exists, its real type (magic bytes) is accepted and is the
 * declared one, its real size is the declared one and within the limit. Any refused file answers VALIDATION with an
 * issue on its path, before anything is written. Files of other users are refused without being looked up.
 */
export async function assertUploadsValid({
  paths,
  input,
  openId,
  locale,
}: {
  paths: readonly string[];
  input: unknown;
  openId: string;
  locale: Locale;
}): Promise<void> {
  const refs = paths.flatMap((path) => refsAt(input, path));
  if (refs.length === 0) return;
  const own = [...new Set(refs.filter((r) => isCallersUpload({ fileId: r.fileId, openId })).map((r) => r.fileId))];
  const stored = await readStored(own);
  const issues = refs.flatMap((ref) => {
    const [problem] = uploadProblems({ fileId: ref.fileId, openId, stored: stored.get(ref.fileId) ?? null, declared: ref.declared });
    return problem ? [uploadIssue(ref.path, problem, locale)] : [];
  });
  if (issues.length > 0) throw new AppError('VALIDATION', { issues });
}

/**
 * Deletes from storage the files of `fileIds` that the caller uploaded (their `uploads/<openId>/` folder; others'
 * files, such as a unit's reply attachments, are left alone). A file already gone counts as deleted, so a retry
 * finishes the job. Answers how many were deleted now.
 */
export async function deleteOwnUploads({ fileIds, openId }: { fileIds: readonly string[]; openId: string }): Promise<number> {
  const own = [...new Set(fileIds.filter((fileId) => isCallersUpload({ fileId, openId })))];
  let deleted = 0;
  for (let i = 0; i < own.length; i += DELETE_BATCH) {
    const { fileList } = await cloudApp().deleteFile({ fileList: own.slice(i, i + DELETE_BATCH) });
    for (const entry of fileList as Array<{ fileID: string; code?: string }>) {
      if (entry.code === 'SUCCESS') deleted += 1;
      else if (entry.code !== 'STORAGE_FILE_NONEXIST') throw new Error(`deleting ${entry.fileID} from storage answered ${entry.code}`);
    }
  }
  return deleted;
}

/** Files per deleteFile call (CloudBase takes at most 50). */
const DELETE_BATCH = 50;
