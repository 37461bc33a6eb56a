// A small renderer of the GitHub-flavoured Markdown the job summary uses (headings, paragraphs, bullet lists,
// tables with alignment, code spans of any fence length, bold, links, backslash escapes), following the GFM
// spec's rules for those constructs: table rows split on unescaped pipes before inline parsing, `\|` is a pipe
// even inside a code span. Test and docs tooling only; the action itself never renders HTML.

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const PUNCT = /[!-/:-@[-`{-~]/

/** Inline Markdown → HTML. */
export function inline(src: string): string {
  let out = ''
  let i = 0
  let strong = false
  while (i < src.length) {
    const c = src[i]!
    if (c === '\\' && i + 1 < src.length && PUNCT.test(src[i + 1]!)) {
      out += html(src[i + 1]!)
      i += 2
    } else if (c === '`') {
      const run = /^`+/.exec(src.slice(i))![0]
      const close = findRun(src, i + run.length, run.length)
      if (close < 0) {
        out += html(run)
        i += run.length
        continue
      }
      let body = src.slice(i + run.length, close).replace(/\n/g, ' ')
      if (body.length > 2 && body.startsWith(' ') && body.endsWith(' ') && body.trim()) body = body.slice(1, -1)
      out += `<code>${html(body)}</code>`
      i = close + run.length
    } else if (src.startsWith('**', i)) {
      out += strong ? '</strong>' : '<strong>'
      strong = !strong
      i += 2
    } else if (c === '[') {
      const end = matchBracket(src, i)
      const m = end > 0 ? /^\(([^\s)]+)\)/.exec(src.slice(end + 1)) : null
      if (!m) {
        out += '['
        i++
        continue
      }
      out += `<a href="${html(m[1]!)}">${inline(src.slice(i + 1, end))}</a>`
      i = end + 1 + m[0].length
    } else {
      out += html(c)
      i++
    }
  }
  return strong ? out + '</strong>' : out
}

/** The start of the next backtick run of exactly `n` after `from`, or -1. */
function findRun(s: string, from: number, n: number): number {
  const re = /`+/g
  re.lastIndex = from
  for (let m = re.exec(s); m; m = re.exec(s)) if (m[0].length === n) return m.index
  return -1
}

/** The `]` that closes the `[` at `open` (code spans and escapes skipped), or -1. */
function matchBracket(s: string, open: number): number {
  let depth = 0
  for (let i = open; i < s.length; i++) {
    const c = s[i]!
    if (c === '\\') i++
    else if (c === '`') {
      const run = /^`+/.exec(s.slice(i))![0]
      const close = findRun(s, i + run.length, run.length)
      if (close > 0) i = close + run.length - 1
    } else if (c === '[') depth++
    else if (c === ']' && --depth === 0) return i
  }
  return -1
}

/** A table row's cells: split on pipes not escaped by a backslash; `\|` then stands for a pipe. */
export function cells(row: string): string[] {
  const trimmed = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '')
  const parts: string[] = []
  let cur = ''
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i]!
    if (c === '\\' && trimmed[i + 1] === '|') {
      cur += '\\|'
      i++
    } else if (c === '|') {
      parts.push(cur)
      cur = ''
    } else cur += c
  }
  parts.push(cur)
  return parts.map((p) => p.trim().replace(/\\\|/g, '|'))
}

const isDelimiterRow = (l: string) => /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(l)

/** Block-level Markdown → HTML body. */
export function render(md: string): string {
  const lines = md.split('\n')
  const out: string[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (!line.trim()) i++
    else if (heading) {
      out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`)
      i++
    } else if (line.trim().startsWith('|') && i + 1 < lines.length && isDelimiterRow(lines[i + 1]!)) {
      const head = cells(line)
      const align = cells(lines[i + 1]!).map((d) => (d.startsWith(':') && d.endsWith(':') ? 'center' : d.endsWith(':') ? 'right' : d.startsWith(':') ? 'left' : ''))
      const attr = (k: number) => (align[k] ? ` align="${align[k]}"` : '')
      const rows: string[][] = []
      i += 2
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(cells(lines[i++]!))
      // GFM: a row's extra cells are dropped and missing ones are empty; the header decides.
      const row = (r: string[], tag: string) => `<tr>${head.map((_h, k) => `<${tag}${attr(k)}>${inline(r[k] ?? '')}</${tag}>`).join('')}</tr>`
      out.push(`<table><thead>${row(head, 'th')}</thead><tbody>${rows.map((r) => row(r, 'td')).join('')}</tbody></table>`)
    } else if (/^[-*]\s+/.test(line)) {
      const items: string[] = []
      while (i < lines.length && /^[-*]\s+/.test(lines[i]!)) items.push(`<li>${inline(lines[i++]!.replace(/^[-*]\s+/, ''))}</li>`)
      out.push(`<ul>${items.join('')}</ul>`)
    } else {
      const para: string[] = []
      while (i < lines.length && lines[i]!.trim() && !/^(#|\||[-*]\s)/.test(lines[i]!)) para.push(lines[i++]!)
      out.push(`<p>${inline(para.join(' '))}</p>`)
    }
  }
  return out.join('\n')
}

/** A page that looks like GitHub's rendering of a job summary (for the docs screenshot). */
export function page(md: string, title: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${html(title)}</title><style>
body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2328;background:#f6f8fa;margin:0;padding:24px}
.box{background:#fff;border:1px solid #d1d9e0;border-radius:6px;padding:16px 24px;max-width:1240px}
h3{font-size:1.25em;margin:8px 0 12px}h4{font-size:1em;margin:20px 0 8px}
table{border-collapse:collapse;margin:0 0 12px;display:block;overflow:auto}
th,td{border:1px solid #d1d9e0;padding:6px 13px}th{font-weight:600;background:#f6f8fa}tr:nth-child(2n) td{background:#f6f8fa}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:85%;background:rgba(129,139,152,.12);border-radius:6px;padding:.2em .4em;word-break:break-all}
a{color:#0969da;text-decoration:none}ul{padding-left:2em}p{margin:0 0 12px}
</style></head><body><div class="box">
${render(md)}
</div></body></html>
`
}

/** Text content of an HTML fragment (tags dropped, entities decoded): what a reader sees. */
export function text(h: string): string {
  return h.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
}

/** The tables of rendered HTML: header texts and rows of cell HTML. */
export function tables(h: string): Array<{ head: string[]; rows: string[][] }> {
  return [...h.matchAll(/<table><thead>(.*?)<\/thead><tbody>(.*?)<\/tbody><\/table>/g)].map((m) => ({
    head: [...m[1]!.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((c) => text(c[1]!)),
    rows: [...m[2]!.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]!))
  }))
}
