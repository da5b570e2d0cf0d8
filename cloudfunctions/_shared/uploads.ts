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

/** A connection dropped under a request (undici's `fetch` names a reset ECONNRESET, a close UND_ERR_SOCKET). */
const isDroppedConnection = (error: unknown): boolean => {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET';
};

/**
 * How many times a ranged GET is sent at most. Storage may drop a kept-alive connection while the instance sits
 * frozen between calls, and fetch's pool then hands the request a dead connection; each failure removes one, and
 * the pool holds no more connections than reads once ran side by side: at most the files of one payload (12 event
 * photos at most), so the thirteenth attempt is on a new connection.
 */
const READ_ATTEMPTS = 13;

/** A ranged GET, sent again when the kept-alive connection it went on had been dropped (a GET is safe to repeat). */
async function getRange(url: string, range: string): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, { headers: { Range: range } });
    } catch (error) {
      if (attempt >= READ_ATTEMPTS || !isDroppedConnection(error)) throw error;
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
        await res.body?.cancel();
        found.set(entry.fileID, { head: new Uint8Array(0), size: 0 });
        return;
      }
      if (!res.ok) throw new Error(`reading ${entry.fileID} from storage answered HTTP ${res.status}`);
      const body = new Uint8Array(await res.arrayBuffer());
      const total = /\/(\d+)$/.exec(res.headers.get('content-range') ?? '')?.[1];
      found.set(entry.fileID, { head: body.slice(0, SNIFF_BYTES), size: res.status === 206 && total ? Number(total) : body.length });
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
