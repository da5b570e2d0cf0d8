import { Text } from '@tarojs/components';
import { DOCUMENT_KIND_LABELS, type DocumentFile } from '@core/documents';
import { getLocale } from '@/i18n';
import { ta } from '../i18n';
import { previewDocument } from '../services/files';

/**
 * An application's files, each opened in the phone's viewer on a tap: what it is, its type and size, in one form on
 * every page of the admin that reviews applications.
 */
export function DocumentFiles({ files, onError }: { files: readonly DocumentFile[]; onError: (message: string) => void }) {
  return (
    <>
      {files.map((file) => (
        <Text
          key={file.fileId}
          className={`application__document application__document--${file.kind}`}
          onClick={() => previewDocument(file).catch(() => onError(ta('application.previewFailed')))}
        >
          {ta('application.document', {
            kind: DOCUMENT_KIND_LABELS[file.kind][getLocale()],
            type: file.type.toUpperCase(),
            kb: Math.ceil(file.size / 1024),
          })}
        </Text>
      ))}
    </>
  );
}
