import { parseCsv, type CsvParse, type CsvRecord } from './csv';

/**
 * The CSV reader for files read in chunks (a stream): text is held back until a record is
 * complete, however the chunks cut it (inside a quoted field, between \r and \n). Records keep the
 * line they start on in the whole file. A leading byte-order mark is dropped.
 */
export class CsvChunkReader {
  private held = '';
  private inQuote = false;
  private line = 1;
  private started = false;

  /** The records completed by this chunk (a malformed record stops the file). */
  push(chunk: string): CsvParse {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const from = this.held.length;
    this.held += text;
    let cut = -1;
    let inQuote = this.inQuote;
    const held = this.held;
    if (!inQuote && held.indexOf('"', from) < 0) {
      // No quote in the new text: its last newline ends a record.
      const last = held.lastIndexOf('\n');
      cut = last >= from ? last : -1;
    } else {
      for (let i = from; i < held.length; i++) {
        const c = held.charCodeAt(i);
        if (c === 34) inQuote = !inQuote;
        else if (c === 10 && !inQuote) cut = i;
      }
    }
    this.inQuote = inQuote;
    if (cut < 0) return { kind: 'ok', records: [] };
    return this.parse(cut + 1);
  }

  /** The last record (a file need not end with a newline). */
  end(): CsvParse {
    return this.parse(this.held.length);
  }

  private parse(upTo: number): CsvParse {
    const text = this.held.slice(0, upTo);
    this.held = this.held.slice(upTo);
    if (text === '') return { kind: 'ok', records: [] };
    const parsed = parseCsv(text);
    const offset = this.line - 1;
    let newlines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
    this.line += newlines;
    if (parsed.kind === 'malformed') return { kind: 'malformed', line: parsed.line + offset, problem: parsed.problem };
    const records: CsvRecord[] = offset === 0 ? [...parsed.records] : parsed.records.map((r) => ({ line: r.line + offset, fields: r.fields }));
    return { kind: 'ok', records };
  }
}
