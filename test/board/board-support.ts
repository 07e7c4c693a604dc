/** Small helpers of the board and docs tests. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function sha256Of(path: string): { sha256: string; size: number } {
  const bytes = readFileSync(path);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}
