// Every sandbox-issued secret must be absent from every byte the action wrote: its stdout (less the
// `::add-mask::` lines, which the runner consumes and never shows), its stderr, the runner's files and any
// file it left in RUNNER_TEMP, the workspace or HOME. A secret counts as found as itself, base64-encoded, or
// (for a JWT) by its signature alone.
import type { IssuedSecret } from '../../test/sandbox/frame.js'
import type { ActionResult } from './process.js'

export interface SecretFinding {
  kind: string
  where: string
  /** How it was written: as is, base64, or a JWT's signature. */
  form: 'raw' | 'base64' | 'jwt-signature'
  /** For stdout: whether the action had asked the runner to mask it before (the log would show ***). */
  masked?: boolean
}

function forms(value: string): Array<[SecretFinding['form'], string]> {
  const out: Array<[SecretFinding['form'], string]> = [['raw', value]]
  if (value.length >= 12) out.push(['base64', Buffer.from(value).toString('base64')])
  const parts = value.split('.')
  if (parts.length === 3 && parts[2]!.length >= 40) out.push(['jwt-signature', parts[2]!])
  return out
}

/** The places a run wrote to, as text. */
export function writtenBytes(r: ActionResult): Array<{ where: string; text: string }> {
  const stdout = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  return [{ where: 'stdout', text: stdout }, { where: 'stderr', text: r.stderr }, ...r.files.map((f) => ({ where: f.where, text: f.content.toString('latin1') }))]
}

export function findSecrets(r: ActionResult, secrets: readonly IssuedSecret[]): SecretFinding[] {
  const masks = new Set(
    r.stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length))
  )
  const out: SecretFinding[] = []
  const places = writtenBytes(r)
  for (const s of secrets) {
    if (s.value.length < 8) continue
    const candidates = forms(s.value)
    for (const p of places) {
      // The first form found (as is, then base64, then a JWT's signature) is the one reported for this place.
      const hit = candidates.find(([, needle]) => p.text.includes(needle))
      if (hit) out.push({ kind: s.kind, where: p.where, form: hit[0], ...(p.where === 'stdout' ? { masked: masks.has(s.value) } : {}) })
    }
  }
  // One line per (kind, place, form).
  const seen = new Set<string>()
  return out.filter((f) => {
    const k = `${f.kind} ${f.where} ${f.form}`
    return seen.has(k) ? false : (seen.add(k), true)
  })
}
