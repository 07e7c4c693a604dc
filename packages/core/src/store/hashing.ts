import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type HashingStream = Transform & {
  /** Hex digest of `algorithm` (default sha256) over everything that flowed through. */
  digest(algorithm?: string): string;
  bytes(): number;
};

/**
 * A pass-through stream that hashes what flows through it: always sha256, plus the other algorithms
 * asked for (an index that lists only md5 is checked by md5 while the sha256 is computed for us).
 */
export function hashingStream(others: readonly string[] = []): HashingStream {
  const hashes = new Map<string, Hash>([['sha256', createHash('sha256')]]);
  for (const algorithm of others) if (!hashes.has(algorithm)) hashes.set(algorithm, createHash(algorithm));
  const digests = new Map<string, string>();
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      for (const hash of hashes.values()) hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  }) as HashingStream;
  stream.digest = (algorithm = 'sha256') => {
    const known = digests.get(algorithm);
    if (known !== undefined) return known;
    const hash = hashes.get(algorithm);
    if (!hash) throw new Error(`hashingStream: ${algorithm} was not computed`);
    const digest = hash.digest('hex');
    digests.set(algorithm, digest);
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

// Strongest first: the one hash an index offers besides (or instead of) sha256 that a download is checked by.
const STRENGTH = ['sha512', 'sha384', 'sha256', 'sha224', 'sha1', 'md5'];

/** The strongest hash an index listed for a file, or undefined. */
export function strongestHash(hashes: Record<string, string> | undefined): { algorithm: string; hex: string } | undefined {
  for (const algorithm of STRENGTH) {
    const hex = hashes?.[algorithm];
    if (hex) return { algorithm, hex };
  }
  return undefined;
}
