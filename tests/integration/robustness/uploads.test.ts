import tcb from '@cloudbase/node-sdk';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { dbOf, requestId, talentApplication, type Db } from '../../support/stays';
import { fileBytes, uploadAs } from '../../support/uploads';

/**
 * Files named in a payload are checked against storage by the function (core/uploads/check.ts through the node-sdk):
 * the caller's own upload, present, an accepted real type as declared, the declared size. The payloads here are sent
 * as they are (`uploads: false`), with files uploaded, or not, by hand.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
const USER = 'upload-checker';

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  await consentFirst(cloud, [USER, 'upload-other']);
});
afterAll(() => cloud?.stop());

const apply = (documents: unknown[], openId = USER) =>
  callFunction(
    cloud,
    'stays',
    { action: 'apply', payload: talentApplication({ documents }), requestId: requestId(), locale: 'en' },
    openId,
    { uploads: false },
  ).then((r) => r.body);
const stayCount = async () => (await db.collection('stay_applications').where({ ownerId: USER }).get()).data.length;
const upload = (path: string, bytes: Buffer, openId = USER, type = 'application/pdf') => uploadAs(cloud, openId, path, bytes, type);

it('accepts the caller’s own PDF and JPEG, as declared', async () => {
  const passport = await upload(`uploads/${USER}/passport.pdf`, fileBytes('pdf', 3000));
  const proof = await upload(`uploads/${USER}/proof.jpg`, fileBytes('jpg', 5000), USER, 'image/jpeg');
  const reply = await apply([
    { kind: 'passport', fileId: passport, type: 'pdf', size: 3000 },
    { kind: 'work-proof', fileId: proof, type: 'jpg', size: 5000 },
  ]);
  expect(reply).toMatchObject({ ok: true, data: { status: 'pending' } });
});

describe('refuses with VALIDATION on the document’s path, and creates nothing', () => {
  let before: number;
  beforeAll(async () => {
    before = await stayCount();
  });
  afterAll(async () => {
    expect(await stayCount()).toBe(before);
  });

  test.each<[string, () => Promise<Record<string, unknown>>, string]>([
    [
      'a file that was never uploaded',
      async () => ({ fileId: `cloud://local-env.local-bucket/uploads/${USER}/never.pdf`, type: 'pdf', size: 3000 }),
      'The file was not found; please upload it again',
    ],
    [
      'another user’s upload',
      async () => ({
        fileId: await upload('uploads/upload-other/theirs.pdf', fileBytes('pdf', 3000), 'upload-other'),
        type: 'pdf',
        size: 3000,
      }),
      'Only files you uploaded yourself can be attached',
    ],
    [
      'a PNG declared as a PDF',
      async () => ({ fileId: await upload(`uploads/${USER}/image.pdf`, fileBytes('png', 3000)), type: 'pdf', size: 3000 }),
      'The file does not match its declared type',
    ],
    [
      'a web page renamed .pdf',
      async () => ({
        fileId: await upload(`uploads/${USER}/page.pdf`, Buffer.from('<html><body>not a pdf</body></html>')),
        type: 'pdf',
        size: 35,
      }),
      'Only PDF, JPG and PNG files are accepted',
    ],
    [
      'a size other than the stored one',
      async () => ({ fileId: await upload(`uploads/${USER}/small.pdf`, fileBytes('pdf', 1000)), type: 'pdf', size: 3000 }),
      'The file size does not match; please upload it again',
    ],
    [
      // The upload route refuses empty files; wx.cloud.uploadFile (here the node-sdk's) does not.
      'an empty file, whose first bytes cannot be read (416)',
      async () => ({
        fileId: (
          await tcb
            .init({ env: 'local', serviceUrl: `${cloud.url}/admin` })
            .uploadFile({ cloudPath: `uploads/${USER}/empty.pdf`, fileContent: Buffer.alloc(0) })
        ).fileID,
        type: 'pdf',
        size: 3000,
      }),
      'The file is empty; please upload it again',
    ],
    [
      'a file over 10 MB declared small',
      async () => ({ fileId: await upload(`uploads/${USER}/big.pdf`, fileBytes('pdf', 10 * 1024 * 1024 + 1)), type: 'pdf', size: 3000 }),
      'Files may be at most 10 MB',
    ],
  ])('%s', async (_case, make, message) => {
    const passport = await upload(`uploads/${USER}/ok-passport.pdf`, fileBytes('pdf', 3000));
    const reply = await apply([
      { kind: 'passport', fileId: passport, type: 'pdf', size: 3000 },
      { kind: 'work-proof', ...(await make()) },
    ]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'documents.1', message }] } });
  });
});

it('checks request attachments too: another user’s file is refused, the caller’s own accepted', async () => {
  const theirs = await upload('uploads/upload-other/a.png', fileBytes('png', 100), 'upload-other', 'image/png');
  const mine = await upload(`uploads/${USER}/a.png`, fileBytes('png', 100), USER, 'image/png');
  const submit = (attachments: string[]) =>
    callFunction(
      cloud,
      'requests',
      {
        action: 'submit',
        payload: { category: 'housing', title: '附件', body: '请看附件中的租赁合同', attachments },
        requestId: requestId(),
        locale: 'en',
      },
      USER,
      { uploads: false },
    ).then((r) => r.body);
  expect(await submit([mine, theirs])).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'attachments.1' }] } });
  expect(await submit([mine])).toMatchObject({ ok: true, data: { attachments: [mine] } });
});
