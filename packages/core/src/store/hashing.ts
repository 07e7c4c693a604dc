import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A pass-through stream that hashes what flows through it; read `digest()` after the pipeline ends. */
export function hashingStream(): Transform & { digest(): string; bytes(): number } {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  }) as Transform & { digest(): string; bytes(): number };
  let digest: string | undefined;
  stream.digest = () => {
    digest ??= hash.digest('hex');
    return digest;
  };
  stream.bytes = () => bytes;
  return stream;
}

/** Copies `source` to `destination` and returns the sha256 of what was written. */
export async function copyAndHash(source: string, destination: string): Promise<string> {
  const hasher = hashingStream();
  await pipeline(createReadStream(source), hasher, createWriteStream(destination));
  return hasher.digest();
}

/** Looks up a core metadata field whatever the reader's key style (`Requires-Python`, `requires_python`). */
export function metadataField(metadata: Record<string, string | string[]>, field: string): string | undefined {
  const wanted = field.toLowerCase().replace(/_/g, '-');
  for (const [key, value] of Object.entries(metadata)) {
    if (key.toLowerCase().replace(/_/g, '-') === wanted) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** Multi-valued metadata field as an array (`Classifier`, `Requires-Dist`). */
export function metadataList(metadata: Record<string, string | string[]>, field: string): string[] {
  const wanted = field.toLowerCase().replace(/_/g, '-');
  for (const [key, value] of Object.entries(metadata)) {
    if (key.toLowerCase().replace(/_/g, '-') === wanted) return Array.isArray(value) ? value : [value];
  }
  return [];
}
