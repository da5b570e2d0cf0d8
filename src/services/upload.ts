import Taro from '@tarojs/taro';
import { FILE_TYPES, MAX_FILE_BYTES } from '@core/documents';
import { me } from './account';
import { getDevIdentity } from './dev-identity';
import { newRequestId } from './request-id';

export type FileType = (typeof FILE_TYPES)[number];

/** A file the user picked: a temp path in WeChat, the browser's File in H5. */
export interface PickedFile {
  name: string;
  size: number;
  type: FileType | null;
  path?: string;
  blob?: Blob;
}

export interface Uploaded {
  fileId: string;
  type: FileType;
  size: number;
}

/** Why a file is refused before any upload: what core/documents.ts allows. */
export type FileProblem = 'type' | 'size' | 'empty';
export type UploadFailure = FileProblem | 'failed' | 'cancelled';

const EXTENSIONS: Record<string, FileType> = { pdf: 'pdf', jpg: 'jpg', jpeg: 'jpg', png: 'png' };
const CONTENT_TYPES: Record<FileType, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' };

export const fileTypeOf = (name: string): FileType | null => EXTENSIONS[name.split('.').pop()?.toLowerCase() ?? ''] ?? null;

/** The same limits the server's schema applies (type, 10 MB), checked before spending the user's data on an upload. */
export function checkFile(file: Pick<PickedFile, 'size' | 'type'>): FileProblem | null {
  if (!file.type || !(FILE_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size <= 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'size';
  return null;
}

/** Lets the user choose one PDF or image; null when they cancel. */
export async function pickFile(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png'] });
      const [file] = tempFiles;
      return file ? { name: file.name, size: file.size, type: fileTypeOf(file.name), path: file.path } : null;
    } catch {
      return null;
    }
  }
  return pickInBrowser();
}

// H5 has no chooseMessageFile; a hidden file input is the browser's own picker.
function pickInBrowser(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file ? { name: file.name, size: file.size, type: fileTypeOf(file.name), blob: file } : null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.appendChild(input);
    input.click();
  });
}

/**
 * Where a document goes in cloud storage: under the caller's own `uploads/<openId>/` (the only place the storage rule
 * lets a user write), a folder per purpose, a fresh name per upload (never the user's file name).
 */
export const cloudPathFor = (owner: string, folder: string, type: FileType): string =>
  `uploads/${owner}/${folder}/${newRequestId()}.${type}`;

let weappOwner: string | null = null;

/** The caller's openid: the dev identity locally; in WeChat the one `account.me` reports (asked once). */
async function owner(): Promise<string> {
  if (process.env.TARO_ENV !== 'weapp') return getDevIdentity();
  if (!weappOwner) {
    const reply = await me();
    if (!reply.ok) throw new Error(reply.error.message);
    weappOwner = reply.data.openId;
  }
  return weappOwner;
}

/**
 * Uploads a checked file to cloud storage and answers its file ID, reporting progress (0–100). WeChat: the
 * platform's `cloud.uploadFile`; H5 (local): `POST /storage/upload?cloudPath=…` with the raw bytes (the local
 * cloud's storage contract).
 */
export async function uploadFile(
  file: PickedFile,
  options: { folder: string; onProgress?: (percent: number) => void },
): Promise<{ ok: true; file: Uploaded } | { ok: false; reason: UploadFailure }> {
  const problem = checkFile(file);
  if (problem || !file.type) return { ok: false, reason: problem ?? 'type' };
  const type = file.type;
  try {
    const cloudPath = cloudPathFor(await owner(), options.folder, type);
    const fileId =
      process.env.TARO_ENV === 'weapp'
        ? await viaCloud(file, cloudPath, options.onProgress)
        : await viaHttp(file, cloudPath, options.onProgress);
    return { ok: true, file: { fileId, type, size: file.size } };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}

async function viaCloud(file: PickedFile, cloudPath: string, onProgress?: (percent: number) => void): Promise<string> {
  if (!file.path) throw new Error('no temp path');
  const task = Taro.cloud.uploadFile({ cloudPath, filePath: file.path });
  // The returned value is both a promise and a task with progress events.
  (task as unknown as { onProgressUpdate?: (cb: (r: { progress: number }) => void) => void }).onProgressUpdate?.((r) =>
    onProgress?.(r.progress),
  );
  const { fileID } = await task;
  return fileID;
}

function viaHttp(file: PickedFile, cloudPath: string, onProgress?: (percent: number) => void): Promise<string> {
  const blob = file.blob;
  if (!blob || !file.type) return Promise.reject(new Error('no file'));
  const contentType = CONTENT_TYPES[file.type];
  // XMLHttpRequest rather than fetch: only it reports upload progress.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`);
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('X-Dev-OpenId', getDevIdentity());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      try {
        const reply = JSON.parse(xhr.responseText) as { fileID?: unknown };
        if (xhr.status >= 200 && xhr.status < 300 && typeof reply.fileID === 'string') {
          onProgress?.(100);
          resolve(reply.fileID);
        } else reject(new Error(`upload answered ${xhr.status}`));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(blob);
  });
}
