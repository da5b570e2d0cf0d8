import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { budgetProblems, MAIN_BUDGET_BYTES, PACKAGE_LIMIT_BYTES, runSize, weappSizes } from '../../scripts/size';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'weapp-size-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fake weapp build: app.json naming the subpackages, and files of the given sizes (sparse, so cheap). */
function build(files: Record<string, number>, subPackages = ['admin', 'apply']): string {
  writeFileSync(
    join(dir, 'app.json'),
    JSON.stringify({ pages: ['pages/home/index'], subPackages: subPackages.map((root) => ({ root, pages: [] })) }),
  );
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), '');
    truncateSync(join(dir, path), bytes);
  }
  return dir;
}

describe('weapp package sizes', () => {
  it('counts each subpackage under its root and the rest (app.json included) as the main package, maps aside', () => {
    build({
      'app.js': 1000,
      'pages/home/index.js': 500,
      'admin/pages/index/index.js': 300,
      'apply/sub-vendors.js': 700,
      'apply/x.js.map': 9999,
      'applyish.js': 10,
    });
    const sizes = weappSizes(dir);
    const appJson = sizes.main - 1000 - 500 - 10;
    expect(appJson).toBeGreaterThan(0);
    expect(sizes.sub).toEqual({ admin: 300, apply: 700 });
  });
});

describe('size budgets', () => {
  it('passes a build within every budget, exactly at the limits included', () => {
    expect(budgetProblems({ main: MAIN_BUDGET_BYTES, sub: { admin: PACKAGE_LIMIT_BYTES, apply: 1 } })).toEqual([]);
  });

  it('fails a main package one byte over our 500 KB budget', () => {
    expect(budgetProblems({ main: MAIN_BUDGET_BYTES + 1, sub: {} })).toEqual([expect.stringContaining('over our budget')]);
  });

  it("fails any package over WeChat's 2 MB limit, naming it", () => {
    const problems = budgetProblems({ main: PACKAGE_LIMIT_BYTES + 1, sub: { admin: 10, apply: PACKAGE_LIMIT_BYTES + 1 } });
    expect(problems).toEqual([
      expect.stringContaining("main package is 2097153 bytes, over WeChat's limit"),
      expect.stringContaining('subpackage apply'),
    ]);
  });
});

describe('npm run size', () => {
  let out: jest.SpyInstance;
  let err: jest.SpyInstance;
  beforeEach(() => {
    out = jest.spyOn(console, 'log').mockImplementation(() => {});
    err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    out.mockRestore();
    err.mockRestore();
  });

  it('prints each package in bytes and answers exit code 1 when a subpackage is over 2 MB, 0 when all fit', () => {
    build({ 'app.js': 1000, 'apply/big.js': PACKAGE_LIMIT_BYTES + 1 });
    expect(runSize({ dir, build: false })).toBe(1);
    const printed = out.mock.calls.map((call) => String(call[0]));
    expect(printed).toEqual([
      expect.stringMatching(/^weapp\.main_bytes: \d+$/),
      'weapp.sub.admin_bytes: 0',
      `weapp.sub.apply_bytes: ${PACKAGE_LIMIT_BYTES + 1}`,
    ]);
    expect(String(err.mock.calls[0][0])).toContain('subpackage apply');

    truncateSync(join(dir, 'apply/big.js'), 1000);
    expect(runSize({ dir, build: false })).toBe(0);
  });
});
