import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** Already compressed (a PNG): stored as it is rather than deflated again. */
  readonly stored?: boolean;
}

/**
 * Every entry's date: 1 January 1980, 00:00 local time (the earliest a ZIP can hold; fflate writes
 * it in local time), so that the same input makes the same bytes on every run.
 */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** A ZIP archive of the entries, in order, by fflate: deflated at level 9, or stored when `stored`. */
export function createZip(entries: readonly ZipEntry[]): Buffer {
  const files: Zippable = {};
  for (const e of entries) files[e.name] = [e.data, { level: e.stored ? 0 : 9, mtime: FIXED_TIME }];
  return Buffer.from(zipSync(files, { mtime: FIXED_TIME }));
}
