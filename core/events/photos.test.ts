import { addPhotosInput } from './schemas';
import { MAX_EVENT_PHOTOS, addPhotoProblems } from './photos';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `cloud://env.bucket/uploads/op/${prefix}${i}.jpg`);

describe('addPhotoProblems', () => {
  it.each([
    ['a first photo', [], ids('a', 1), []],
    ['up to the cap', ids('a', MAX_EVENT_PHOTOS - 2), ids('b', 2), []],
    ['one over the cap', ids('a', MAX_EVENT_PHOTOS - 1), ids('b', 2), ['too-many']],
    ['a full event', ids('a', MAX_EVENT_PHOTOS), ids('b', 1), ['too-many']],
    ['a photo already on the event (a retry) is not counted twice', ids('a', MAX_EVENT_PHOTOS), ids('a', 1), []],
    ['the same file twice in one batch', [], [...ids('a', 1), ...ids('a', 1)], ['duplicate']],
  ])('%s', (_name, existing, adding, expected) => {
    expect(addPhotoProblems(existing, adding)).toEqual(expected);
  });
});

describe('addPhotosInput (types and size the shell then checks against the stored bytes)', () => {
  const file = (type: string, size = 1024) => ({ fileId: 'cloud://env.bucket/uploads/op/p.x', type, size });
  it.each([
    ['jpg', file('jpg'), true],
    ['png', file('png'), true],
    ['pdf (a document, not a photo)', file('pdf'), false],
    ['gif', file('gif'), false],
    ['empty', file('png', 0), false],
    ['over 10 MB', file('png', 10 * 1024 * 1024 + 1), false],
    ['not a cloud file ID', { ...file('png'), fileId: 'https://example.com/p.png' }, false],
  ])('%s', (_name, f, ok) => {
    expect(addPhotosInput.safeParse({ eventId: 'ev-abc', files: [f] }).success).toBe(ok);
  });
  it('takes at most the cap in one call, and at least one', () => {
    expect(addPhotosInput.safeParse({ eventId: 'ev-abc', files: [] }).success).toBe(false);
    const many = Array.from({ length: MAX_EVENT_PHOTOS + 1 }, () => file('jpg'));
    expect(addPhotosInput.safeParse({ eventId: 'ev-abc', files: many }).success).toBe(false);
  });
});
