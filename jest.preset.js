// Shared Jest settings: SWC with decorator metadata (Nest's injection needs it) and the tsconfig path aliases.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const tsconfig = JSON.parse(readFileSync(join(__dirname, 'tsconfig.base.json'), 'utf8'));
const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/]/g, '\\/')}$`] = join(__dirname, target);
}

const swcOptions = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/** @param {string} [projectRoot] narrows the run to one project (used by the Nx `test` targets). */
module.exports = function preset(projectRoot) {
  return {
    rootDir: __dirname,
    roots: projectRoot
      ? [join(__dirname, projectRoot)]
      : ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/tools'],
    testEnvironment: 'node',
    testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    transform: { '^.+\\.(t|j)s$': ['@swc/jest', swcOptions] },
    // jose ships ES modules only; Jest (before Node 24.9) cannot require them, so SWC compiles it too.
    transformIgnorePatterns: ['/node_modules/(?!jose/)'],
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper,
    globalSetup: '<rootDir>/tools/jest/global-setup.cjs',
    globalTeardown: '<rootDir>/tools/jest/global-teardown.cjs',
    reporters: ['default', '<rootDir>/tools/jest/summary-reporter.js'],
    testTimeout: 30_000,
    watchman: false,
    // Some client (ioredis reconnecting after the services stop) keeps a handle open after app.close(); not yet traced.
    forceExit: true,
    modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.var/'],
  };
};
