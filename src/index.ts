// The action's entry point: nothing but run().
import { run } from './main.js'

// The process ends with the run: nothing it left behind (an idle connection, a timer) may keep a cancelled or
// timed-out job alive. The exit code is what run() set (core.setFailed sets 1).
void run().finally(() => process.exit())
