import { join, resolve } from 'node:path';

/**
 * The two functions of miniprogram-simulate used here, typed locally: its own types import
 * miniprogram-api-typings, whose global `require` would replace Node's for the whole typecheck.
 */
interface SimulatedComponent {
  attach(parent: Element): void;
  toJSON(): unknown;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate') as {
  load(path: string, tagName: string, options: { rootPath: string }): string;
  render(id: string, properties: Record<string, unknown>): SimulatedComponent;
};

/**
 * Runs the compiled mini-program (dist/weapp) the way WeChat would, as far as a test can: the build's own
 * `app.js` and page scripts (Taro's runtime, React and our code, wrapped in `wx.webpackJsonp`) under small stand-ins
 * for `App`, `Page`, `getCurrentPages` and the `wx` APIs the pages call; each page's `setData` updates are applied to
 * its data, and that data is rendered by the build's own templates (`base.wxml` through the `comp` component) with
 * miniprogram-simulate. Cloud calls are answered by `respond`.
 */
export const WEAPP = resolve(__dirname, '../../../dist/weapp');

export interface CloudCall {
  name: string;
  data: { action: string; payload?: unknown; requestId: string; locale: string };
}

export interface WxStandIn {
  calls: CloudCall[];
  titles: string[];
  storage: Map<string, unknown>;
}

type Json = { tagName?: string; attrs?: Array<{ name: string; value?: unknown }>; children?: Json[]; text?: string } & Record<
  string,
  unknown
>;

export function installWx(respond: (call: CloudCall) => unknown): WxStandIn {
  const state: WxStandIn = { calls: [], titles: [], storage: new Map() };
  type Callbacks = { success?: (r: unknown) => void; complete?: (r: unknown) => void };
  const ok =
    (name: string) =>
    (options: Callbacks & Record<string, unknown> = {}) => {
      const result = { errMsg: `${name}:ok` };
      options.success?.(result);
      options.complete?.(result);
    };
  const g = globalThis as Record<string, unknown>;
  g.wx = {
    getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 390, windowHeight: 844, pixelRatio: 2, SDKVersion: '3.3.0' }),
    getStorageSync: (key: string) => (state.storage.has(key) ? state.storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => state.storage.set(key, value),
    setNavigationBarTitle: (options: Callbacks & { title: string }) => {
      state.titles.push(options.title);
      ok('setNavigationBarTitle')(options);
    },
    setTabBarItem: ok('setTabBarItem'),
    showLoading: ok('showLoading'),
    hideLoading: ok('hideLoading'),
    navigateTo: ok('navigateTo'),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    cloud: {
      init: () => undefined,
      callFunction: (options: CloudCall & { success?: (r: unknown) => void }) => {
        state.calls.push({ name: options.name, data: options.data });
        const result = { result: respond({ name: options.name, data: options.data }), errMsg: 'cloud.callFunction:ok' };
        options.success?.(result);
        return Promise.resolve(result);
      },
    },
  };
  return state;
}

interface PageConfig {
  onLoad(this: PageInstance, options: Record<string, string>): void;
  onShow?(this: PageInstance): void;
  onReady?(this: PageInstance): void;
}

export interface PageInstance {
  route: string;
  data: Record<string, unknown>;
  setData(update: Record<string, unknown>, callback?: () => void): void;
}

let appConfig: { onLaunch?: (options: unknown) => void } | null = null;
const pageStack: PageInstance[] = [];

/** Loads `app.js` (and with it the runtime, Taro and the shared chunks) and launches the app. */
export function launchApp(): void {
  const g = globalThis as Record<string, unknown>;
  g.App = (config: typeof appConfig) => {
    appConfig = config;
  };
  g.getApp = () => appConfig;
  g.getCurrentPages = () => pageStack;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS, loaded at run time
  require(join(WEAPP, 'app.js'));
  appConfig?.onLaunch?.call(appConfig, { path: 'pages/home/index', query: {} });
}

/** Applies one of Taro's `setData` updates (`root.cn.[0].cn` style paths) to a page's data. */
export function applyUpdate(data: Record<string, unknown>, update: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(update)) {
    const keys = path.split('.').map((key) => (/^\[\d+\]$/.test(key) ? Number(key.slice(1, -1)) : key));
    let at = data as Record<string | number, unknown>;
    keys.slice(0, -1).forEach((key, index) => {
      at[key] ??= typeof keys[index + 1] === 'number' ? [] : {};
      at = at[key] as Record<string | number, unknown>;
    });
    at[keys[keys.length - 1]] = value;
  }
}

/** Each page's `Page()` config: a page's module runs once (require caches it), and a page may be opened again. */
const pageConfigs = new Map<string, PageConfig>();

/** Opens a page of the build (`pages/requests/index`, `request/detail/index`) with its query. */
export function openPage(route: string, query: Record<string, string> = {}): PageInstance {
  let config: PageConfig | null = pageConfigs.get(route) ?? null;
  const g = globalThis as Record<string, unknown>;
  g.Page = (pageConfig: PageConfig) => {
    config = pageConfig;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above: a page of the build
  require(join(WEAPP, `${route}.js`));
  if (!config) throw new Error(`${route}.js did not call Page()`);
  const page: PageConfig = config;
  pageConfigs.set(route, page);
  const instance: PageInstance = Object.assign(Object.create(page) as object, {
    route,
    data: {},
    setData(update: Record<string, unknown>, callback?: () => void) {
      applyUpdate(instance.data, update);
      callback?.();
    },
  });
  pageStack.push(instance);
  page.onLoad.call(instance, query);
  page.onShow?.call(instance);
  page.onReady?.call(instance);
  return instance;
}

let compId: string | null = null;

/** The page's data rendered by the build's templates: a tree of `{ tagName, attrs, children }` and text nodes. */
export function render(page: PageInstance): Json {
  compId ??= simulate.load(join(WEAPP, 'comp'), 'comp', { rootPath: WEAPP });
  const root = (page.data.root as { cn: unknown[] }).cn[0];
  const comp = simulate.render(compId, { i: root });
  comp.attach(document.body);
  return comp.toJSON() as Json;
}

const attr = (node: Json, name: string): unknown => node.attrs?.find((a) => a.name === name)?.value;

/** Every element of the tree whose class list has `className`. */
export function byClass(tree: Json, className: string): Json[] {
  const found: Json[] = [];
  const walk = (node: Json) => {
    if (
      String(attr(node, 'class') ?? '')
        .split(/\s+/)
        .includes(className)
    )
      found.push(node);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** The text a person would read in a subtree. */
export function textOf(node: Json): string {
  if (typeof node.text === 'string') return node.text;
  if (typeof node === 'string') return node;
  return (node.children ?? []).map(textOf).join('');
}

export const tagOf = (node: Json): string | undefined => node.tagName;
export const attrOf = attr;

/** Waits until the page's data satisfies `ready` (cloud replies arrive asynchronously). */
export async function settle(page: PageInstance, ready: (page: PageInstance) => boolean): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (ready(page)) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`page ${page.route} never became ready: ${JSON.stringify(page.data).slice(0, 500)}`);
}

export const hasText = (page: PageInstance, text: string): boolean => JSON.stringify(page.data).includes(text);
