import { execFileSync } from 'node:child_process';

export interface ReadEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly date: readonly number[];
  readonly data: Buffer;
}

/**
 * Python's zipfile module reads the archive: a reader independent of the one that wrote it. It
 * checks every entry's CRC-32 (testzip) before the entries are listed.
 */
const PY = `
import base64, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    if bad is not None:
        sys.exit('bad CRC: ' + bad)
    print(json.dumps([{'name': i.filename, 'method': i.compress_type, 'date': list(i.date_time), 'data': base64.b64encode(z.read(i)).decode()} for i in z.infolist()]))
`;

export function readZip(file: string): ReadEntry[] {
  const out = execFileSync('python3', ['-c', PY, file], { encoding: 'utf8' });
  return (JSON.parse(out) as { name: string; method: number; date: number[]; data: string }[]).map((e) => ({ ...e, data: Buffer.from(e.data, 'base64') }));
}

/** Width and height from a PNG's IHDR chunk (after checking the signature). */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG');
  if (png.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('IHDR is not the first chunk');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
