/**
 * ts-jest in ESM mode: run with NODE_OPTIONS=--experimental-vm-modules (see package.json's test
 * script, which also adds --disable-warning=ExperimentalWarning to keep Node's notice about it
 * out of the output).
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['**/tests/**/*.test.ts'],
  testTimeout: 30000
};
