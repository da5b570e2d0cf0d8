import type { FieldIssue } from '../contract/errors';
import type { Locale } from '../contract/locale';
import type { DocumentFile } from '../documents';
import { FILE_TYPES, MAX_FILE_BYTES } from './limits';

/**
 * Server-side checks of an uploaded file an action is given by file ID (documents of an application, attachments of
 * a request). The client's word (declared type and size) is compared with the stored file itself: its first bytes
 * (magic numbers) and its real size. Pure: the function fetches the bytes and passes them in.
 */
export type SniffedType = (typeof FILE_TYPES)[number];

/** Enough leading bytes to recognise every accepted type. */
export const SNIFF_BYTES = 8;

const SIGNATURES: ReadonlyArray<{ type: SniffedType; bytes: readonly number[] }> = [
  { type: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { type: 'jpg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The accepted type the bytes start like, or null (anything else, renamed or not). */
export function sniffFileType(head: Uint8Array): SniffedType | null {
  return SIGNATURES.find((s) => s.bytes.every((byte, i) => head[i] === byte))?.type ?? null;
}

/** The path inside the bucket of `cloud://<env>.<bucket>/<path>`, or null for anything else. */
export function cloudPathOf(fileId: string): string | null {
  const match = /^cloud:\/\/[^/\s]+\/(\S+)$/.exec(fileId);
  return match ? match[1] : null;
}

/**
 * True when the file was uploaded into the caller's own folder, `uploads/<openId>/…` (the storage rule lets a user
 * write only there): a caller cannot attach another user's file by naming its ID. Segments that climb (`..`) or
 * are empty are refused, so the prefix cannot be escaped.
 */
export function isCallersUpload({ fileId, openId }: { fileId: string; openId: string }): boolean {
  const path = cloudPathOf(fileId);
  if (!path) return false;
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return false;
  return segments.length >= 3 && segments[0] === 'uploads' && segments[1] === openId;
}

/** What the storage holds for a file ID: null when there is no such file. */
export interface StoredFile {
  head: Uint8Array;
  size: number;
}

export type UploadProblem = 'not-yours' | 'missing' | 'not-accepted-type' | 'type-mismatch' | 'size-mismatch' | 'too-large' | 'empty';

/**
 * The problems of one referenced file, none when it may be kept. `declared` is what a document entry claims (type
 * and size); request attachments declare nothing, so only ownership, an accepted real type and the size limit apply.
 */
export function uploadProblems(input: {
  fileId: string;
  openId: string;
  stored: StoredFile | null;
  declared?: Pick<DocumentFile, 'type' | 'size'>;
  maxBytes?: number;
}): UploadProblem[] {
  if (!isCallersUpload({ fileId: input.fileId, openId: input.openId })) return ['not-yours'];
  if (!input.stored) return ['missing'];
  const { head, size } = input.stored;
  const problems: UploadProblem[] = [];
  if (size === 0) return ['empty'];
  if (size > (input.maxBytes ?? MAX_FILE_BYTES)) problems.push('too-large');
  const real = sniffFileType(head);
  if (!real) problems.push('not-accepted-type');
  else if (input.declared && input.declared.type !== real) problems.push('type-mismatch');
  if (input.declared && input.declared.size !== size) problems.push('size-mismatch');
  return problems;
}

const MESSAGES: Record<UploadProblem, Record<Locale, string>> = {
  'not-yours': { 'zh-CN': '只能提交本人上传的文件', en: 'Only files you uploaded yourself can be attached' },
  missing: { 'zh-CN': '文件不存在，请重新上传', en: 'The file was not found; please upload it again' },
  empty: { 'zh-CN': '文件为空，请重新上传', en: 'The file is empty; please upload it again' },
  'not-accepted-type': { 'zh-CN': '仅支持 PDF、JPG、PNG 文件', en: 'Only PDF, JPG and PNG files are accepted' },
  'type-mismatch': { 'zh-CN': '文件内容与声明的类型不符', en: 'The file does not match its declared type' },
  'size-mismatch': { 'zh-CN': '文件大小与声明的不符，请重新上传', en: 'The file size does not match; please upload it again' },
  'too-large': {
    'zh-CN': `文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    en: `Files may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
  },
};

/** The field issue of a refused file, on its path in the payload (`documents.1`, `attachments.0`). */
export const uploadIssue = (path: string, problem: UploadProblem, locale: Locale): FieldIssue => ({
  path,
  message: MESSAGES[problem][locale],
});
