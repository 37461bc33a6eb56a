// The built action's `config` input (issue 19 item 2): a workloads file read from the step's folder, its workloads
// applied in one run, the `workloads` output a JSON map of them and the job summary's table; a file with mistakes
// fails the step with one annotation per problem at its file, line and column, and sends no request.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { removeTempDirs, runAction, tempDir } from '../helpers/run-action.js'
import type { WorkloadOutput } from '../../src/workloads.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true, consistency: { clusterOperationMs: 100 } } })
})
afterAll(async () => {
  await sb?.stop()
  await removeTempDirs()
})

const FILE = `version: 1
identities:
  id-files: {}
defaults:
  identity: id-files
  namespace: files
workloads:
  reader:
    service-account-name: reader
  writer:
    service-account-name: writer
`

it('applies every workload of the file given as the config input, and maps them in the workloads output', async () => {
  const dir = await tempDir('aks-wi-config-')
  const path = join(dir, 'workloads.yaml')
  await writeFile(path, FILE)
  const run = await runAction({ ...sb.inputs, config: path, verify: 'false' }, sb.env)
  expect(run.errors).toEqual([])
  expect(run.code).toBe(0)
  const map = JSON.parse(run.outputs.workloads!) as Record<string, WorkloadOutput>
  expect(Object.keys(map)).toEqual(['reader', 'writer'])
  expect(map.reader!['client-id']).toMatch(/^[0-9a-f-]{36}$/)
  expect(map.writer!['client-id']).toBe(map.reader!['client-id'])
  expect([map.reader!['service-account'], map.writer!['service-account']]).toEqual(['reader', 'writer'])
  expect(run.outputs['client-id']).toBe('')
  expect(run.summary).toContain('#### Workloads')
  expect(run.stdout).toContain('Workload reader:')
}, 120_000)

it('fails on a file with mistakes, one annotation per problem at its place, before any request', async () => {
  const dir = await tempDir('aks-wi-config-')
  const path = join(dir, 'bad.yaml')
  await writeFile(path, FILE.replace('namespace: files', 'namespace: Files').replace('service-account-name: writer', 'service-account-name: Writer'))
  const before = sb.log.all().length
  const run = await runAction({ ...sb.inputs, config: path, verify: 'false' }, sb.env)
  expect(run.code).not.toBe(0)
  expect(run.errors.filter((e) => e.startsWith('defaults.namespace: '))).toHaveLength(1)
  expect(run.errors.filter((e) => e.startsWith('workloads.writer.service-account-name: '))).toHaveLength(1)
  expect(run.stdout).toMatch(new RegExp(`::error title=Invalid workloads file,file=${path.replace(/[/.]/g, '\\$&')},line=6,col=14::defaults.namespace`))
  expect(run.errors.at(-1)).toMatch(/problems in the workloads file \(named above\); nothing was sent anywhere/)
  expect(sb.log.all().slice(before)).toEqual([])
}, 120_000)
