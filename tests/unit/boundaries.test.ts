import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundaryViolations, coreDomainCycles, repoPath, repoRoot } from './support/boundaries';

const ROOT = repoRoot();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** `file:line rule detail`, one string per violation, so a failure reads as a list. */
const check = (file: string, text: string): string[] =>
  boundaryViolations(file, text).map((v) => `${v.file}:${v.line} ${v.rule} ${v.detail}`);

describe('import and I/O boundaries of the tree as it is', () => {
  it('hold in core, src, scripts and cloudfunctions', () => {
    const found = ['core', 'src', 'scripts', 'cloudfunctions']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .flatMap((path) => check(repoPath(ROOT, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it("core's domain folders import each other without a cycle", () => {
    const files = sources(join(ROOT, 'core')).map((path) => ({ file: repoPath(ROOT, path), text: readFileSync(path, 'utf8') }));
    expect(coreDomainCycles(files)).toEqual([]);
  });
});

describe('the cycle check itself (fixtures)', () => {
  const file = (path: string, ...imports: string[]) => ({ file: path, text: imports.map((i) => `import { x } from '${i}';`).join('\n') });

  it('finds a two-domain and a three-domain cycle, each once', () => {
    expect(
      coreDomainCycles([
        file('core/stays/view.ts', '../workspaces/policy'),
        file('core/workspaces/rules.ts', '../stays/model'),
        file('core/a/x.ts', '../b/x'),
        file('core/b/x.ts', '../c/x'),
        file('core/c/x.ts', '../a/x'),
      ]),
    ).toEqual(['a → b → c → a', 'stays → workspaces → stays']);
  });

  it('ignores tests, type-only imports, imports within a domain, files directly in core and one-way imports', () => {
    expect(
      coreDomainCycles([
        file('core/stays/notices.test.ts', '../workspaces/notices'),
        { file: 'core/contract/api.ts', text: "import type { staysApi } from '../stays/api';\nimport { type X } from '../stays/x';" },
        { file: 'core/stays/api.ts', text: "import { defineAction } from '../contract/define-action';" },
        file('core/workspaces/rules.ts', '../stays/model', './model', '../dates'),
        file('core/stays/model.ts', './ids', '../dates'),
        file('core/dates.ts', './stays/model'),
      ]),
    ).toEqual([]);
  });
});

describe('the boundary check itself (fixtures, not real files)', () => {
  it.each([
    ['zod', "import * as z from 'zod';"],
    ['a dayjs plugin', "import utc from 'dayjs/plugin/utc';"],
    ['a sibling core file', "import { x } from '../calendar/dates';"],
    ['zod locales', "import { zhCN } from 'zod/locales';"],
  ])('core may import %s', (_what, line) => {
    expect(check('core/stays/quote.ts', line)).toEqual([]);
  });

  it.each([
    ['the node-sdk', "import tcb from '@cloudbase/node-sdk';"],
    ['Taro', "import Taro from '@tarojs/taro';"],
    ['node:fs', "import { readFileSync } from 'node:fs';"],
    ['a cloud function file', "import { COLLECTIONS } from '../../cloudfunctions/_shared/collections';"],
    ['the app', "import { t } from '../../src/i18n';"],
    ['an app alias', "import { t } from '@/i18n';"],
    ['a package through require', "const x = require('mingo');"],
    ['a package through import()', "const x = await import('chinese-days');"],
    ['a re-export from outside', "export { x } from '../../local-cloud/main';"],
  ])('core may not import %s', (_what, line) => {
    expect(check('core/stays/quote.ts', line)).toHaveLength(1);
  });

  it('a core test may use a test library, but still no file outside core', () => {
    expect(check('core/calendar/x.test.ts', "import fc from 'fast-check';\nimport chineseDays from 'chinese-days';")).toEqual([]);
    expect(check('core/calendar/x.test.ts', "import { db } from '../../local-cloud/db/store';")).toHaveLength(1);
  });

  it('src may not import cloudfunctions or local-cloud, by path or type-only', () => {
    expect(check('src/pages/home/index.tsx', "import type { Reply } from '../../../cloudfunctions/stays/main';")).toHaveLength(1);
    expect(check('src/services/api.ts', "import { runLocalCloud } from '../../local-cloud/main';")).toHaveLength(1);
    expect(check('src/services/api.ts', "import { stayInputSchema } from '@core/stays/apply.schema';")).toEqual([]);
  });

  it("a function imports its own folder, _shared and core, never another function's folder", () => {
    expect(check('cloudfunctions/scheduler/tick.ts', "import { sweepStays } from '../stays/sweep';")).toHaveLength(1);
    expect(check('cloudfunctions/scheduler/tick.ts', "import { sweepStays } from '../_shared/stays/sweep';")).toEqual([]);
    expect(check('cloudfunctions/stays/actions/apply.ts', "import { submitStay } from '../../_shared/stays/lifecycle';")).toEqual([]);
    expect(check('cloudfunctions/stays/actions/apply.ts', "import { staff } from '../staff';")).toEqual([]);
    expect(check('cloudfunctions/stays/actions/apply.ts', "import { x } from '../../../core/stays/model';")).toEqual([]);
    expect(check('cloudfunctions/_shared/stays/sweep.ts', "import { x } from '../../stays/staff';")).toHaveLength(1);
    expect(check('cloudfunctions/_shared/stays/sweep.ts', "import { skipConflict } from '../skip-conflict';")).toEqual([]);
  });

  it('a function queries through _shared repositories, never `.collection()` in its own folder', () => {
    const query = "const { data } = await ctx.db.collection('users').where({ roles: 'admin' }).get();";
    expect(check('cloudfunctions/admin/actions/roles.ts', query)).toEqual([
      "cloudfunctions/admin/actions/roles.ts:1 queries .collection() in a function's folder: queries live in _shared repositories and domain modules",
    ]);
    expect(check('cloudfunctions/stays/actions/apply.ts', 'await t.collection(name).doc(id).set(fields);')).toHaveLength(1);
    expect(check('cloudfunctions/scheduler/deliver.ts', query)).toHaveLength(1);
    expect(check('cloudfunctions/account/main.ts', query)).toHaveLength(1);
    // Repositories and shared domain modules may; calling one from a function is the point.
    expect(check('cloudfunctions/_shared/users.ts', query)).toEqual([]);
    expect(check('cloudfunctions/_shared/account/repository.ts', query)).toEqual([]);
    expect(check('cloudfunctions/admin/actions/roles.ts', 'const users = await usersWithRole(ctx.db, role);')).toEqual([]);
    // Naming a collection is not querying it.
    expect(check('cloudfunctions/admin/actions/roles.ts', 'const target = { collection: COLLECTIONS.users, id };')).toEqual([]);
  });

  it('scripts may not import tests; tests may import scripts', () => {
    expect(check('scripts/bench/stays.ts', "import { withUploads } from '../../tests/support/uploads';")).toHaveLength(1);
    expect(check('scripts/bench/stays.ts', "import { withUploads } from '../support/uploads';")).toEqual([]);
    expect(check('tests/support/uploads.ts', "export * from '../../scripts/support/uploads';")).toEqual([]);
  });

  it.each([
    ['Taro.request', "Taro.request({ url: 'https://example.com' });"],
    ['Taro.uploadFile', 'await Taro.uploadFile({ url, filePath, name });'],
    ['Taro.downloadFile', 'await Taro.downloadFile({ url });'],
    ['the file system manager', "Taro.getFileSystemManager().readFileSync(path, 'utf8');"],
    ['Taro.cloud', "await Taro.cloud.callFunction({ name: 'stays' });"],
    ['wx.cloud', "wx.cloud.callFunction({ name: 'stays' });"],
    ['wx.request', "wx.request({ url: 'https://example.com' });"],
    ['fetch', "await fetch('/fn/stays');"],
    ['window.fetch', "await window.fetch('/fn/stays');"],
    ['a WebSocket', "new WebSocket('ws://127.0.0.1');"],
    ['a named Taro import', "import { request } from '@tarojs/taro';"],
  ])('a page may not call %s', (_what, line) => {
    expect(check('src/apply/pages/stay/index.tsx', line)).toHaveLength(1);
  });

  it('components and the request subpackage are held to the same rule; services are where I/O lives', () => {
    const line = 'await Taro.downloadFile({ url });';
    expect(check('src/components/booking-card/index.tsx', line)).toHaveLength(1);
    expect(check('src/request/new/index.tsx', line)).toHaveLength(1);
    expect(check('src/services/upload.ts', line)).toEqual([]);
    expect(check('src/admin/services/files.ts', line)).toEqual([]);
  });

  it('UI calls that do no I/O stay allowed in pages', () => {
    const page =
      "import Taro, { useRouter } from '@tarojs/taro';\nTaro.navigateTo({ url: '/x' });\nTaro.showToast({ title: 'ok' });\nconst request = useRequest();";
    expect(check('src/pages/home/index.tsx', page)).toEqual([]);
  });

  it("`import { z } from 'zod'` is refused in bundled code (every zod locale, +370 KB per bundle)", () => {
    expect(check('cloudfunctions/stays/main.ts', "import { z } from 'zod';")).toHaveLength(1);
    expect(check('src/apply/model/draft.ts', "import { z } from 'zod';")).toHaveLength(1);
  });

  it('names the file and line of a violation', () => {
    expect(check('src/pages/me/index.tsx', "import { View } from '@tarojs/components';\n\nfetch('/x');")).toEqual([
      'src/pages/me/index.tsx:3 io fetch outside src/services: pages and components only assemble UI',
    ]);
  });
});
