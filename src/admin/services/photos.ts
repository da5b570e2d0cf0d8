import Taro from '@tarojs/taro';
import { PHOTO_TYPES, type PhotoType } from '@core/events/photos';
import { fileTypeOf, type PickedFile } from '@/services/upload';
import { callFunction } from '@/services/api';

/** The organiser's calls for an event's photos (core/events/photos.ts). */
export const addPhotos = (eventId: string, files: ReadonlyArray<{ fileId: string; type: PhotoType; size: number }>) =>
  callFunction('events', 'addPhotos', { eventId, files: [...files] });
export const removePhoto = (eventId: string, fileId: string) => callFunction('events', 'removePhoto', { eventId, fileId });

export const isPhotoType = (type: PickedFile['type']): type is PhotoType => (PHOTO_TYPES as readonly string[]).includes(type ?? '');

/**
 * Lets the organiser choose one photo: in WeChat from the album or the camera (compressed), in the browser a JPG or
 * PNG from the disk. Null when they cancel. The upload itself is `src/services/upload.ts`, with its checks.
 */
export async function pickPhoto(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const { tempFiles } = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
      const [file] = tempFiles;
      return file ? { name: file.path, size: file.size, type: fileTypeOf(file.path), path: file.path } : null;
    } catch {
      return null;
    }
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.jpg,.jpeg,.png,image/jpeg,image/png';
    input.style.display = 'none';
    const done = (file: PickedFile | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done(file ? { name: file.name, size: file.size, type: fileTypeOf(file.name), blob: file } : null);
    });
    input.addEventListener('cancel', () => done(null));
    document.body.appendChild(input);
    input.click();
  });
}
