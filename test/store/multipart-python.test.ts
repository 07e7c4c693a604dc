/**
 * The upload body as Python servers parse it: the streamed multipart that the store layer sends is posted
 * to a tiny http.server that decodes it with the standard library's cgi.FieldStorage (what WebOb — devpi's
 * request layer — and many WSGI servers build on) and answers what it saw. Cross-checks our encoding with
 * a parser we did not write.
 */
import { spawn } from 'node:child_process';
import { multipartBody, request } from '@wheelwright/core/http';
import { readLocalArtefact } from '@wheelwright/core/store';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uploadFields } from '../../packages/core/src/store/upload-fields';
import { makeWheel } from '../support/index-server/artefacts';
import { cleanPythonEnv, PYTHON } from '../support/python';

const SERVER = `
import cgi, hashlib, http.server, json, sys, warnings
warnings.simplefilter("ignore")
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        form = cgi.FieldStorage(fp=self.rfile, headers=self.headers, environ={"REQUEST_METHOD": "POST", "CONTENT_TYPE": self.headers["Content-Type"]})
        fields = {}
        for key in form.keys():
            if key == "content": continue
            fields[key] = form.getlist(key)
        item = form["content"]
        data = item.file.read()
        body = json.dumps({"fields": fields, "filename": item.filename, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}).encode()
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *args): pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
`;

let port = 0;
let child: ReturnType<typeof spawn>;
beforeAll(async () => {
  child = spawn(PYTHON, ['-c', SERVER], { env: cleanPythonEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve) => child.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
});
afterAll(() => {
  child.kill();
});

it('Python parses every field and the exact file bytes of a streamed upload', async () => {
  const made = await makeWheel({ name: 'Multi.Part', version: '3.1', requiresPython: '>=3.8', paddingBytes: 300_000 });
  const artefact = await readLocalArtefact(made.path);
  const fields = uploadFields(artefact);
  const response = await request(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    body: multipartBody(fields, { field: 'content', filename: artefact.filename, path: artefact.path, size: artefact.size }),
  });
  expect(response.status).toBe(200);
  const seen = response.json<{ fields: Record<string, string[]>; filename: string; sha256: string; size: number }>();
  expect(seen.filename).toBe(made.filename);
  expect([seen.sha256, seen.size]).toEqual([made.sha256, made.size]);
  const expected: Record<string, string[]> = {};
  for (const [key, value] of fields) expected[key] = [...(expected[key] ?? []), value];
  expect(seen.fields).toEqual(expected);
  expect(seen.fields.classifiers).toEqual(['Programming Language :: Python :: 3', 'Private :: Do Not Upload']);
  expect(seen.fields.description?.[0]).toContain('# Multi.Part');
});
