import Taro from '@tarojs/taro';
import type { CsvFile } from './admin-api';

/**
 * Hands a CSV to the person: in a browser (H5) as a download; in WeChat, where a mini-program cannot write to the
 * phone's folders, copied to the clipboard to paste into a chat or a document.
 */
export async function saveCsv(file: CsvFile): Promise<'downloaded' | 'copied'> {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.setClipboardData({ data: file.content });
    return 'copied';
  }
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}

/** Pages of one export joined into one file (the server's first page carries the header row and BOM). */
export function joinPages(pages: readonly CsvFile[]): CsvFile {
  const [first] = pages;
  const content = pages.map((p) => p.content.replace(/\r?\n$/, '')).join('\r\n');
  return { ...first, filename: first.filename.replace(/_1\.csv$/, '.csv'), content: `${content}\r\n` };
}
