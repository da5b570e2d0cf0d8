import { MAX_EVENT_PHOTOS } from '../../../core/events/photos';
import { callEvents, eventInput, eventRequestId } from '../../support/events';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addStation, addUser, dbOf, type Db } from '../../support/stays';
import { fileBytes, uploadAs } from '../../support/uploads';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let events: ReturnType<typeof callEvents>;

const OPERATOR = 'demo-operator';
const ADMIN = 'demo-admin';
const OTHER_OPERATOR = 'ev-photo-operator-elsewhere';
const APPLICANT = 'demo-applicant';
const LEAVING_OPERATOR = 'ev-photo-operator-leaving';

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  events = callEvents(cloud);
  await addStation(db, 'station-photos-elsewhere', 4);
  await addUser(db, OTHER_OPERATOR, ['applicant', 'operator'], 'station-photos-elsewhere');
  await addUser(db, LEAVING_OPERATOR, ['applicant', 'operator'], 'station-pudong');
});
afterAll(() => cloud.stop());

const CONTENT_TYPES = { jpg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' } as const;
let n = 0;
/** A photo `openId` uploaded into their own folder, as the app does; `type` is what its bytes are. */
async function photo(openId: string, type: 'jpg' | 'png' | 'pdf' = 'jpg', size = 2048) {
  n += 1;
  const fileId = await uploadAs(cloud, openId, `uploads/${openId}/event-photos/p${n}.${type}`, fileBytes(type, size), CONTENT_TYPES[type]);
  return { fileId, type, size };
}
const newEvent = async () => (await events('saveEvent', eventInput(), OPERATOR, { requestId: eventRequestId() })).data as { id: string };
const stored = async (fileId: string) => (await fetch(`${cloud.url}/storage/file/${fileId.replace(/^cloud:\/\/[^/]+\//, '')}`)).status;

describe('events.addPhotos / removePhoto', () => {
  it("lets the event's station operator add and remove photos; everyone sees them on the event", async () => {
    const event = await newEvent();
    const [a, b] = [await photo(OPERATOR), await photo(OPERATOR, 'png')];
    const added = await events('addPhotos', { eventId: event.id, files: [a, b] }, OPERATOR);
    expect(added.ok).toBe(true);
    expect(added.data.photos.map((p: { fileId: string }) => p.fileId)).toEqual([a.fileId, b.fileId]);
    expect(added.data.photos.every((p: { url: string | null }) => typeof p.url === 'string' && p.url.length > 0)).toBe(true);

    // A talent sees them (with links that load) on the event page.
    const seen = await events('get', { id: event.id }, APPLICANT);
    expect(seen.data.photos).toHaveLength(2);
    expect((await fetch(seen.data.photos[0].url)).status).toBe(200);

    // A retry of the same add changes nothing.
    expect((await events('addPhotos', { eventId: event.id, files: [a] }, OPERATOR)).data.photos).toHaveLength(2);

    // An edit of the event keeps them.
    const { data: edited } = await events('saveEvent', eventInput({ id: event.id, title: { 'zh-CN': '改', en: 'Edited' } }), OPERATOR, {
      requestId: eventRequestId(),
    });
    expect(edited.photos).toHaveLength(2);

    const removed = await events('removePhoto', { eventId: event.id, fileId: a.fileId }, OPERATOR);
    expect(removed.data.photos.map((p: { fileId: string }) => p.fileId)).toEqual([b.fileId]);
    expect(await stored(a.fileId)).toBe(404);
    expect((await events('removePhoto', { eventId: event.id, fileId: a.fileId }, OPERATOR)).error.code).toBe('NOT_FOUND');
  });

  it('lets a district admin manage any station’s event photos', async () => {
    const event = await newEvent();
    const mine = await photo(ADMIN);
    expect((await events('addPhotos', { eventId: event.id, files: [mine] }, ADMIN)).data.photos).toHaveLength(1);
    // The operator's photo removed by the admin, and the other way round.
    const op = await photo(OPERATOR);
    await events('addPhotos', { eventId: event.id, files: [op] }, OPERATOR);
    expect((await events('removePhoto', { eventId: event.id, fileId: op.fileId }, ADMIN)).ok).toBe(true);
    expect((await events('removePhoto', { eventId: event.id, fileId: mine.fileId }, OPERATOR)).ok).toBe(true);
  });

  it("refuses applicants and another station's operator, and changes nothing", async () => {
    const event = await newEvent();
    const kept = await photo(OPERATOR);
    await events('addPhotos', { eventId: event.id, files: [kept] }, OPERATOR);
    for (const who of [APPLICANT, OTHER_OPERATOR]) {
      const own = await photo(who);
      expect((await events('addPhotos', { eventId: event.id, files: [own] }, who)).error.code).toBe('FORBIDDEN');
      expect((await events('removePhoto', { eventId: event.id, fileId: kept.fileId }, who)).error.code).toBe('FORBIDDEN');
    }
    const after = await events('get', { id: event.id }, APPLICANT);
    expect(after.data.photos.map((p: { fileId: string }) => p.fileId)).toEqual([kept.fileId]);
    expect(await stored(kept.fileId)).toBe(200);
  });

  it("checks the stored files: only the caller's own uploads, images whose bytes are the declared type", async () => {
    const event = await newEvent();
    const others = await photo(ADMIN);
    const notYours = await events('addPhotos', { eventId: event.id, files: [others] }, OPERATOR);
    expect(notYours.error.code).toBe('VALIDATION');
    expect(notYours.error.issues[0].path).toBe('files.0');
    // A PDF renamed and declared as a JPG.
    const pdf = await photo(OPERATOR, 'pdf');
    const renamed = await events('addPhotos', { eventId: event.id, files: [{ ...pdf, type: 'jpg' }] }, OPERATOR);
    expect(renamed.error.code).toBe('VALIDATION');
    // A PDF declared as one: not a photo type at all.
    expect((await events('addPhotos', { eventId: event.id, files: [pdf] }, OPERATOR)).error.code).toBe('VALIDATION');
    const wrongSize = await photo(OPERATOR);
    expect((await events('addPhotos', { eventId: event.id, files: [{ ...wrongSize, size: 99 }] }, OPERATOR)).error.code).toBe('VALIDATION');
    expect((await events('get', { id: event.id }, OPERATOR)).data.photos).toEqual([]);
  });

  it(`keeps at most ${MAX_EVENT_PHOTOS} photos an event, also when two organisers add at once`, async () => {
    const event = await newEvent();
    const first = await Promise.all(Array.from({ length: MAX_EVENT_PHOTOS - 2 }, () => photo(OPERATOR)));
    expect((await events('addPhotos', { eventId: event.id, files: first }, OPERATOR)).ok).toBe(true);
    const [x, y, z] = [await photo(OPERATOR), await photo(OPERATOR), await photo(OPERATOR)];
    const over = await events('addPhotos', { eventId: event.id, files: [x, y, z] }, OPERATOR);
    expect(over.error.code).toBe('VALIDATION');
    // Two adds of two at once: one fits, the other does not.
    const [admins1, admins2] = [await photo(ADMIN), await photo(ADMIN)];
    const replies = await Promise.all([
      events('addPhotos', { eventId: event.id, files: [x, y] }, OPERATOR),
      events('addPhotos', { eventId: event.id, files: [admins1, admins2] }, ADMIN),
    ]);
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    const doc = (await db.collection('events').doc(event.id).get()).data[0] as { photos: unknown[] };
    expect(doc.photos).toHaveLength(MAX_EVENT_PHOTOS);
  });

  it("are the station's, not personal data: outside the data export, left by the adder's account deletion", async () => {
    const event = await newEvent();
    const theirs = await photo(LEAVING_OPERATOR);
    expect((await events('addPhotos', { eventId: event.id, files: [theirs] }, LEAVING_OPERATOR)).ok).toBe(true);
    const account = (action: string, payload: unknown, extra: Record<string, unknown> = {}) =>
      callFunction(cloud, 'account', { action, payload, ...extra }, LEAVING_OPERATOR).then((r) => r.body);
    const exported = await account('exportMyData', {});
    expect(exported.ok).toBe(true);
    expect(JSON.stringify(exported.data)).not.toContain(theirs.fileId);
    const deleted = await account('deleteMyAccount', { confirm: 'DELETE' }, { requestId: eventRequestId() });
    expect(deleted.ok).toBe(true);
    expect(deleted.data.removed.files).toBe(0);
    expect((await events('get', { id: event.id }, APPLICANT)).data.photos.map((p: { fileId: string }) => p.fileId)).toEqual([
      theirs.fileId,
    ]);
    expect(await stored(theirs.fileId)).toBe(200);
  });
});
