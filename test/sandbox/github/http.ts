// GitHub's wire conventions: the error body, the headers every answer carries, JSON body parsing, and
// page-number pagination with a Link header.
import { HttpError, type SandboxRequest } from '../frame.js'

export const API_VERSIONS = ['2022-11-28'] as const
export const DEFAULT_API_VERSION = API_VERSIONS[0]
export const DOCS_ROOT = 'https://docs.github.com/rest'

/** GitHub's error body: `status` is the HTTP status as a string. */
export interface GitHubErrorBody {
  message: string
  documentation_url: string
  status: string
  errors?: string[]
}

export function errorBody(status: number, message: string, documentationUrl = DOCS_ROOT, errors?: string[]): GitHubErrorBody {
  return { message, documentation_url: documentationUrl, status: String(status), ...(errors ? { errors } : {}) }
}

export function ghError(status: number, message: string, documentationUrl?: string, errors?: string[]): HttpError {
  return new HttpError(status, errorBody(status, message, documentationUrl, errors))
}

export const notFound = (doc: string): HttpError => ghError(404, 'Not Found', doc)

/** 422 in the `validation-error-simple` shape GitHub uses for request-schema failures. */
export function invalidRequest(doc: string, problems: string[]): HttpError {
  return ghError(422, `Invalid request.\n\n${problems.join('\n')}`, doc, problems)
}

/** x-github-request-id looks like `CEA4:3C1F:1B2D3E:1C4D5F:65A1B2C3`: hex groups, here derived from the frame's id. */
export function githubRequestId(requestId: string): string {
  const hex = requestId.replace(/-/g, '').toUpperCase()
  return [hex.slice(0, 4), hex.slice(4, 8), hex.slice(8, 14), hex.slice(14, 20), hex.slice(20, 28)].join(':')
}

/** Headers on every answer, matched routes or not. */
export function commonHeaders(requestId: string): Record<string, string> {
  return {
    'x-github-request-id': githubRequestId(requestId),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': DEFAULT_API_VERSION,
    'content-type': 'application/json; charset=utf-8'
  }
}

/** The API version the client asked for (X-GitHub-Api-Version), or a 400 as GitHub answers for unknown ones. */
export function selectApiVersion(req: SandboxRequest): string {
  const asked = header(req, 'x-github-api-version')
  if (!asked) return DEFAULT_API_VERSION
  if ((API_VERSIONS as readonly string[]).includes(asked)) return asked
  throw ghError(
    400,
    `Unsupported 'X-GitHub-Api-Version' header. Supported versions are: ${API_VERSIONS.join(', ')}.`,
    `${DOCS_ROOT}/about-the-rest-api/api-versions`
  )
}

export function header(req: SandboxRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()]
  return Array.isArray(v) ? v[0] : v
}

/** The request body as JSON; GitHub answers 400 "Problems parsing JSON" for an unparsable one. */
export function jsonBody(req: SandboxRequest, doc: string): unknown {
  if (req.body.length === 0) return undefined
  try {
    return JSON.parse(req.body.toString('utf8')) as unknown
  } catch {
    throw ghError(400, 'Problems parsing JSON', doc)
  }
}

export interface Page<T> {
  items: T[]
  /** Link header value, or undefined when everything fits on one page. */
  link?: string
}

/** `per_page` (default 30, at most 100) and `page` (default 1), with first/prev/next/last links as GitHub sends them. */
export function paginate<T>(all: T[], req: SandboxRequest, baseUrl: string): Page<T> {
  const perPage = Math.min(100, positiveInt(req.query.get('per_page')) ?? 30)
  const page = positiveInt(req.query.get('page')) ?? 1
  const items = all.slice((page - 1) * perPage, page * perPage)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const url = (p: number): string => {
    const q = new URLSearchParams(req.query)
    q.set('per_page', String(perPage))
    q.set('page', String(p))
    return `<${baseUrl}${req.url.pathname}?${q.toString()}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${url(Math.min(page - 1, last))}; rel="prev"`)
  if (page < last) links.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`)
  if (page > 1) links.push(`${url(1)}; rel="first"`)
  return { items, link: links.length ? links.join(', ') : undefined }
}

function positiveInt(v: string | null): number | undefined {
  if (v === null || !/^\d+$/.test(v)) return undefined
  const n = Number(v)
  return n >= 1 ? n : undefined
}

/**
 * 422 for a request that breaks the operation's schema, without the `errors` list: the shape for operations whose
 * 422 is `validation-error` (errors only as objects), such as the issues and App endpoints.
 */
export function invalidBody(doc: string, problems: string[]): HttpError {
  return ghError(422, `Invalid request.\n\n${problems.join('\n')}`, doc)
}

/** One entry of a "Validation Failed" answer (the `validation-error` schema). */
export interface ValidationProblem {
  resource: string
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom'
  field: string
  message?: string
  value?: string
}

/** 422 "Validation Failed" with one entry per problem, as GitHub answers a semantic problem with a request. */
export function validationFailed(doc: string, errors: ValidationProblem[]): HttpError {
  return new HttpError(422, { message: 'Validation Failed', errors, documentation_url: doc, status: '422' })
}

/** A timestamp as GitHub writes them: ISO 8601 in UTC, seconds precision (`2011-04-22T13:33:48Z`). */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
