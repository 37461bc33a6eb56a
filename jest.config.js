// Two tiers, one run: `npm test` runs both projects; `npm run test:unit` only the first.
// - unit: pure modules (no sandbox, no network, no child process), seconds.
// - sandbox: everything that starts the sandbox, a child process, or the built bundle.
// A test file belongs to `unit` by its place: test/unit/, test/docs/, or one of the files listed below.
const UNIT = ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/docs/**/*.test.ts', '<rootDir>/test/verify/diagnose.test.ts']
const NOT_UNIT = ['/test/unit/', '/test/docs/', '/test/verify/diagnose\\.test\\.ts$']

/** @type {import('jest').Config} */
const common = {
  // Node's environment, plus a check that the file left nothing open and (AKS_WI_TEST_TIMES) its time and CPU time.
  testEnvironment: '<rootDir>/test/helpers/environment.ts',
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
  // Four workers on the 2-core machine (jest's default is cores - 1 = one, i.e. in band): most of a sandbox test's
  // time is spent waiting (for a child process: the built action, az, kubectl; for the sandbox's latency), and with
  // two workers each used about 40% of a core. Measured on the quiet 2-core machine (docs/testing.md): two workers
  // 379 s, four 241 s; four with two CPU burners 333 s, every test passing. Test files share nothing
  // (CONTRIBUTING.md, "Tests in parallel"); open handles are checked per file by test/helpers/environment.ts instead
  // of --detectOpenHandles, which would force one process.
  maxWorkers: 4,
  // The longest files first, also on a fresh checkout with no timing cache (test/durations.json): a long file that
  // starts last runs alone at the end.
  testSequencer: '<rootDir>/test/helpers/sequencer.js',
  // A guard against a hung test, not a speed limit: no test asserts how long anything takes. Three minutes: a test
  // that runs the built action a few times took over a minute on a machine loaded to 17 with two workers.
  testTimeout: 180000,
  verbose: false
}
