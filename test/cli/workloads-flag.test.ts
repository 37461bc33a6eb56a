// The CLI's --workloads FILE (the action's `config` input; --config is the CLI's inputs file): parsed into the
// input, and a file with mistakes is refused with every problem at its place and exit code 1, before any sign-in.
import { describe, expect, it } from '@jest/globals'
import { cli, parseArgs } from '../../src/cli.js'

const FILE = `version: 1
identities:
  id-a: {}
workloads:
  a:
    identity: id-a
    namespace: Apps
    service-account-name: a
`

describe('--workloads', () => {
  it('is the config input, not the inputs file', () => {
    const args = parseArgs(['plan', '--workloads', 'team.yaml', '--cluster-name', 'aks'])
    expect(args.inputs).toMatchObject({ config: 'team.yaml', 'cluster-name': 'aks' })
  })

  it('reports every problem of the file at its line and column, exit code 1, nothing signed in', async () => {
    const out: string[] = []
    const err: string[] = []
    const code = await cli({
      argv: ['apply', '--workloads', 'team.yaml', '--resource-group', 'rg', '--cluster-name', 'aks'],
      env: {},
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      readFile: (p) => {
        if (p !== 'team.yaml') throw new Error(`unexpected read of ${p}`)
        return FILE
      }
    })
    expect(code).toBe(1)
    expect(err.join('\n')).toMatch(/^error: team\.yaml:7:16: workloads\.a\.namespace: 'Apps': must be an RFC 1123 label/m)
    expect(out.join('\n')).not.toMatch(/Signing in|Plan/)
  })
})
