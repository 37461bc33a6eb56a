// jest's test order, for a run with no timing cache (CI's fresh checkout): the longest files first, from the
// durations committed in test/durations.json, so that no long file starts last and runs alone at the end while
// the other workers sit idle. jest's own sequencer orders by the durations it cached from the last local run, and
// without a cache by file size, which puts the real-client files (small files that run the Azure CLI for a minute)
// last. Refresh the file with `node scripts/test-times.mjs <jest --json output> --durations test/durations.json`.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import jestSequencer from '@jest/test-sequencer'

const Base = jestSequencer.default ?? jestSequencer
const durations = JSON.parse(readFileSync(new URL('../durations.json', import.meta.url), 'utf8'))

export default class Sequencer extends Base {
  /** The cached duration of the last local run, or the committed one (in ms, as jest's cache holds them). */
  time(test) {
    const cached = super.time(test)
    if (cached != null) return cached
    const committed = durations.files[relative(test.context.config.rootDir, test.path)]
    return committed == null ? undefined : committed * 1000
  }
}
