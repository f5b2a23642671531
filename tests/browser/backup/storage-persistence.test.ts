/** Persistent storage: asked once, the answer kept for the settings screen; never throws. */
import { describe, expect, it } from 'vitest';
import { StoragePersistence } from '../../../src-renderer/src/data/storage-persistence.svelte';

describe('StoragePersistence', () => {
  it('asks for persistence when not yet granted, and reports it', async () => {
    let asked = 0;
    const p = new StoragePersistence({
      persisted: async () => false,
      persist: async () => (asked++, true),
      estimate: async () => ({ usage: 1024, quota: 2048 }),
    });
    expect(p.state).toBe('checking');
    expect(await p.request()).toBe('persistent');
    expect(asked).toBe(1);
    expect(p.estimate).toEqual({ usageBytes: 1024, quotaBytes: 2048 });
  });

  it('does not ask again when already persistent', async () => {
    let asked = 0;
    const p = new StoragePersistence({
      persisted: async () => true,
      persist: async () => (asked++, true),
    });
    expect(await p.request()).toBe('persistent');
    expect(asked).toBe(0);
  });

  it('says "best effort" when refused or when the engine throws', async () => {
    const refused = new StoragePersistence({
      persisted: async () => false,
      persist: async () => false,
    });
    expect(await refused.request()).toBe('best-effort');
    const throwing = new StoragePersistence({
      persisted: async () => {
        throw new TypeError('opaque origin');
      },
      persist: async () => true,
    });
    expect(await throwing.request()).toBe('best-effort');
  });

  it('says "unsupported" without the Storage API', async () => {
    expect(await new StoragePersistence(null).request()).toBe('unsupported');
    expect(await new StoragePersistence({}).request()).toBe('unsupported');
  });

  it("answers from Chromium's real navigator.storage", async () => {
    const p = new StoragePersistence();
    const state = await p.request();
    expect(['persistent', 'best-effort']).toContain(state);
    expect(state === 'persistent').toBe(await navigator.storage.persisted());
    expect(p.estimate?.quotaBytes).toBeGreaterThan(0);
  });
});
