import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { weappSizes } from '../../scripts/size';

const WEAPP = resolve(__dirname, '../../dist/weapp');
const app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8'));

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

  it('stays within the budgets: main package ≤ 500 KB (ours), each package ≤ 2 MB (WeChat)', () => {
    const { main, sub } = weappSizes(WEAPP);
    expect(main).toBeLessThanOrEqual(500 * 1024);
    for (const bytes of Object.values(sub)) expect(bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});
