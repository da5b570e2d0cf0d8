import type { EventRecord } from '../../core/events/model';
import type { EventPhoto } from '../../core/events/photos';
import { cloudApp, type Database } from './cloud';
import { COLLECTIONS } from './collections';

// The photos of an event (core/events/photos.ts) on its `events` document, and their files in storage.

/**
 * Adds photos while the event keeps at most `max` (one conditional update: photo number `max - n` must not exist
 * yet, and none of the files may be on it already), so two organisers adding at once never pass the cap. False when
 * the event changed meanwhile.
 */
export async function pushPhotos(
  db: Database,
  input: { eventId: string; photos: readonly EventPhoto[]; max: number; now: Date },
): Promise<boolean> {
  const { eventId, photos, max, now } = input;
  const _ = db.command;
  const { updated } = await db
    .collection(COLLECTIONS.events)
    .where({
      _id: eventId,
      [`photos.${max - photos.length}`]: _.exists(false),
      'photos.fileId': _.nin(photos.map((p) => p.fileId)),
    })
    .update({ photos: _.push([...photos]), updatedAt: now });
  return updated === 1;
}

/** Takes one photo off the event; false when it was not on it. */
export async function pullPhoto(db: Database, input: { eventId: string; fileId: string; now: Date }): Promise<boolean> {
  const { eventId, fileId, now } = input;
  const _ = db.command;
  const { updated } = await db
    .collection(COLLECTIONS.events)
    .where({ _id: eventId, 'photos.fileId': fileId })
    .update({ photos: _.pull({ fileId }), updatedAt: now });
  return updated === 1;
}

/** Temporary links to the event's photos (one `getTempFileURL` for all); a file storage no longer has gets none. */
export async function photoUrls(event: EventRecord): Promise<Map<string, string>> {
  const fileIds = (event.photos ?? []).map((p) => p.fileId);
  const urls = new Map<string, string>();
  if (fileIds.length === 0) return urls;
  const { fileList } = await cloudApp().getTempFileURL({ fileList: fileIds });
  for (const entry of fileList as Array<{ fileID: string; code?: string; tempFileURL?: string }>)
    if (entry.code === 'SUCCESS' && entry.tempFileURL) urls.set(entry.fileID, entry.tempFileURL);
  return urls;
}

/** Deletes a removed photo's file from storage; one already gone counts as deleted. */
export async function deletePhotoFile(fileId: string): Promise<void> {
  const { fileList } = await cloudApp().deleteFile({ fileList: [fileId] });
  const [entry] = fileList as Array<{ code?: string }>;
  if (entry && entry.code !== 'SUCCESS' && entry.code !== 'STORAGE_FILE_NONEXIST')
    throw new Error(`deleting ${fileId} from storage answered ${entry.code}`);
}
