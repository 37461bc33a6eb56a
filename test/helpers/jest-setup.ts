// Runs in every test file (jest `setupFilesAfterEnv`): whatever a test file started and did not stop, failed
// tests included, is killed as a process group when the file ends, so no child outlives its file; the temp
// folders of the built action's runs go too.
import { afterAll } from '@jest/globals'
import { cleanUp } from './processes.js'
import { removeTempDirs } from './run-action.js'

afterAll(async () => {
  cleanUp()
  await removeTempDirs()
})
