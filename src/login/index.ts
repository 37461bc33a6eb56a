// The login action's main step (login/action.yml): nothing but login() with the runner's I/O.
import { fail } from '../main.js'
import { actionDeps } from './io.js'
import { login } from './run.js'

login(actionDeps()).then(() => undefined, fail)
