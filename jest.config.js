/** One project per kind of test, so `npm test -- --selectProjects unit` runs just the fast ones. */
const common = {
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  moduleNameMapper: { '^@core/(.*)$': '<rootDir>/core/$1', '^@/(.*)$': '<rootDir>/src/$1' },
  // The function bundles are already plain CommonJS; running 1.5 MB of minified code through Babel is slow.
  transformIgnorePatterns: ['/node_modules/', '<rootDir>/cloudfunctions/[^/]+/index\\.js$'],
  setupFiles: ['<rootDir>/tests/support/check-replies.ts'],
};

module.exports = {
  // Integration and browser tests start servers and builds; jest 29 only takes this at the top level.
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/core/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/tests/support/build-functions.global.ts',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/ui/**/*.test.{ts,tsx}'],
      // NutUI ships ES modules only: Babel turns them into CommonJS like our own code.
      transformIgnorePatterns: ['/node_modules/(?!@nutui/)', '<rootDir>/cloudfunctions/[^/]+/index\\.js$'],
      // Pages render against small stand-ins of Taro's components and APIs (TOOLCHAIN.md, "Jest").
      moduleNameMapper: {
        ...common.moduleNameMapper,
        '^@tarojs/components$': '<rootDir>/tests/ui/stubs/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/tests/ui/stubs/taro.ts',
        '\\.css$': '<rootDir>/tests/ui/stubs/style.ts',
      },
    },
    {
      ...common,
      // The compiled mini-program (dist/weapp) run by miniprogram-simulate: Taro's runtime renders our pages into
      // its data tree, and the build's own templates (base.wxml, through the `comp` component) render that tree.
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/weapp/build-weapp.global.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/support/build-app.global.ts',
    },
  ],
};
