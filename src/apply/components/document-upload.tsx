import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { DOCUMENT_KIND_LABELS, MAX_FILE_BYTES, type DocumentFile, type DocumentKind } from '@core/documents';
import { getLocale } from '@/i18n';
import { pickFile, uploadFile, type UploadFailure } from '@/services/upload';
import { tp } from '../i18n';
import './document-upload.css';

const MB = MAX_FILE_BYTES / (1024 * 1024);

const failureText = (reason: Exclude<UploadFailure, 'cancelled'>): string =>
  reason === 'size' ? tp('upload.error.size', { mb: MB }) : tp(`upload.error.${reason}`);

const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** One document slot: choose a file, see it checked against core's limits, upload it with progress, replace it. */
export function DocumentUpload(props: {
  kind: DocumentKind;
  folder: string;
  value: DocumentFile | undefined;
  onChange: (file: DocumentFile | undefined) => void;
  badge?: string;
}) {
  const { kind, folder, value, onChange } = props;
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (): Promise<void> => {
    if (progress !== null) return;
    const picked = await pickFile();
    if (!picked) return;
    setError(null);
    setProgress(0);
    const result = await uploadFile(picked, { folder, onProgress: setProgress });
    setProgress(null);
    if (result.ok) onChange({ kind, fileId: result.file.fileId, type: result.file.type, size: result.file.size });
    else if (result.reason !== 'cancelled') setError(failureText(result.reason));
  };

  return (
    <View className={`document-upload document-upload--${kind}${value ? ' document-upload--done' : ''}`}>
      <View className='document-upload__head'>
        <Text className='document-upload__kind'>{DOCUMENT_KIND_LABELS[kind][getLocale()]}</Text>
        {props.badge && <Text className='document-upload__badge'>{props.badge}</Text>}
      </View>
      {progress !== null ? (
        <View className='document-upload__progress'>
          <View className='document-upload__bar' style={{ width: `${progress}%` }} />
          <Text className='document-upload__percent'>{tp('upload.uploading', { percent: progress })}</Text>
        </View>
      ) : (
        <View className='document-upload__row'>
          {value && <Text className='document-upload__status'>{tp('upload.done', { size: sizeText(value.size) })}</Text>}
          <Text className='document-upload__button' onClick={() => void choose()}>
            {tp(value ? 'upload.replace' : 'upload.choose')}
          </Text>
        </View>
      )}
      {error && <Text className='document-upload__error'>{error}</Text>}
    </View>
  );
}
