import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A fresh folder under the system temp folder; `cleanup()` removes it. */
export function tempDir(prefix = 'perfbot-test-'): { dir: string; file: (name: string, text?: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file(name, text) {
      const full = path.join(dir, name);
      if (text !== undefined) writeFileSync(full, text);
      return full;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const HEADER = 'metric,area,month,value,numerator,denominator';

/** A tidy CSV text from a header and rows. */
export function csv(...rows: string[]): string {
  return `${[HEADER, ...rows].join('\n')}\n`;
}
