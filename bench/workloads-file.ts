// The benchmark's generated workloads file (bench/engine.ts, bench/timeline.ts).

/** Workloads per shared identity and per namespace in the generated file. */
export const PER_IDENTITY = 5
export const PER_NAMESPACE = 10

/** N workloads: every PER_IDENTITY share an identity (with a Reader role on the resource group), PER_NAMESPACE a namespace. */
export function workloadsFile(n: number, scope: string): string {
  const identities = Math.ceil(n / PER_IDENTITY)
  const lines = ['# yaml-language-server: $schema=../../schema/config.schema.json', 'version: 1', 'identities:']
  for (let i = 0; i < identities; i++)
    lines.push(`  id-bench-${i}:`, '    role-assignments:', '      - role: Reader', `        scope: ${scope}`)
  lines.push('workloads:')
  for (let w = 0; w < n; w++)
    lines.push(
      `  w${w}:`,
      `    identity: id-bench-${Math.floor(w / PER_IDENTITY)}`,
      `    namespace: bench-${Math.floor(w / PER_NAMESPACE)}`,
      `    service-account-name: sa-${w}`
    )
  return lines.join('\n') + '\n'
}
