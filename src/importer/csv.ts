/** One CSV record and the line it starts on (1-based; a quoted field may run over several lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvProblem = 'unterminated-quote' | 'text-after-quote';

export type CsvParse =
  | { readonly kind: 'ok'; readonly records: readonly CsvRecord[] }
  | { readonly kind: 'malformed'; readonly line: number; readonly problem: CsvProblem };

interface Scanned {
  readonly fields: string[];
  /** Where the next record starts, and its line. */
  readonly next: number;
  readonly line: number;
}

/** The slow path: one record with quoted fields starting at `pos` (which may run over lines). */
function scanQuoted(src: string, pos: number, line: number): Scanned | { readonly malformed: CsvProblem; readonly line: number } {
  const fields: string[] = [];
  let i = pos;
  for (;;) {
    let lead = i;
    while (src[lead] === ' ' || src[lead] === '\t') lead++;
    let field: string;
    if (src[lead] === '"') {
      i = lead;
      const start = line;
      const parts: string[] = [];
      let from = ++i;
      for (;;) {
        const q = src.indexOf('"', i);
        if (q < 0) return { malformed: 'unterminated-quote', line: start };
        for (let k = src.indexOf('\n', i); k >= 0 && k < q; k = src.indexOf('\n', k + 1)) line++;
        if (src[q + 1] === '"') {
          parts.push(src.slice(from, q + 1));
          i = from = q + 2;
          continue;
        }
        parts.push(src.slice(from, q));
        i = q + 1;
        break;
      }
      field = parts.join('');
      while (src[i] === ' ' || src[i] === '\t' || src[i] === '\r') i++;
      if (i < src.length && src[i] !== ',' && src[i] !== '\n') return { malformed: 'text-after-quote', line };
    } else {
      let end = i;
      while (end < src.length && src[end] !== ',' && src[end] !== '\n') end++;
      field = src.slice(i, end).replace(/\r$/, '');
      i = end;
    }
    fields.push(field);
    if (src[i] === ',') {
      i++;
      continue;
    }
    return { fields, next: i + 1, line: line + 1 };
  }
}

/**
 * A small RFC 4180 reader: commas, double-quoted fields with "" for a quote, a leading byte-order
 * mark and CRLF line ends. Fields are returned as written (unquoted); blank lines are skipped.
 * Lines without quotes take a fast path.
 */
export function parseCsv(text: string): CsvParse {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = 1;
  while (pos < src.length) {
    let end = src.indexOf('\n', pos);
    if (end < 0) end = src.length;
    const raw = src.slice(pos, end);
    if (!raw.includes('"')) {
      const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (body !== '') records.push({ line, fields: body.split(',') });
      pos = end + 1;
      line++;
      continue;
    }
    const scanned = scanQuoted(src, pos, line);
    if ('malformed' in scanned) return { kind: 'malformed', line: scanned.line, problem: scanned.malformed };
    records.push({ line, fields: scanned.fields });
    pos = scanned.next;
    line = scanned.line;
  }
  return { kind: 'ok', records };
}
