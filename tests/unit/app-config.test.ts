import { TABS } from '../../src/tab-bar';

interface AppConfig {
  pages: string[];
  subPackages: Array<{ root: string; pages: string[] }>;
  preloadRule: Record<string, { network: string; packages: string[] }>;
}

// app.config.ts is read by Taro at build time, where `defineAppConfig` is a global that answers its argument.
(globalThis as unknown as { defineAppConfig: (config: unknown) => unknown }).defineAppConfig = (config) => config;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { default: config, STAFF_SUBPACKAGES } = require('../../src/app.config') as { default: AppConfig; STAFF_SUBPACKAGES: string[] };

describe('app.config: a lean main package', () => {
  it('holds the tab pages and nothing else: every other page is in a subpackage', () => {
    expect(config.pages).toEqual(TABS.map((tab) => tab.pagePath));
  });

  it('preloads every subpackage but the staff-only ones from the home page', () => {
    const applicantPackages = config.subPackages.map((sub) => sub.root).filter((root) => !STAFF_SUBPACKAGES.includes(root));
    expect(applicantPackages.length).toBeGreaterThan(0);
    expect(config.preloadRule['pages/home/index']).toEqual({ network: 'all', packages: applicantPackages });
  });

  it('preloads the applications subpackage from My bookings too, whose check-in pass must open at the desk', () => {
    expect(config.subPackages.find((sub) => sub.root === 'apply')?.pages).toContain('pages/pass/index');
    expect(config.preloadRule['pages/bookings/index']?.packages).toContain('apply');
  });

  it('names only real subpackages as staff-only, and never preloads them', () => {
    const roots = config.subPackages.map((sub) => sub.root);
    for (const root of STAFF_SUBPACKAGES) expect(roots).toContain(root);
    const preloaded = Object.values(config.preloadRule).flatMap((rule) => rule.packages);
    expect(preloaded.filter((root) => STAFF_SUBPACKAGES.includes(root))).toEqual([]);
  });
});
