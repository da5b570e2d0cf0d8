import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { weappSizes } from '../../scripts/size';

const WEAPP = resolve(__dirname, '../../dist/weapp');
const app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8'));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('the weapp build (made by this project’s globalSetup)', () => {
  it('has the applicant tab bar: home, bookings, requests, me', () => {
    expect(app.tabBar.list.map((tab: { pagePath: string }) => tab.pagePath)).toEqual([
      'pages/home/index',
      'pages/bookings/index',
      'pages/requests/index',
      'pages/me/index',
    ]);
  });

  it('keeps the admin pages and the application forms in their own subpackages, out of the main package', () => {
    const subPackages = app.subPackages ?? app.subpackages;
    expect(subPackages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ root: 'admin' }),
        expect.objectContaining({
          root: 'apply',
          pages: ['pages/stay/index', 'pages/seat/index', 'pages/invite/index', 'pages/join/index', 'pages/pass/index'],
        }),
      ]),
    );
    expect(app.pages.some((p: string) => p.startsWith('admin/') || p.startsWith('apply/'))).toBe(false);
  });

  it('files and follows requests from the request subpackage, outside the main package', () => {
    const subPackages = app.subPackages ?? app.subpackages;
    expect(subPackages).toEqual(expect.arrayContaining([{ root: 'request', pages: ['new/index', 'detail/index'] }]));
    expect(app.pages.some((p: string) => p.startsWith('request/'))).toBe(false);
  });

  it('draws QR codes only in subpackages: the generator (~20 KB) is not in the main package', () => {
    const subRoots = (app.subPackages ?? app.subpackages).map((sub: { root: string }) => sub.root);
    const holders = files(WEAPP)
      .filter((path) => path.endsWith('.js') && readFileSync(path, 'utf8').includes('createDataURL'))
      .map((path) => relative(WEAPP, path).split(sep)[0]);
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.filter((root) => !subRoots.includes(root))).toEqual([]);
  });

  it('stays within the budgets: main package ≤ 500 KB (ours), each package ≤ 2 MB (WeChat)', () => {
    const { main, sub } = weappSizes(WEAPP);
    expect(main).toBeLessThanOrEqual(500 * 1024);
    for (const bytes of Object.values(sub)) expect(bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});
