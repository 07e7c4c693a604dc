/**
 * The real-server harness itself: one start per run shared by every caller, the servers answer as their
 * README says (devpi's three tiers with their volatility and bases, pypiserver's health and auth), and
 * project names never collide.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type RealStores, realStores, STORES_START_TIMEOUT_MS, startRealStores, uniqueProject } from '../support/real-stores';

let stores: RealStores;
beforeAll(async () => {
  stores = await startRealStores();
}, STORES_START_TIMEOUT_MS);

describe('the real index servers', () => {
  it('start once: a second call returns the same servers', async () => {
    expect(await startRealStores()).toBe(stores);
    expect(realStores()).toBe(stores);
    expect(process.env.TMPDIR).toBe(process.env.WHEELWRIGHT_TEST_ROOT);
  });

  it('devpi: ci/unstable → ci/testing → ci/stable, only stable non-volatile', async () => {
    const response = await fetch(`${stores.devpi.url}/${stores.devpi.user}`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as { result: { indexes: Record<string, { volatile: boolean; bases: string[] }> } };
    expect(result.indexes).toMatchObject({
      unstable: { volatile: true, bases: ['ci/testing'] },
      testing: { volatile: true, bases: ['ci/stable'] },
      stable: { volatile: false, bases: [] },
    });
    expect(stores.devpi.unstable).toBe(`${stores.devpi.url}/ci/unstable`);
  });

  it('pypiserver: three servers answer, and an upload without credentials is refused', async () => {
    for (const url of [stores.pypiserver.unstable, stores.pypiserver.testing, stores.pypiserver.stable]) {
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const refused = await fetch(`${url}/`, { method: 'POST', body: new FormData() });
      expect(refused.status).toBe(401);
    }
  });

  it('gives every call its own normalized project name', () => {
    const a = uniqueProject('Real Stores');
    const b = uniqueProject('Real Stores');
    expect(a.name).not.toBe(b.name);
    expect(a.name).toMatch(/^real-stores-[a-z0-9]+-[a-z0-9]+$/);
    expect(a.module).toBe(a.name.replace(/-/g, '_'));
  });
});
