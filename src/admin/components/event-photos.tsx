import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { MAX_FILE_BYTES } from '@core/documents';
import { MAX_EVENT_PHOTOS } from '@core/events/photos';
import { describeError } from '@/services/errors';
import { uploadFile } from '@/services/upload';
import { ta } from '../i18n';
import type { OrganiserEvent } from '../services/events';
import { addPhotos, isPhotoType, pickPhoto, removePhoto } from '../services/photos';
import { disabledWhen } from '@/components/button-state';

/**
 * The organiser's photos of an event, before or after it: add one (chosen, uploaded into their own folder, then
 * attached by `events.addPhotos`, which checks the stored file) and remove any. `onChange` gets the event as the
 * server answered it.
 */
export function EventPhotos({ event, onChange }: { event: OrganiserEvent; onChange: (event: OrganiserEvent) => void }) {
  const [busy, setBusy] = useState<number | 'removing' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const full = event.photos.length >= MAX_EVENT_PHOTOS;

  const add = async () => {
    if (busy !== null || full) return;
    const picked = await pickPhoto();
    if (!picked) return;
    setError(null);
    if (!isPhotoType(picked.type)) return setError(ta('photos.type'));
    setBusy(0);
    const uploaded = await uploadFile(picked, { folder: 'event-photos', onProgress: setBusy });
    if (!uploaded.ok || !isPhotoType(uploaded.file.type)) {
      setBusy(null);
      const reason = uploaded.ok ? 'type' : uploaded.reason;
      return setError(
        reason === 'type'
          ? ta('photos.type')
          : reason === 'size'
            ? ta('photos.size', { mb: MAX_FILE_BYTES / 1024 / 1024 })
            : ta('photos.failed'),
      );
    }
    const reply = await addPhotos(event.id, [{ ...uploaded.file, type: uploaded.file.type }]);
    setBusy(null);
    if (reply.ok) onChange(reply.data);
    else setError(describeError(reply.error));
  };
  const remove = async (fileId: string) => {
    if (busy !== null) return;
    setBusy('removing');
    setError(null);
    const reply = await removePhoto(event.id, fileId);
    setBusy(null);
    if (reply.ok) onChange(reply.data);
    else setError(describeError(reply.error));
  };
  const urls = event.photos.flatMap((p) => (p.url ? [p.url] : []));

  return (
    <View className='event-photos'>
      <Text className='sign-ups__label'>{ta('photos.title', { count: event.photos.length, max: MAX_EVENT_PHOTOS })}</Text>
      <View className='event-photos__grid'>
        {event.photos.map((p) => (
          <View key={p.fileId} className='event-photos__item'>
            {p.url ? (
              <Image
                className='event-photos__image'
                src={p.url}
                mode='aspectFill'
                onClick={() => void Taro.previewImage({ current: p.url ?? '', urls }).catch(() => undefined)}
              />
            ) : (
              <Text className='event-photos__missing'>{ta('photos.missing')}</Text>
            )}
            <Text className='event-photos__remove' onClick={() => void remove(p.fileId)}>
              {ta('photos.remove')}
            </Text>
          </View>
        ))}
      </View>
      {typeof busy === 'number' && <Text className='event-photos__progress'>{ta('photos.uploading', { percent: busy })}</Text>}
      <Button size='mini' className='event-photos__add' disabled={disabledWhen(full || busy !== null)} onClick={() => void add()}>
        {ta(full ? 'photos.full' : 'photos.add')}
      </Button>
      {error && <Text className='event-photos__error'>{error}</Text>}
    </View>
  );
}
