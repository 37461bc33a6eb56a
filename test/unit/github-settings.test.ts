// Inputs of issue 16: the GitHub App (`github-app-id`, `github-app-private-key`: the key checked before any
// request, with a clear message per wrong form, masked line by line) and where people look (`comment`,
// `drift-issue`, their labels, assignees and token).
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { readSettings, SettingsError, type Settings } from '../../src/settings.js'
import { BASE, source } from '../helpers/bad-inputs.js'

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PKCS1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
const PKCS8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const PUBLIC = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString()
const EC = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const SMALL = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
const ENCRYPTED = rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'x' }).toString()
const RUNNERS = { 'runner-count': '1', 'runner-scope': 'octo-org/octo-repo' }
const ENV = { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_TOKEN: 'ghs_workflowtoken000000' }

function read(inputs: Record<string, string>, env: Record<string, string> = ENV, masked: string[] = []): Settings | string[] {
  try {
    return readSettings(source({ ...BASE, ...inputs }, env, masked))
  } catch (e) {
    if (e instanceof SettingsError) return e.problems.map((p) => p.message)
    throw e
  }
}
const problems = (inputs: Record<string, string>, env?: Record<string, string>): string => {
  const r = read(inputs, env)
  return Array.isArray(r) ? r.join('\n') : ''
}
const settings = (inputs: Record<string, string>, env?: Record<string, string>, masked?: string[]): Settings => {
  const r = read(inputs, env, masked)
  if (Array.isArray(r)) throw new Error(r.join('\n'))
  return r
}

