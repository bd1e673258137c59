/**
 * A cheap look at a bearer token before the Bot Framework library checks it: three base64url
 * parts, a JSON header signed with RSA (what the Bot Connector and Microsoft Entra use) naming a
 * key, and a JSON payload that has not expired. A token that fails here is refused at once, with
 * no fetch of the signing keys and nothing printed by the library.
 */
const ALLOWED_ALGORITHMS: ReadonlySet<string> = new Set(['RS256', 'RS384', 'RS512']);
/** As the library allows: five minutes of clock skew. */
const CLOCK_TOLERANCE_SECONDS = 300;

function json(part: string | undefined): Record<string, unknown> | undefined {
  if (!part || !/^[A-Za-z0-9_-]+$/.test(part)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Why an Authorization header cannot hold a valid token (undefined: worth checking properly). */
export function tokenShapeProblem(authHeader: string, nowSeconds: number): string | undefined {
  const m = /^Bearer ([^\s.]+)\.([^\s.]+)\.([A-Za-z0-9_-]+)$/.exec(authHeader);
  if (!m) return 'not a bearer token of three parts';
  const header = json(m[1]);
  if (!header) return 'unreadable token header';
  if (typeof header.alg !== 'string' || !ALLOWED_ALGORITHMS.has(header.alg)) return `signing algorithm ${String(header.alg).slice(0, 10)} not accepted`;
  const payload = json(m[2]);
  if (!payload) return 'unreadable token payload';
  if (typeof payload.exp !== 'number' || payload.exp + CLOCK_TOLERANCE_SECONDS < nowSeconds) return 'token expired or without an expiry';
  return undefined;
}
