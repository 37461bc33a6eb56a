// The job summary as GitHub renders it: the Markdown from summaryMarkdown, rendered to HTML by a GFM-subset
// renderer (summary-html.ts), checked for its tables' columns, the escaping of hostile values, portal links
// per cloud, the verification placeholder, drift and timings.
import { describe, expect, it } from '@jest/globals'
import type { Plan } from '../../src/model.js'
import { code, escapeMarkdown, portalLink, summaryMarkdown } from '../../src/summary.js'
import type { ActionOutputs } from '../../src/report.js'
import { cells, render, tables, text } from './summary-html.js'

const SUB = '/subscriptions/00000000-0000-4000-8000-00000000a11c'
const RG = `${SUB}/resourceGroups/rg (prod)`
const IDENTITY_ID = `${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-app`
const HOSTILE = 'a|b *x* _y_ <script>alert(1)</script> `tick` [l](http://e.x) \\ & ~z~'

const plan: Plan = {
  version: 1,
  mode: 'plan',
  steps: [
    { key: 'cluster:rg/aks', kind: 'cluster', action: 'unchanged', diff: [], dependsOn: [], id: `${RG}/providers/Microsoft.ContainerService/managedClusters/aks` },
    { key: 'identity:rg/id-app', kind: 'identity', action: 'update', diff: [{ field: 'tags.team', from: HOSTILE, to: 'a' }], dependsOn: [], id: IDENTITY_ID },
    {
      key: 'federated-credential:rg/id-app/f',
      kind: 'federated-credential',
      action: 'create',
      diff: [{ field: 'subject', to: 'system:serviceaccount:apps:app-sa' }],
      dependsOn: [],
      notices: [`credential 'x|y' also trusts subject system:serviceaccount:apps:app-sa (issuer ${HOSTILE})`]
    },
    {
      key: `role-assignment:${RG}|Reader|rg/id-app`,
      kind: 'role-assignment',
      action: 'unchanged',
      diff: [],
      dependsOn: [],
      id: `${RG}/providers/Microsoft.Authorization/roleAssignments/0b8e9c1a-0000-5000-8000-000000000001`
    },
    { key: 'service-account:apps/app-sa', kind: 'service-account', action: 'unchanged', diff: [], dependsOn: [], id: 'apps/app-sa' }
  ]
}
const outputs: ActionOutputs = { changes: '2', plan: '{}', 'client-id': 'c1', 'tenant-id': 't1', 'oidc-issuer-url': 'https://oidc.example/t/g/', drift: 'true' }
const ctx = { portal: 'https://portal.azure.com', tenantId: 't1', timings: { observeMs: 412, planMs: 3, verifyMs: undefined, totalMs: 1250 } }

/** Every row of every Markdown table has exactly as many cells as its header (GFM would silently drop extras). */
function expectWellFormedTables(md: string): void {
  const lines = md.split('\n')
  lines.forEach((l, i) => {
    if (!/^\|[-:|\s]+\|$/.test(l)) return
    const width = cells(lines[i - 1]!).length
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) expect([j, cells(lines[j]!).length]).toEqual([j, width])
  })
}

