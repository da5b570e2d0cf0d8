/** One project per kind of test, so `npm test -- --selectProjects unit` runs just the fast ones. */
const common = {
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  moduleNameMapper: { '^@core/(.*)$': '<rootDir>/core/$1', '^@/(.*)$': '<rootDir>/src/$1' },
};

module.exports = {
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
      // The function bundles are already plain CommonJS; running 1.5 MB of minified code through Babel is slow.
      transformIgnorePatterns: ['/node_modules/', '<rootDir>/cloudfunctions/[^/]+/index\\.js$'],
      testTimeout: 30_000,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/ui/**/*.test.{ts,tsx}'],
      // Pages render against small stand-ins of Taro's components and APIs (TOOLCHAIN.md, "Jest").
      moduleNameMapper: {
        ...common.moduleNameMapper,
        '^@tarojs/components$': '<rootDir>/tests/ui/stubs/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/tests/ui/stubs/taro.ts',
        '\\.css$': '<rootDir>/tests/ui/stubs/style.ts',
      },
    },
  ],
};
