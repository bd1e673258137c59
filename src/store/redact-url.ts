/** Query parameters of a connection string that carry a secret (libpq's and node-postgres's names). */
const SECRET_PARAMS = ['password', 'sslpassword', 'sslkey'];

/** A database address with its password replaced (in the user part or as ?password=), for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const name of [...u.searchParams.keys()]) {
      if (SECRET_PARAMS.includes(name.toLowerCase())) u.searchParams.set(name, '***');
    }
    return u.toString().replace(/%2A%2A%2A/g, '***');
  } catch {
    return 'postgres://(unparsable address)';
  }
}

/** The secrets a connection string holds (its password, wherever it is written). */
function secretsOf(url: string): string[] {
  try {
    const u = new URL(url);
    const values = [u.password, ...[...u.searchParams.entries()].filter(([k]) => SECRET_PARAMS.includes(k.toLowerCase())).map(([, v]) => v)];
    return values.flatMap((v) => (v ? [v, decodeURIComponent(v)] : [])).filter((v) => v.length >= 3);
  } catch {
    return [];
  }
}

/** A message that may quote the connection string (or its password): both replaced. */
export function redactIn(text: string, url: string): string {
  let out = text.split(url).join(redactUrl(url));
  for (const secret of secretsOf(url)) out = out.split(secret).join('***');
  return out;
}