describe('job summary', () => {
  const md = summaryMarkdown(plan, outputs, false, ctx)
  const h = render(md)
  const t = tables(h)

  it('renders its tables with the right columns, each row complete', () => {
    expect(t.map((x) => x.head)).toEqual([
      ['Resource', 'Action', 'Detail', 'ID'],
      ['Resource', 'Field', 'Observed', 'Desired'],
      ['Check', 'Result', 'Detail'],
      ['Output', 'Value'],
      ['Phase', 'Duration']
    ])
    expectWellFormedTables(md)
    expect(t[0]!.rows.map((r) => text(r[0]!))).toEqual(plan.steps.map((s) => s.key))
    expect(t[0]!.rows.map((r) => text(r[1]!))).toEqual(['= unchanged', '~ update', '+ create', '= unchanged', '= unchanged'])
  })

  it('escapes hostile values: a reader sees them verbatim, no HTML gets through', () => {
    expect(text(t[0]!.rows[1]![2]!)).toBe(`tags.team: ${JSON.stringify(HOSTILE)} → "a"`)
    expect(h).not.toContain('<script>')
    expect(h).not.toMatch(/<a href="http:\/\/e\.x"/)
    // The drift table shows the observed value in a code span, pipes and backticks intact.
    expect(text(t[1]!.rows[0]![2]!)).toBe(JSON.stringify(HOSTILE))
    expect(text(h)).toContain(`credential 'x|y' also trusts subject system:serviceaccount:apps:app-sa (issuer ${HOSTILE})`)
  })

  it('links Azure IDs to the portal of the cloud and tenant; Kubernetes IDs are plain', () => {
    const id = (i: number) => t[0]!.rows[i]![3]!
    expect(id(1)).toBe(`<a href="https://portal.azure.com/#@t1/resource${IDENTITY_ID.replace(' (prod)', '%20%28prod%29')}"><code>${IDENTITY_ID}</code></a>`)
    // A role assignment opens the access control page of its scope.
    expect(id(3)).toContain(`href="https://portal.azure.com/#@t1/resource${RG.replace(' (prod)', '%20%28prod%29')}/users"`)
    expect(id(4)).toBe('<code>apps/app-sa</code>')
    expect(portalLink(IDENTITY_ID, 'https://portal.azure.us', undefined)).toBe(`https://portal.azure.us/#resource${IDENTITY_ID}`)
    expect(portalLink(`${IDENTITY_ID}/federatedIdentityCredentials/f`, 'https://portal.azure.cn', 't')).toBe(`https://portal.azure.cn/#@t/resource${IDENTITY_ID}`)
    expect(portalLink('apps/app-sa', 'https://portal.azure.com', 't')).toBeUndefined()
  })

  it('heads a plan with its drift, lists findings per field, and shows timings', () => {
    expect(text(h)).toContain('⚠️ Drift: 2 of 5 resource(s) differ from the desired state. 2 resource(s) would change.')
    expect(t[1]!.rows.map((r) => r.map(text))).toEqual([
      ['identity:rg/id-app', 'tags.team', JSON.stringify(HOSTILE), '"a"'],
      ['federated-credential:rg/id-app/f', '(the resource)', 'does not exist', 'exists']
    ])
    expect(t[4]!.rows.map((r) => r.map(text))).toEqual([
      ['Observe', '0.4 s'],
      ['Plan', '0.0 s'],
      ['Apply', '–'],
      ['Verify', '–'],
      ['Total', '1.3 s']
    ])
    expect(h).toContain('<th align="right">Duration</th>')
    const clean = render(summaryMarkdown({ ...plan, steps: plan.steps.filter((s) => s.action === 'unchanged') }, { ...outputs, drift: 'false' }, false))
    expect(text(clean)).toContain('✅ No drift: all 3 resource(s) match the desired state.')
    expect(tables(clean).map((x) => x.head[1])).not.toContain('Field')
  })

  it('has a verification row to fill: not run by default, passed or failed, or the verification section itself', () => {
    expect(t[2]!.rows.map((r) => r.map(text))).toEqual([['End-to-end token exchange', '➖ not run', 'not run']])
    const passed = render(summaryMarkdown(plan, outputs, true, { verification: { verified: true, detail: 'token exchanged; Reader effective' } }))
    expect(tables(passed)[2]!.rows.map((r) => r.map(text))).toEqual([['End-to-end token exchange', '✅ passed', 'token exchanged; Reader effective']])
    const failed = render(summaryMarkdown(plan, outputs, true, { verification: { verified: false, detail: 'AADSTS70021' } }))
    expect(text(tables(failed)[2]!.rows[0]![1]!)).toBe('❌ failed')
    const own = summaryMarkdown(plan, outputs, true, { verification: { verified: true, detail: 'x', markdown: '#### Verification\n\n| Check | Result |\n|---|---|\n| a | b |\n' } })
    expect(tables(render(own))[2]!.head).toEqual(['Check', 'Result'])
  })

  it('after an apply: IDs as applied (a created resource has one only then), no drift table', () => {
    const created = `${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/new`
    const applied = render(summaryMarkdown({ ...plan, mode: 'apply' }, outputs, true, { ...ctx, ids: { 'federated-credential:rg/id-app/f': `${created}/federatedIdentityCredentials/f` } }))
    expect(text(applied)).toContain('✅ Applied: 2 resource(s) changed.')
    expect(tables(applied)[0]!.rows[2]![3]).toContain(`<code>${created}/federatedIdentityCredentials/f</code>`)
    expect(tables(applied).map((x) => x.head[1])).not.toContain('Field')
  })

  it('summarises a destroy by what was deleted and kept, without drift or verification', () => {
    const destroy: Plan = {
      version: 1,
      mode: 'destroy',
      steps: [
        { key: 'identity:rg/id', kind: 'identity', action: 'delete', diff: [], dependsOn: [] },
        { key: 'namespace:shared', kind: 'namespace', action: 'unchanged', diff: [], dependsOn: [], reason: 'not created by this action: kept', notices: ['kept: no label'] },
        { key: 'service-account:shared/sa', kind: 'service-account', action: 'unchanged', diff: [], dependsOn: [], reason: 'does not exist' }
      ]
    }
    const dmd = summaryMarkdown(destroy, { changes: '1', plan: '' }, true)
    expect(text(render(dmd))).toContain('🗑️ Destroy: 1 resource(s) deleted, 1 kept.')
    expect(tables(render(dmd)).map((x) => x.head[0])).toEqual(['Resource'])
    expect(render(dmd)).toContain('<li><code>namespace:shared</code>: kept: no label</li>')
  })
})

describe('markdown escaping helpers', () => {
  it('code spans use a longer fence than any backtick run inside, and escape pipes for tables', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`x`')).toBe('`` `x` ``')
    expect(code('a|b')).toBe('`a\\|b`')
    expect(render(`| h |\n|---|\n| ${code('`x`|y')} |`)).toContain('<td><code>`x`|y</code></td>')
  })

  it('plain text keeps its characters when rendered', () => {
    const s = '*a* _b_ [c](d) <e> |f| \\g & #h ~i~ !j'
    expect(text(render(escapeMarkdown(s)))).toBe(s)
    expect(escapeMarkdown('two\nlines')).toBe('two lines')
  })
})
