// Two tiers, one run: `npm test` runs both projects; `npm run test:unit` only the first.
// - unit: pure modules (no sandbox, no network, no child process), seconds.
// - sandbox: everything that starts the sandbox, a child process, or the built bundle.
// A test file belongs to `unit` by its place: test/unit/, test/docs/, or one of the files listed below.
const UNIT = ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/docs/**/*.test.ts', '<rootDir>/test/verify/diagnose.test.ts']
const NOT_UNIT = ['/test/unit/', '/test/docs/', '/test/verify/diagnose\\.test\\.ts$']

/** @type {import('jest').Config} */
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  // Kills what a test file started and left running (failed tests included), as process groups.
  setupFilesAfterEnv: ['<rootDir>/test/helpers/jest-setup.ts']
}

/** @type {import('jest').Config} */
export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: UNIT },
    { ...common, displayName: 'sandbox', roots: ['<rootDir>/test'], testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...NOT_UNIT] }
  ],
  // A guard against a hung test, not a speed limit: no test asserts how long anything takes.
  testTimeout: 60000,
  verbose: false
}
