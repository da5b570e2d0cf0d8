import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { MAX_EVENT_PHOTOS, addPhotoProblems } from '../../../core/events/photos';
import { toEventView } from '../../../core/events/views';
import { recordAudit } from '../../_shared/audit';
import type { ActionContext } from '../../_shared/handler';
import { COLLECTIONS } from '../../_shared/collections';
import { eventIdNamed, sessionsOf } from '../../_shared/events/repository';
import { photoUrls, pushPhotos } from '../../_shared/event-photos';
import { ORGANISERS, organiserEvent } from '../organiser';

const MESSAGES = {
  'too-many': { 'zh-CN': `每个活动最多 ${MAX_EVENT_PHOTOS} 张照片`, en: `An event keeps at most ${MAX_EVENT_PHOTOS} photos` },
  duplicate: { 'zh-CN': '同一张照片选了两次', en: 'The same photo was chosen twice' },
} as const;

/**
 * An organiser adds photos to their station's event, before or after it happens. The handler's upload check has
 * already compared each file with storage (the caller's own upload, its real type jpg/png as declared, its size);
 * files already on the event are not added again, and the event never keeps more than `MAX_EVENT_PHOTOS`.
 */
export const addPhotos = defineAction<ActionContext>()({
  ...eventsApi.addPhotos,
  roles: ORGANISERS,
  uploads: ['files'],
  prefetch: eventIdNamed,
  async handler(input, ctx, read) {
    const event = organiserEvent(ctx, read);
    const existing = (event.photos ?? []).map((p) => p.fileId);
    const adding = input.files.map((f) => f.fileId);
    const [problem] = addPhotoProblems(existing, adding);
    if (problem) throw new AppError('VALIDATION', { issues: [{ path: 'files', message: MESSAGES[problem][ctx.locale] }] });
    const fresh = adding
      .filter((id) => !existing.includes(id))
      .map((fileId) => ({ fileId, addedBy: ctx.identity.openId, addedAt: ctx.now }));
    if (fresh.length > 0 && !(await pushPhotos(ctx.db, { eventId: event._id, photos: fresh, max: MAX_EVENT_PHOTOS, now: ctx.now })))
      throw new AppError('CONFLICT', { details: { rule: 'photos-changed' } });
    const after = { ...event, photos: [...(event.photos ?? []), ...fresh], updatedAt: fresh.length > 0 ? ctx.now : event.updatedAt };
    if (fresh.length > 0)
      await recordAudit(
        { ...ctx, action: 'events.addPhotos' },
        { target: { collection: COLLECTIONS.events, id: event._id }, before: null, after: 'saved', note: { photos: fresh.length } },
      );
    return toEventView(after, await sessionsOf(ctx.db, [event._id]), await photoUrls(after));
  },
});