describe('a GitHub App registers the runners', () => {
  it('App ID and key alone are enough for runners: no github-token needed; the key is a secret, never in runners', () => {
    const masked: string[] = []
    const s = settings({ ...RUNNERS, 'github-app-id': '424242', 'github-app-private-key': PKCS1 }, ENV, masked)
    expect(s.runners.githubAppId).toBe('424242')
    expect(s.runners.githubToken).toBeUndefined()
    expect(s.secrets.githubAppPrivateKey).toBe(PKCS1.trim())
    expect(JSON.stringify(s.runners)).not.toContain('PRIVATE KEY')
    // The whole key and each line of its body are masked; the BEGIN/END lines are not secret.
    expect(masked).toContain(PKCS1.trim())
    const body = PKCS1.trim().split('\n').slice(1, -1)
    for (const line of body) expect(masked).toContain(line)
    expect(masked.filter((m) => m !== PKCS1.trim()).some((m) => m.includes('-----'))).toBe(false)
  })

  it('accepts PKCS#8, a client ID, and a key whose line breaks a secret store escaped as \\n', () => {
    expect(settings({ ...RUNNERS, 'github-app-id': 'Iv23liSandboxApp0000', 'github-app-private-key': PKCS8 }).runners.githubAppId).toBe('Iv23liSandboxApp0000')
    const escaped = PKCS1.trim().replace(/\n/g, '\\n')
    expect(settings({ ...RUNNERS, 'github-app-id': '1', 'github-app-private-key': escaped }).secrets.githubAppPrivateKey).toBe(PKCS1.trim())
  })

  it.each([
    ['a public key', PUBLIC, "is a public key or certificate, not the App's private key"],
    ['an EC key', EC, 'is a ec key; GitHub App keys are RSA'],
    ['a short RSA key', SMALL, 'is an RSA key shorter than 2048 bits'],
    ['an encrypted key', ENCRYPTED, 'is encrypted with a passphrase'],
    ['base64 without the PEM lines', PKCS1.split('\n').slice(1, -2).join('\n'), 'is base64 without the PEM header and footer'],
    ['a truncated PEM', PKCS1.slice(0, 400), "is cut short (no '-----END … PRIVATE KEY-----' line)"],
    ['a damaged body', PKCS1.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!!!!!!!!!!!!!!!!!'), 'cannot be read as a private key'],
    ['a token pasted instead', 'ghp_0123456789abcdef0123456789abcdef0123', 'is not a PEM private key']
  ])('%s is refused before any request, with what to paste instead', (_what, key, expected) => {
    const found = problems({ ...RUNNERS, 'github-app-id': '424242', 'github-app-private-key': key })
    expect(found).toContain(`Input 'github-app-private-key': ${expected}`)
    // The value is never shown.
    expect(found).not.toContain(key.length > 80 ? key.slice(40, 80) : key)
  })

  it('both or neither, and not together with github-token', () => {
    expect(problems({ ...RUNNERS, 'github-app-id': '424242' })).toContain("Input 'github-app-id': needs 'github-app-private-key'")
    expect(problems({ ...RUNNERS, 'github-app-private-key': PKCS1 })).toContain("Input 'github-app-private-key': needs 'github-app-id'")
    expect(problems({ ...RUNNERS, 'github-app-id': '424242', 'github-app-private-key': PKCS1, 'github-token': 'ghp_x' })).toContain(
      "Input 'github-token': give either 'github-token' or a GitHub App"
    )
    expect(problems({ ...RUNNERS, 'github-app-id': 'my-app', 'github-app-private-key': PKCS1 })).toContain("Input 'github-app-id' = 'my-app': must be the GitHub App's ID")
    expect(problems(RUNNERS)).toContain("unless a GitHub App registers the runners ('github-app-id' and 'github-app-private-key')")
  })
})

describe('the plan on the pull request and drift as an issue', () => {
  it('off by default; on, with the workflow token from the environment and the repository', () => {
    expect(settings({}).report).toMatchObject({ comment: false, driftIssue: false, driftIssueLabels: [], driftIssueAssignees: [] })
    const s = settings({ comment: 'true' })
    expect(s.report).toMatchObject({ comment: true, repository: 'octo-org/octo-repo' })
    expect(s.secrets.commentToken).toBe(ENV.GITHUB_TOKEN)
    const masked: string[] = []
    expect(settings({ comment: 'true', 'comment-token': 'ghs_fromtheinput000000' }, ENV, masked).secrets.commentToken).toBe('ghs_fromtheinput000000')
    expect(masked).toContain('ghs_fromtheinput000000')
  })

  it('drift-issue: mode plan only; labels and assignees are lists; @ is dropped from logins', () => {
    const s = settings({ mode: 'plan', 'drift-issue': 'true', 'drift-issue-labels': 'drift, platform\nsecurity', 'drift-issue-assignees': '@octocat, monalisa' })
    expect(s.report).toMatchObject({ driftIssue: true, driftIssueLabels: ['drift', 'platform', 'security'], driftIssueAssignees: ['octocat', 'monalisa'] })
    expect(problems({ mode: 'apply', 'drift-issue': 'true' })).toContain("Input 'drift-issue': applies to 'mode: plan' (the drift check); this run is 'apply'")
    expect(problems({ mode: 'plan', 'drift-issue': 'true', 'drift-issue-assignees': 'not a login' })).toContain("Input 'drift-issue-assignees' = 'not a login': each assignee must be a GitHub login")
    expect(problems({ mode: 'plan', 'drift-issue': 'true', 'drift-issue-labels': 'x'.repeat(51) })).toContain('each label must be at most 50 characters')
    const many = Array.from({ length: 11 }, (_, i) => `user${i}`).join(',')
    expect(problems({ mode: 'plan', 'drift-issue': 'true', 'drift-issue-assignees': many })).toContain('at most 10 assignees')
  })

  it('needs a token and the repository', () => {
    expect(problems({ comment: 'true' }, { GITHUB_REPOSITORY: 'o/r' })).toContain("Input 'comment': needs a token: 'comment-token' (default: the workflow's GITHUB_TOKEN)")
    expect(problems({ mode: 'plan', 'drift-issue': 'true', 'comment-token': 't' }, {})).toContain("Input 'drift-issue': needs GITHUB_REPOSITORY")
  })
})
