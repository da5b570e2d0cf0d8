import tcb from '@cloudbase/node-sdk';
import { runLocalCloud } from '../../../local-cloud/main';
import { startTestCloud } from '../../support/local-cloud';

/** Local file storage: the node-sdk's own storage calls, and the upload route the H5 app uses. */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let app: ReturnType<typeof tcb.init>;

beforeAll(async () => {
  cloud = await startTestCloud();
  app = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` });
});
afterAll(() => cloud?.stop());

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

const upload = (cloudPath: string, body: Buffer, openId: string | null, type = 'image/png') =>
  fetch(`${cloud.url}/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(openId ? { 'X-Dev-OpenId': openId } : {}) },
    body: new Uint8Array(body),
  });

describe('the node-sdk against local storage', () => {
  test('uploadFile, getTempFileURL, downloadFile and deleteFile round-trip the bytes', async () => {
    const { fileID } = await app.uploadFile({ cloudPath: 'reports/2026/kpi.csv', fileContent: Buffer.from('a,b\n1,2\n') });
    expect(fileID).toBe('cloud://local-env.local-bucket/reports/2026/kpi.csv');

    const { fileList } = await app.getTempFileURL({ fileList: [fileID] });
    expect(fileList[0]).toMatchObject({ fileID, code: 'SUCCESS' });
    expect(await (await fetch(fileList[0].tempFileURL)).text()).toBe('a,b\n1,2\n');

    const { fileContent } = await app.downloadFile({ fileID });
    expect(Buffer.from(fileContent as Buffer).toString()).toBe('a,b\n1,2\n');

    const deleted = await app.deleteFile({ fileList: [fileID, 'cloud://local-env.local-bucket/never/was.png'] });
    expect(deleted.fileList.map((f: { code: string }) => f.code)).toEqual(['SUCCESS', 'STORAGE_FILE_NONEXIST']);
    const after = await app.getTempFileURL({ fileList: [fileID] });
    expect(after.fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
  });

  describe('a temporary URL answers a Range as COS does', () => {
    const bytes = Buffer.from('0123456789');
    let url: string;
    beforeAll(async () => {
      const { fileID } = await app.uploadFile({ cloudPath: 'reports/range.txt', fileContent: bytes });
      url = (await app.getTempFileURL({ fileList: [fileID] })).fileList[0].tempFileURL;
    });

    test.each<[string, string | null, number, string | null, string]>([
      ['no Range: the whole file', null, 200, null, '0123456789'],
      ['first-last', 'bytes=2-5', 206, 'bytes 2-5/10', '2345'],
      ['a last byte past the end, clipped', 'bytes=7-99', 206, 'bytes 7-9/10', '789'],
      ['from a byte to the end', 'bytes=4-', 206, 'bytes 4-9/10', '456789'],
      ['the last bytes', 'bytes=-3', 206, 'bytes 7-9/10', '789'],
      ['more last bytes than the file has', 'bytes=-50', 206, 'bytes 0-9/10', '0123456789'],
      ['a range starting past the end', 'bytes=10-20', 416, 'bytes */10', ''],
      ['no last bytes', 'bytes=-0', 416, 'bytes */10', ''],
      ['a backwards range, ignored', 'bytes=5-2', 200, null, '0123456789'],
      ['several ranges, ignored', 'bytes=0-1,4-5', 200, null, '0123456789'],
      ['another unit, ignored', 'items=0-1', 200, null, '0123456789'],
    ])('%s', async (_case, range, status, contentRange, body) => {
      const res = await fetch(url, range ? { headers: { Range: range } } : {});
      expect(res.status).toBe(status);
      expect(res.headers.get('content-range')).toBe(contentRange);
      expect(await res.text()).toBe(body);
    });
  });

  test('a file ID of another bucket is not found', async () => {
    const { fileList } = await app.getTempFileURL({ fileList: ['cloud://other-env.bucket/uploads/x.png'] });
    expect(fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
  });
});

describe('POST /storage/upload (the H5 app)', () => {
  test("stores the bytes under the caller's folder and answers the file ID, size and type", async () => {
    const res = await upload('uploads/demo-applicant/passport.png', PNG, 'demo-applicant');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      fileID: 'cloud://local-env.local-bucket/uploads/demo-applicant/passport.png',
      size: PNG.length,
      contentType: 'image/png',
    });
    const got = await fetch(`${cloud.url}/storage/file/uploads/demo-applicant/passport.png`);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);
    expect(cloud.files.stat('uploads/demo-applicant/passport.png')).toMatchObject({ uploader: 'demo-applicant', size: PNG.length });
  });

  test.each([
    ['no caller', 'uploads/demo-applicant/a.png', null, 401],
    ["another user's folder", 'uploads/demo-team/a.png', 'demo-applicant', 403],
    ['outside uploads/', 'reports/a.png', 'demo-applicant', 403],
    ['a path that climbs out', 'uploads/demo-applicant/../../../etc/passwd', 'demo-applicant', 400],
    ['an empty path', '', 'demo-applicant', 400],
  ])('refuses %s', async (_case, path, openId, status) => {
    const res = await upload(path, PNG, openId);
    expect(res.status).toBe(status);
    expect(cloud.files.stat('etc/passwd')).toBeNull();
  });

  test('refuses an empty file and a file over the storage limit', async () => {
    expect((await upload('uploads/demo-applicant/empty.png', Buffer.alloc(0), 'demo-applicant')).status).toBe(400);
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    expect((await upload('uploads/demo-applicant/big.png', big, 'demo-applicant')).status).toBe(413);
    expect(cloud.files.stat('uploads/demo-applicant/big.png')).toBeNull();
  });

  test('a missing file is 404, and stored files survive a restart on the same data folder', async () => {
    expect((await fetch(`${cloud.url}/storage/file/uploads/nobody/x.png`)).status).toBe(404);
    await upload('uploads/demo-team/plan.pdf', Buffer.from('%PDF-1.7 plan'), 'demo-team', 'application/pdf');
    const again = await runLocalCloud({ port: 0, dataDir: cloud.dataDir, quiet: true });
    try {
      const got = await fetch(`${again.url}/storage/file/uploads/demo-team/plan.pdf`);
      expect(await got.text()).toBe('%PDF-1.7 plan');
      expect(got.headers.get('content-type')).toBe('application/pdf');
    } finally {
      await again.close();
    }
  });
});
