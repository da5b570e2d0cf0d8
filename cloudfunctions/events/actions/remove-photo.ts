import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { toEventView } from '../../../core/events/views';
import { recordAudit } from '../../_shared/audit';
import type { ActionContext } from '../../_shared/handler';
import { COLLECTIONS } from '../../_shared/collections';
import { eventIdNamed, sessionsOf } from '../../_shared/events/repository';
import { deletePhotoFile, photoUrls, pullPhoto } from '../../_shared/event-photos';
import { ORGANISERS, organiserEvent } from '../organiser';

/**
 * An organiser takes a photo off their station's event (whoever of them added it) and its file is deleted from
 * storage. Removing a photo that is not on the event answers NOT_FOUND.
 */
export const removePhoto = defineAction<ActionContext>()({
  ...eventsApi.removePhoto,
  roles: ORGANISERS,
  prefetch: eventIdNamed,
  async handler(input, ctx, read) {
    const event = organiserEvent(ctx, read);
    if (
      !(event.photos ?? []).some((p) => p.fileId === input.fileId) ||
      !(await pullPhoto(ctx.db, { eventId: event._id, fileId: input.fileId, now: ctx.now }))
    )
      throw new AppError('NOT_FOUND');
    await deletePhotoFile(input.fileId);
    await recordAudit(
      { ...ctx, action: 'events.removePhoto' },
      { target: { collection: COLLECTIONS.events, id: event._id }, before: 'saved', after: null, note: { photos: 1 } },
    );
    const after = { ...event, photos: (event.photos ?? []).filter((p) => p.fileId !== input.fileId), updatedAt: ctx.now };
    return toEventView(after, await sessionsOf(ctx.db, [event._id]), await photoUrls(after));
  },
});
