import Taro from '@tarojs/taro';
import type { DocumentFile } from '@core/documents';

/** `cloud://<env>.<bucket>/<path>` → `<path>`, what the local cloud's storage serves under /storage/file/. */
export const cloudPath = (fileId: string): string => fileId.replace(/^cloud:\/\/[^/]+\//, '');

/**
 * Opens an applicant's document for the operator: in WeChat through a temporary URL (images in the previewer,
 * PDFs with the document viewer); in H5 from the local cloud's storage in a new tab.
 */
export async function previewDocument(file: DocumentFile): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') {
    window.open(`/storage/file/${cloudPath(file.fileId)}`, '_blank', 'noopener');
    return;
  }
  const { fileList } = await Taro.cloud.getTempFileURL({ fileList: [file.fileId] });
  const url = fileList[0]?.tempFileURL;
  if (!url) throw new Error('no temporary URL');
  if (file.type === 'pdf') {
    const { tempFilePath } = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf' });
  } else {
    await Taro.previewImage({ urls: [url] });
  }
}

/**
 * Hands a CSV the server built to the person: a download in the browser; in WeChat a file in the user data folder
 * shared to a chat (the only way a mini-program lets a file out; the clipboard would lose the file and its name).
 */
export async function saveCsv(file: { filename: string; content: string }): Promise<'downloaded' | 'shared'> {
  if (process.env.TARO_ENV !== 'weapp') {
    const url = URL.createObjectURL(new Blob([file.content], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return 'downloaded';
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.filename}`;
  Taro.getFileSystemManager().writeFileSync(filePath, file.content, 'utf8');
  await Taro.shareFileMessage({ filePath, fileName: file.filename });
  return 'shared';
}

/** Pages of one export joined into one file (the server's first page carries the header row and BOM). */
export function joinPages<F extends { filename: string; content: string }>(pages: readonly F[]): F {
  const [first] = pages;
  const content = pages.map((p) => p.content.replace(/\r?\n$/, '')).join('\r\n');
  return { ...first, filename: first.filename.replace(/_1\.csv$/, '.csv'), content: `${content}\r\n` };
}

/** The guest's QR code through the camera (WeChat only: H5 has a field to type or paste it instead). */
export async function scanCode(): Promise<string | null> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] });
    return result;
  } catch {
    // Cancelled by the operator.
    return null;
  }
}

export const canScan = (): boolean => process.env.TARO_ENV === 'weapp';

/**
 * Lets the person pick a JSON file and hands over its text: in WeChat a file from a chat (the only files a
 * mini-program can reach), in the browser from the disk. Nothing is called when the picker is dismissed in H5.
 */
export async function chooseJsonFile(onText: (text: string) => void): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['json'] });
    onText(String(Taro.getFileSystemManager().readFileSync(chosen.tempFiles[0].path, 'utf8')));
    return;
  }
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = 'application/json,.json';
  input.onchange = async () => onText((await input.files?.[0]?.text()) ?? '');
  input.click();
}
