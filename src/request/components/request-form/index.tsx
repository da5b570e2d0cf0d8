import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { REQUEST_BODY_MAX, REQUEST_BODY_MIN, submitInput } from '@core/requests/submit.schema';
import { nameIn } from '@/hooks/use-catalog';
import { getLocale, useLocale } from '@/i18n';
import { tr, type RequestMessageKey } from '../../i18n';
import { newRequestId } from '@/services/request-id';
import { formErrors } from '@/services/form-errors';
import { describeError, issuesByPath } from '@/services/errors';
import * as requests from '@/services/requests';
import type { Catalog, RequestView } from '@/services/requests';
import { askForNotices } from '@/services/subscribe';
import { pickFile, uploadFile, type Uploaded } from '@/services/upload';
import { MAX_FILE_BYTES } from '@core/documents';
import { OptionPicker } from '@/components/option-picker';
import { WizardSteps } from '@/components/wizard-steps';
import './index.css';
import { disabledWhen } from '@/components/button-state';

type Field = 'category' | 'title' | 'body';

const FIELD_LABELS: Record<Field, RequestMessageKey> = {
  category: 'requests.form.category',
  title: 'requests.form.subject',
  body: 'requests.form.body',
};
const STEP_TITLES: readonly RequestMessageKey[] = ['requests.form.stepCategory', 'requests.form.stepDetails', 'requests.form.stepReview'];
// The step on which each field is edited, to go back to the first field the server refused.
const STEP_OF: Record<Field, number> = { category: 0, title: 1, body: 1 };
const TITLE_MAX = 40;
/** As many as core's `attachments` allows. */
const PHOTOS_MAX = 6;

const inputValue = (event: { detail: { value: string } }): string => event.detail.value;

export interface RequestFormProps {
  catalog: Catalog;
  onSubmitted: (request: RequestView) => void;
}

/**
 * 提交诉求 in three steps: category, details, review. Each step checks its fields with core's `submitInput` (the
 * schema the function parses with), in the UI language; what the server still refuses is shown on the field.
 * One requestId per filled-in form: a retry after a failure reuses it, so nothing is filed twice.
 */
