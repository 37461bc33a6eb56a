// Settings for the runner kinds (issue 8): what each kind needs and does not need, the per-kind pinned
// images, the list inputs, and the secrets masked on read and never in Settings' spec-facing parts.
import { describe, expect, it } from '@jest/globals'
import { readSettings, SettingsError } from '../../src/settings.js'
import { DRIVERS } from '../../src/runner-kinds/index.js'
import { DEFAULT_RUNNER_IMAGE } from '../../src/runner-kinds/github.js'
import { BASE, source } from '../helpers/bad-inputs.js'

const TOKEN = 'glrt-abcdefghij0123456789'
const SECRET = 'ab'.repeat(32)

describe('runner kinds: settings', () => {
  it('defaults to github with the github runner image', () => {
    const s = readSettings(source(BASE))
    expect(s.runners.kind).toBe('github')
    expect(s.runners.image).toBe(DEFAULT_RUNNER_IMAGE)
  })

  it('gitlab: needs no github-token, pins its own image, masks the token and keeps it out of runners', () => {
    const masked: string[] = []
    const s = readSettings(source({ ...BASE, 'runner-kind': 'gitlab', 'runner-count': '2', 'gitlab-url': 'https://gitlab.example.com/', 'gitlab-runner-token': TOKEN }, {}, masked))
    expect(s.runners).toMatchObject({ kind: 'gitlab', count: 2, image: DRIVERS.gitlab.defaultImage, options: { url: 'https://gitlab.example.com', executor: 'kubernetes' } })
    expect(s.runners.image).toMatch(/^gitlab\/gitlab-runner:alpine-v\d+\.\d+\.\d+$/)
    expect(s.secrets.runnerCredential).toBe(TOKEN)
    expect(masked).toEqual([TOKEN])
    expect(JSON.stringify(s.runners)).not.toContain(TOKEN)
    expect(s.runners.scope).toBeUndefined()
  })

  it('jenkins: url, name and secret; runner-image overrides the pinned inbound agent', () => {
    const masked: string[] = []
    const s = readSettings(
      source({ ...BASE, 'runner-kind': 'jenkins', 'runner-count': '1', 'jenkins-url': 'https://ci.example.com', 'jenkins-agent-name': 'aks-1', 'jenkins-agent-secret': SECRET, 'runner-image': 'jenkins/inbound-agent:3345.v03dee9b_f88fc-2' }, {}, masked)
    )
    expect(s.runners).toMatchObject({ kind: 'jenkins', image: 'jenkins/inbound-agent:3345.v03dee9b_f88fc-2', options: { url: 'https://ci.example.com', agentName: 'aks-1' } })
    expect(masked).toEqual([SECRET])
    expect(JSON.stringify(s.runners)).not.toContain(SECRET)
    expect(readSettings(source({ ...BASE, 'runner-kind': 'jenkins' })).runners.image).toBe(DRIVERS.jenkins.defaultImage)
  })

  it("pod: the seed's azure-cli image and sleep 3600 by default; command and args one item per line", () => {
    const seed = readSettings(source({ ...BASE, 'runner-kind': 'pod', 'runner-count': '1' }))
    expect(seed.runners).toMatchObject({ kind: 'pod', image: DRIVERS.pod.defaultImage, options: { command: ['sleep'], args: ['3600'] } })
    expect(seed.runners.image).toMatch(/^mcr\.microsoft\.com\/azure-cli:\d+\.\d+\.\d+$/)
    const custom = readSettings(source({ ...BASE, 'runner-kind': 'pod', 'pod-image': 'busybox:1.37', 'pod-command': '/bin/sh\n-c\n', 'pod-args': ' echo "a b" && sleep 60 \n' }))
    expect(custom.runners.options).toEqual({ command: ['/bin/sh', '-c'], args: ['echo "a b" && sleep 60'] })
    // A custom image without a command runs its own entrypoint.
    expect(readSettings(source({ ...BASE, 'runner-kind': 'pod', 'pod-image': 'busybox:1.37' })).runners.options).toEqual({ command: [], args: [] })
  })

  it('destroy needs no credentials for any kind', () => {
    for (const kind of ['gitlab', 'jenkins']) expect(readSettings(source({ ...BASE, mode: 'destroy', 'runner-kind': kind, 'runner-count': '1' })).runners.kind).toBe(kind)
  })

  it('github still needs its token with runners; a hidden secret is never in the message', () => {
    const err = (() => {
      try {
        readSettings(source({ ...BASE, 'runner-kind': 'gitlab', 'runner-count': '1', 'gitlab-url': 'https://gitlab.com', 'gitlab-runner-token': 'glrt-short' }))
      } catch (e) {
        return e as SettingsError
      }
    })()
    expect(err).toBeInstanceOf(SettingsError)
    expect(err!.message).toContain("Input 'gitlab-runner-token' = (value hidden)")
    expect(err!.message).not.toContain('glrt-short')
    expect(() => readSettings(source({ ...BASE, 'runner-count': '1', 'runner-scope': 'o/r' }))).toThrow(/Input 'github-token': is required/)
  })
})
