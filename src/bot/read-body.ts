import type { IncomingMessage } from 'node:http';
import { gunzip, inflate, type InputType, type ZlibOptions } from 'node:zlib';

/**
 * Reads a request body as JSON, in memory, before anything else looks at it: JSON only, one size
 * limit on what is read AND on what it inflates to (gzip and deflate; any other encoding is
 * refused), nothing written to disk, and every stream error an answer rather than a crash.
 */

export type BodyOutcome =
  | { readonly kind: 'ok'; readonly body: unknown }
  | { readonly kind: 'refused'; readonly status: 400 | 413 | 415; readonly reason: string };

type Inflate = (buffer: InputType, options: ZlibOptions, callback: (err: Error | null, result: Buffer) => void) => void;

const INFLATERS: Readonly<Record<string, Inflate | undefined>> = { gzip: gunzip, 'x-gzip': gunzip, deflate: inflate };

export const BODY_REASONS = Object.freeze({
  notJson: 'Content-Type must be application/json',
  encoding: (encoding: string) => `Content-Encoding "${encoding.slice(0, 40)}" is not accepted (identity, gzip or deflate)`,
  tooLarge: (limit: number) => `the body is larger than ${limit} bytes (inflated)`,
  badCompression: 'the body is not valid compressed data',
  badJson: 'the body is not valid JSON',
  broken: 'the body could not be read',
});

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** What a request's headers say about its body, before a byte of it is read: a refusal, or how to inflate it. */
export function checkBodyHeaders(req: IncomingMessage, limit: number): Extract<BodyOutcome, { kind: 'refused' }> | { readonly kind: 'read'; readonly inflate?: Inflate } {
  if (mediaType(req) !== 'application/json') return { kind: 'refused', status: 415, reason: BODY_REASONS.notJson };
  const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
  const inflater = encoding === '' || encoding === 'identity' ? undefined : INFLATERS[encoding];
  if (encoding !== '' && encoding !== 'identity' && !inflater) return { kind: 'refused', status: 415, reason: BODY_REASONS.encoding(encoding) };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { kind: 'refused', status: 413, reason: BODY_REASONS.tooLarge(limit) };
  return inflater ? { kind: 'read', inflate: inflater } : { kind: 'read' };
}

/** Reads at most `limit` bytes of the request; more than that is a 413 (and reading stops). */
function readRaw(req: IncomingMessage, limit: number): Promise<Buffer | Extract<BodyOutcome, { kind: 'refused' }>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (out: Buffer | Extract<BodyOutcome, { kind: 'refused' }>) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(out);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ kind: 'refused', status: 413, reason: BODY_REASONS.tooLarge(limit) });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish(Buffer.concat(chunks, size)));
    req.once('error', () => finish({ kind: 'refused', status: 400, reason: BODY_REASONS.broken }));
    req.once('aborted', () => finish({ kind: 'refused', status: 400, reason: BODY_REASONS.broken }));
  });
}

function inflateWithin(inflate: Inflate, raw: Buffer, limit: number): Promise<Buffer | Extract<BodyOutcome, { kind: 'refused' }>> {
  return new Promise((resolve) => {
    // maxOutputLength stops inflating as soon as the output passes the limit: a bomb costs `limit` bytes, not gigabytes.
    inflate(raw, { maxOutputLength: limit }, (err, out) => {
      if (!err) return resolve(out);
      const tooLarge = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;
      resolve(tooLarge ? { kind: 'refused', status: 413, reason: BODY_REASONS.tooLarge(limit) } : { kind: 'refused', status: 400, reason: BODY_REASONS.badCompression });
    });
  });
}

/** The request's JSON body, or why it is refused (415 type or encoding, 413 size, 400 unreadable). */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  const headers = checkBodyHeaders(req, limit);
  if (headers.kind === 'refused') return headers;
  const raw = await readRaw(req, limit);
  if (!Buffer.isBuffer(raw)) return raw;
  const text = headers.inflate ? await inflateWithin(headers.inflate, raw, limit) : raw;
  if (!Buffer.isBuffer(text)) return text;
  try {
    return { kind: 'ok', body: JSON.parse(text.toString('utf8')) as unknown };
  } catch {
    return { kind: 'refused', status: 400, reason: BODY_REASONS.badJson };
  }
}
