import { createHash } from 'node:crypto';
import { FILE_TYPES, MAX_FILE_BYTES } from '../../core/documents';

/** The leading bytes of each accepted type (core/uploads/check.ts recognises them). */
const MAGIC: Record<(typeof FILE_TYPES)[number], number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37],
  jpg: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};
const CONTENT_TYPES = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' } as const;

/** A file of `size` bytes that starts like `type`. */
export const fileBytes = (type: keyof typeof MAGIC, size: number): Buffer => {
  const bytes = Buffer.alloc(size);
  Buffer.from(MAGIC[type]).copy(bytes);
  return bytes;
};

/** Uploads as the app does on H5 (`POST /storage/upload`, into the caller's folder); answers the file ID. */
export async function uploadAs(
  cloud: { url: string },
  openId: string,
  cloudPath: string,
  bytes: Buffer,
  contentType: string,
): Promise<string> {
  const res = await fetch(`${cloud.url}/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'X-Dev-OpenId': openId },
    body: new Uint8Array(bytes),
  });
  if (!res.ok) throw new Error(`upload of ${cloudPath} as ${openId} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { fileID: string }).fileID;
}

const uploaded = new Map<string, Promise<string>>();
const once = (cloud: { url: string }, openId: string, key: string, type: keyof typeof MAGIC, size: number) => {
  const cacheKey = `${cloud.url} ${openId} ${key} ${type} ${size}`;
  let fileId = uploaded.get(cacheKey);
  if (!fileId) {
    const name = createHash('sha256').update(cacheKey).digest('hex').slice(0, 16);
    fileId = uploadAs(cloud, openId, `uploads/${openId}/${name}.${type}`, fileBytes(type, size), CONTENT_TYPES[type]);
    uploaded.set(cacheKey, fileId);
  }
  return fileId;
};

const isValidDocument = (doc: any): boolean =>
  doc &&
  typeof doc.fileId === 'string' &&
  doc.fileId.startsWith('cloud://') &&
  (FILE_TYPES as readonly string[]).includes(doc.type) &&
  Number.isInteger(doc.size) &&
  doc.size > 0 &&
  doc.size <= MAX_FILE_BYTES;

/** A document entry of a 1000-byte PDF, for a payload `withUploads` then uploads (the benchmarks' documents). */
export const pdfDocument = (kind: string) => ({ kind, fileId: `cloud://bench.bucket/${kind}.pdf`, type: 'pdf', size: 1000 });

/**
 * The payload as the app sends it: the files it names were uploaded by the caller first. Each well-formed document
 * entry (`documents`) and each file ID (`attachments`) of a test payload is uploaded into the caller's folder, with
 * the declared type and size, and its ID replaced by the uploaded file's; malformed entries are left for the schema
 * to refuse. Uploads are made once per caller and file.
 */
export async function withUploads<T>(cloud: { url: string }, openId: string | null, payload: T): Promise<T> {
  if (!openId || !payload || typeof payload !== 'object') return payload;
  const out: any = { ...payload };
  if (Array.isArray(out.documents)) {
    out.documents = await Promise.all(
      out.documents.map(async (doc: any) =>
        isValidDocument(doc) ? { ...doc, fileId: await once(cloud, openId, doc.fileId, doc.type, doc.size) } : doc,
      ),
    );
  }
  if (Array.isArray(out.attachments)) {
    out.attachments = await Promise.all(
      out.attachments.map(async (id: unknown) =>
        typeof id === 'string' && id.startsWith('cloud://') ? once(cloud, openId, id, 'pdf', 64) : id,
      ),
    );
  }
  return out;
}