export function RequestForm({ catalog, onSubmitted }: RequestFormProps) {
  useLocale();
  const [step, setStep] = useState(0);
  const [category, setCategory] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [photos, setPhotos] = useState<Uploaded[]>([]);
  const [uploading, setUploading] = useState<number | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const requestId = useRef(newRequestId());

  const edited = (): void => {
    // Different content is a different submit.
    requestId.current = newRequestId();
  };

  const check = (fields: readonly Field[]): boolean => {
    const found = formErrors(submitInput, { category, title, body });
    const shown: Partial<Record<Field, string>> = {};
    for (const field of fields) if (found[field]) shown[field] = field === 'category' ? tr('requests.form.chooseCategory') : found[field];
    setErrors(shown);
    return Object.keys(shown).length === 0;
  };

  const addPhoto = async (): Promise<void> => {
    if (uploading !== null || photos.length >= PHOTOS_MAX) return;
    const picked = await pickFile();
    if (!picked) return;
    setPhotoError(null);
    setUploading(0);
    const result = await uploadFile(picked, { folder: 'requests', onProgress: setUploading });
    setUploading(null);
    if (result.ok) {
      setPhotos((list) => [...list, result.file]);
      edited();
    } else if (result.reason === 'failed') setPhotoError(tr('requests.form.photoFailed'));
    else if (result.reason !== 'cancelled') setPhotoError(tr('requests.form.photoRejected', { mb: MAX_FILE_BYTES / (1024 * 1024) }));
  };

  const removePhoto = (fileId: string): void => {
    setPhotos((list) => list.filter((photo) => photo.fileId !== fileId));
    edited();
  };

  const next = (): void => {
    if (check(step === 0 ? ['category'] : ['category', 'title', 'body'])) setStep(step + 1);
  };

  const submit = async (): Promise<void> => {
    if (busy || uploading !== null || !check(['category', 'title', 'body'])) return;
    // WeChat allows asking for subscribe messages only within the tap itself: ask before anything is awaited.
    const subscribed = askForNotices('request');
    setBusy(true);
    setFailure(null);
    const reply = await requests.submit(
      { category, title, body, attachments: photos.map((photo) => photo.fileId) },
      { requestId: requestId.current },
    );
    await subscribed;
    setBusy(false);
    if (reply.ok) {
      requestId.current = newRequestId();
      onSubmitted(reply.data);
      return;
    }
    const byPath = issuesByPath(reply.error);
    const fields = (Object.keys(FIELD_LABELS) as Field[]).filter((field) => byPath[field]);
    if (fields.length > 0) {
      setErrors(Object.fromEntries(fields.map((field) => [field, byPath[field]])));
      setStep(Math.min(...fields.map((field) => STEP_OF[field])));
    }
    // Field problems are shown on their fields; the banner says only that there are some (not raw field paths).
    setFailure(fields.length > 0 ? reply.error.message : describeError(reply.error));
  };

  const fieldError = (field: Field) =>
    errors[field] ? (
      <Text className={`request-form__error request-form__error--${field}`}>
        {tr('requests.form.fieldError', { field: tr(FIELD_LABELS[field]), message: errors[field] ?? '' })}
      </Text>
    ) : null;

  return (
    <View className='request-form'>
      <WizardSteps titles={STEP_TITLES.map((key) => tr(key))} current={step} />
      <Text className='request-form__progress'>{tr('requests.form.step', { n: step + 1 })}</Text>

      {step === 0 && (
        <View className='request-form__section'>
          <OptionPicker
            name='category'
            title={tr('requests.form.category')}
            placeholder={tr('requests.form.categoryHint')}
            options={catalog.categories.map((entry) => ({ value: entry.id, label: entry.name[getLocale()] }))}
            value={category}
            onChange={(id) => {
              setCategory(id);
              setErrors({});
              edited();
            }}
          />
          {fieldError('category')}
        </View>
      )}

      {step === 1 && (
        <View className='request-form__section'>
          <Text className='request-form__label'>{tr('requests.form.subject')}</Text>
          <Input
            className='request-form__input request-form__title'
            value={title}
            maxlength={TITLE_MAX}
            placeholder={tr('requests.form.subjectHint')}
            onInput={(event) => {
              setTitle(inputValue(event));
              edited();
            }}
          />
          {fieldError('title')}
          <Text className='request-form__label'>{tr('requests.form.body')}</Text>
          <Textarea
            className='request-form__textarea request-form__body'
            value={body}
            maxlength={REQUEST_BODY_MAX}
            placeholder={tr('requests.form.bodyHint', { min: REQUEST_BODY_MIN, max: REQUEST_BODY_MAX })}
            onInput={(event) => {
              setBody(inputValue(event));
              edited();
            }}
          />
          <Text className='request-form__counter'>{`${body.length} / ${REQUEST_BODY_MAX}`}</Text>
          {fieldError('body')}
          <Text className='request-form__label'>{tr('requests.form.photos')}</Text>
          <View className='request-form__photos'>
            {photos.map((photo, index) => (
              <View key={photo.fileId} className='request-form__photo'>
                <Text>{`${index + 1}. ${photo.type.toUpperCase()} · ${Math.max(1, Math.round(photo.size / 1024))} KB`}</Text>
                <Text className='request-form__photo-remove' onClick={() => removePhoto(photo.fileId)}>
                  {tr('requests.form.removePhoto')}
                </Text>
              </View>
            ))}
            {uploading !== null && (
              <Text className='request-form__photo-progress'>{tr('requests.form.photoUploading', { percent: uploading })}</Text>
            )}
            {uploading === null && photos.length < PHOTOS_MAX && (
              <Text className='request-form__add-photo' onClick={() => void addPhoto()}>
                {tr('requests.form.addPhoto')}
              </Text>
            )}
            {photoError !== null && <Text className='request-form__error request-form__photo-error'>{photoError}</Text>}
          </View>
        </View>
      )}

      {step === 2 && (
        <View className='request-form__section request-form__review'>
          <Text className='request-form__label'>{tr('requests.form.category')}</Text>
          <Text className='request-form__value request-form__review-category'>{nameIn(catalog.categories, category)}</Text>
          <Text className='request-form__label'>{tr('requests.form.subject')}</Text>
          <Text className='request-form__value request-form__review-title'>{title}</Text>
          <Text className='request-form__label'>{tr('requests.form.body')}</Text>
          <Text className='request-form__value request-form__review-body'>{body}</Text>
          {photos.length > 0 && (
            <Text className='request-form__value request-form__review-photos'>
              {tr('requests.form.photoCount', { count: photos.length })}
            </Text>
          )}
        </View>
      )}

      {failure !== null && <Text className='request-form__failure'>{failure}</Text>}

      <View className='request-form__actions'>
        {step > 0 && (
          <Button className='request-form__back' onClick={() => setStep(step - 1)}>
            {tr('requests.form.back')}
          </Button>
        )}
        {step < 2 ? (
          <Button className='request-form__next' type='primary' onClick={next}>
            {tr('requests.form.next')}
          </Button>
        ) : (
          <Button className='request-form__submit' type='primary' disabled={disabledWhen(busy)} onClick={() => void submit()}>
            {tr('requests.form.submit')}
          </Button>
        )}
      </View>
    </View>
  );
}
