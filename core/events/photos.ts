import { FILE_TYPES } from '../documents';

/**
 * Photos of an event (活动照片): organisers add them before or after it happens, everyone who can see the event sees
 * them on its page. They are the station's pictures of its event, not a talent's personal data.
 */

/** The image types of the project's upload path (core/documents.ts, core/uploads/check.ts) a photo may be. */
export const PHOTO_TYPES = ['jpg', 'png'] as const satisfies ReadonlyArray<(typeof FILE_TYPES)[number]>;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Most photos one event keeps. */
export const MAX_EVENT_PHOTOS = 12;

/** One photo on the `events` document (`EventRecord.photos`), in the order added. */
export interface EventPhoto {
  fileId: string;
  addedBy: string;
  addedAt: Date;
}

export type PhotoProblem = 'too-many' | 'duplicate';

/**
 * Why photos cannot be added to those the event has: a file named twice in the batch, or more than
 * `MAX_EVENT_PHOTOS` in all. A file already on the event is not added again (a retried add changes nothing), so it
 * is not counted twice. Empty when they may be added.
 */
export function addPhotoProblems(existing: readonly string[], adding: readonly string[]): PhotoProblem[] {
  const problems: PhotoProblem[] = [];
  if (new Set(adding).size !== adding.length) problems.push('duplicate');
  if (new Set([...existing, ...adding]).size > MAX_EVENT_PHOTOS) problems.push('too-many');
  return problems;
}
