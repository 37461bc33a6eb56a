// The login action's post step: removes the sessions and the kubeconfig the main step left.
import * as core from '@actions/core'
import { fail } from '../main.js'
import { actionDeps } from './io.js'
import { post } from './run.js'

post(actionDeps()).then(({ problems }) => {
  if (problems.length) core.setFailed(`Cleaning up the sign-in left something behind: ${problems.join('; ')}`)
}, fail)
