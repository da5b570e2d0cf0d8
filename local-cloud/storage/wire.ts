import { cloudPathOf, fileIdOf, normaliseCloudPath, type FileStore } from './files';

/** Where the local cloud can be reached, for the URLs it hands out (`http://127.0.0.1:<port>`). */
export interface StorageContext {
  files: FileStore;
  baseUrl: string;
}

type StorageAction = (params: Record<string, unknown>, ctx: StorageContext) => Record<string, unknown>;

const list = (value: unknown, name: string): unknown[] => {
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array`);
  return value;
};

/** URL of a stored file's bytes (the `tempFileURL` of CloudBase; ours never expires). */
export const downloadUrl = (baseUrl: string, cloudPath: string): string =>
  `${baseUrl}/storage/file/${cloudPath.split('/').map(encodeURIComponent).join('/')}`;

/**
 * The storage actions the node-sdk 3.18 sends to `/admin` (dist/storage/index.js), answered with the fields it
 * reads: `download_list[].{fileID, tempFileURL, code}`, `delete_list[].{fileID, code}` and the upload metadata
 * whose `url` it then PUTs the bytes to.
 */
export const STORAGE_ACTIONS: Record<string, StorageAction> = {
  'storage.batchGetDownloadUrl'(params, { files, baseUrl }) {
    const downloadList = list(params.file_list, 'file_list').map((entry) => {
      const fileID = typeof entry === 'object' && entry !== null ? String((entry as { fileid?: unknown }).fileid) : String(entry);
      const path = cloudPathOf(fileID);
      if (!path || !files.stat(path)) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
      return { fileID, tempFileURL: downloadUrl(baseUrl, path), code: 'SUCCESS' };
    });
    return { data: { download_list: downloadList } };
  },

  'storage.batchDeleteFile'(params, { files }) {
    const deleteList = list(params.fileid_list, 'fileid_list').map((fileID) => {
      const path = cloudPathOf(String(fileID));
      return { fileID, code: path && files.delete(path) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' };
    });
    return { data: { delete_list: deleteList } };
  },

  'storage.getUploadMetadata'(params, { baseUrl }) {
    const path = normaliseCloudPath(String(params.path ?? ''));
    if (!path) throw new TypeError('path is not a valid cloud path');
    return {
      data: {
        url: `${baseUrl}/storage/put/${path.split('/').map(encodeURIComponent).join('/')}`,
        token: 'local',
        authorization: 'local',
        fileId: fileIdOf(path),
        cosFileId: 'local',
      },
    };
  },
};
