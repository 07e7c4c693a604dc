/**
 * multipart/form-data (RFC 7578) built as a stream: the text fields are a small buffer, the file part is
 * read from disk as it is sent, so memory stays constant whatever the file's size; the total length is
 * computed up front for Content-Length.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { RequestBody } from './client';

export interface MultipartFile {
  field: string;
  filename: string;
  path: string;
  size: number;
  contentType?: string;
}

function quote(value: string): string {
  // RFC 7578 §4.2: quoted-string with `"` and CR/LF percent-encoded, as browsers and requests do.
  return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Fields in order (repeated names for list fields), the file last (the upload API reads `content` last). */
export function multipartBody(fields: readonly (readonly [string, string])[], file: MultipartFile): () => RequestBody {
  const boundary = `----wheelwright${randomBytes(12).toString('hex')}`;
  let head = '';
  for (const [name, value] of fields) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`;
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.filename)}"\r\n`;
  head += `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`;
  const headBytes = Buffer.from(head, 'utf8');
  const tailBytes = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  const length = headBytes.length + file.size + tailBytes.length;
  return () => ({
    length,
    contentType: `multipart/form-data; boundary=${boundary}`,
    stream: Readable.from(
      (async function* () {
        yield headBytes;
        yield* createReadStream(file.path, { highWaterMark: 64 * 1024 });
        yield tailBytes;
      })(),
      { objectMode: false },
    ),
  });
}
