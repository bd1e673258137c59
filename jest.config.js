// restify's spdy dependency reads process.binding('http_parser') (DEP0111, harmless): the test
// workers and the servers the tests start do not say so each time. (`npm test` sets it for jest itself.)
if (!(process.env.NODE_OPTIONS ?? '').includes('--disable-warning=DEP0111')) {
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --disable-warning=DEP0111`.trim();
}

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 30000,
  setupFiles: ['<rootDir>/test/setup-env.ts'],
};
