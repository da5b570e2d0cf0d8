import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
// Taro only transpiles sourceRoot and Taro's own packages; core/ lives beside src/ and is TypeScript too.
const compile = { include: [path.join(root, 'core')] };

// https://docs.taro.zone/docs/config-detail
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'rencai-yizhan',
    // NutUI's styles are written for a 375 px wide design; ours for 750. pxtransform asks per file
    // (https://nutui.jd.com/taro/react/3x/#/zh-CN/guide/start-react).
    designWidth: (input) => (typeof input === 'object' && input.file?.replace(/\\+/g, '/').includes('@nutui/') ? 375 : 750),
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    alias: {
      '@': path.join(root, 'src'),
      '@core': path.join(root, 'core'),
    },
    framework: 'react',
    // Deployment settings the app reads as `process.env.X`; each is defined (empty when unset), since the browser
    // and the mini-program have no `process` for an undefined one to fall through to.
    env: {
      TARO_APP_SUBSCRIBE_TEMPLATES: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? ''),
    },
    // WeChat templates cannot recurse, so base.wxml repeats every used component's template once per nesting
    // level, up to baseLevel; deeper nodes go on through the `comp` component, which starts again at level 0
    // (@tarojs/shared's template.d.ts). 8 instead of Taro's 16: base.wxml 60 KB -> 38 KB, in the main package
    // every user downloads; a subtree deeper than 8 renders through one more `comp` instance (Taro's own fallback).
    baseLevel: 8,
    // Prebundling (esbuild) nearly triples a production build (TOOLCHAIN.md); it only speeds up watch builds.
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // Files a component names by path rather than imports (a map marker's iconPath must be a file in the package,
    // not the data URL a small imported image becomes); each lands under its subpackage's root.
    copy: {
      patterns: [{ from: 'src/stations/assets/', to: `dist/${process.env.TARO_ENV}/stations/assets/` }],
      options: {},
    },
    cache: { enable: false },
    // Taro's own terser options for mini-programs (webpack5-runner's MiniBaseConfig) print ES5 with every non-ASCII
    // character escaped and turn most compressions off. WeChat reads UTF-8 and, for the engines we build for
    // (browserslist: ES2017), runs what terser's defaults make: a Chinese character is 3 bytes instead of a 6-byte
    // `\uXXXX`, and inlining, `reduce_vars` and arrows shorten the rest. Main package 407,757 -> 392,962 bytes,
    // each subpackage 2-17 KB less (tests/weapp run the compiled code).
    // The H5 build (local use and the browser tests; no size budget) is minified by esbuild: 46 s here instead of
    // 99-139 s with terser, its scripts ~12% larger. The weapp keeps terser, with the options below, for its size.
    jsMinimizer: process.env.TARO_ENV === 'h5' ? 'esbuild' : 'terser',
    esbuild: { minify: { enable: true, config: { target: 'es2017' } } },
    terser: {
      enable: true,
      config: {
        compress: {
          ecma: 2017,
          arrows: true,
          collapse_vars: true,
          comparisons: true,
          computed_props: true,
          hoist_props: true,
          inline: true,
          loops: true,
          negate_iife: true,
          properties: true,
          reduce_funcs: true,
          reduce_vars: true,
          switches: true,
          typeofs: true,
          directives: true,
        },
        output: { ecma: 2017, ascii_only: false },
      },
    },
    mini: {
      compile,
      // Webpack's own code (module wrappers, export getters, its runtime) for the same engines: arrows instead of
      // `function(){return x}`; Taro's default target is ES5. Main package 372,141 -> 365,110 bytes.
      webpackChain(chain) {
        chain.set('target', ['web', 'es2017']);
      },
      // Pages import NutUI's and our styles in different orders; every rule is scoped by its class, so order is moot.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // `[hash]` is deprecated in webpack 5 output names and warns; `[contenthash]` also keeps caches stable.
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // The H5 build is for local use and tests; the budget that matters is the weapp package size.
      webpackChain(chain) {
        chain.performance.hints(false);
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
