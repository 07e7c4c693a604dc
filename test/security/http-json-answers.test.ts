/**
 * An answer that is not JSON where JSON is due (a login wall, a proxy's error page in front of devpi) is a
 * StoreError naming the URL and what came back, never a SyntaxError reported as a bug; what came back is
 * one sanitized line that cannot start a workflow command.
 */
import { StoreError } from '@wheelwright/core/errors';
import { request } from '@wheelwright/core/http';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostileServer, startHostileServer } from '../support/hostile-server';
import { type IndexServer, startIndexServer } from '../support/index-server';
import { makeWheel } from '../support/index-server/artefacts';

describe('non-JSON answers where JSON is due', () => {
  let index: IndexServer;
  let front: HostileServer;
  beforeAll(async () => {
    index = await startIndexServer({ flavour: 'devpi' });
    front = await startHostileServer({ upstream: index.origin });
    const store = await openStore({ url: front.url('/alice/unstable/'), username: 'alice', password: 'secret' });
    await store.upload(await readLocalArtefact((await makeWheel({ name: 'json-probe', version: '1.0' })).path));
  });
  afterAll(async () => {
    await front.stop();
    await index.stop();
  });

  /** What json() throws for a JSON view whose body the front rewrote to `body` ('secret-in-body' is a request secret). */
  async function jsonErrorFor(body: string): Promise<unknown> {
    front.switches.rewrite = () => body;
    try {
      const answer = await request(front.url('/alice/unstable/json-probe'), {
        headers: { Accept: 'application/json' },
        secrets: ['secret-in-body'],
      });
      answer.json();
      return undefined;
    } catch (error) {
      return error;
    } finally {
      front.switches.rewrite = undefined;
    }
  }

  it('a devpi JSON project view answering HTML', async () => {
    const store = await openStore({ url: front.url('/alice/unstable/'), username: 'alice', password: 'secret' });
    front.switches.htmlWhereJson = /json-probe/;
    try {
      const error = await store.listFiles('json-probe').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      const message = (error as StoreError).message;
      expect(message).toContain(front.url('/alice/unstable/json-probe?ignore_bases'));
      expect(message).toContain('text/html');
      expect(message).toContain('<!DOCTYPE html>');
      expect(message).toMatch(/where JSON was expected/);
      expect(message).not.toContain('\n');
    } finally {
      front.switches.htmlWhereJson = undefined;
    }
  });

  it('a devpi index configuration answering HTML while the store is opened', async () => {
    front.switches.htmlWhereJson = /^\/alice\/unstable\/$/;
    try {
      const error = await openStore({ url: front.url('/alice/unstable/+simple/'), username: 'alice', password: 'secret' }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreError);
      const message = (error as StoreError).message;
      expect(message).toContain(`${front.url('/alice/unstable/')} answered`);
      expect(message).toContain('text/html');
      expect(message).toContain('where JSON was expected');
    } finally {
      front.switches.htmlWhereJson = undefined;
    }
  });

  it('what came back is one line: no control characters, no workflow command, secrets out', async () => {
    const message = ((await jsonErrorFor('\n::error::owned\r\n\u0000secret-in-body')) as StoreError).message;
    expect(message).not.toMatch(/[\r\n\u0000]/);
    expect(message).not.toContain('::error::');
    expect(message).not.toContain('secret-in-body');
  });

  it.each([
    ['null', 'JSON null'],
    ['[{"result": {}}]', 'JSON array'],
    ['"secret-in-body"', 'JSON string'],
    ['42', 'JSON number'],
  ])('a JSON answer that is not an object (%s) is a StoreError naming the URL, not a bug later', async (text, what) => {
    const thrown = await jsonErrorFor(text);
    expect(thrown).toBeInstanceOf(StoreError);
    const message = (thrown as StoreError).message;
    expect(message).toContain(front.url('/alice/unstable/json-probe'));
    expect(message).toContain(`answered ${what}`);
    expect(message).toContain('where a JSON object was expected');
    expect(message).not.toContain('secret-in-body');
  });
});
