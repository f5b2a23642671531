/**
 * Persistent storage: asks the browser engine (Chromium in Electron or in a browser) not to evict
 * Cobalt's IndexedDB database under disk pressure, and keeps the answer for the settings screen.
 * Without it, "best effort" storage can be cleared by the browser when the disk fills up
 * (https://storage.spec.whatwg.org/#persistence); backups are then the only copy.
 */
export type PersistenceState = 'checking' | 'persistent' | 'best-effort' | 'unsupported';

export interface StorageEstimate {
  usageBytes: number;
  quotaBytes: number;
}

interface StorageLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export class StoragePersistence {
  state = $state<PersistenceState>('checking');
  estimate = $state.raw<StorageEstimate | null>(null);
  readonly #storage: StorageLike | null;

  /** `storage`: the Storage API (null where there is none). */
  constructor(storage: StorageLike | null = globalThis.navigator?.storage ?? null) {
    this.#storage = storage;
  }

  /** Asks once at start-up (browsers may grant without a prompt); never throws. */
  async request(): Promise<PersistenceState> {
    const storage = this.#storage;
    if (!storage?.persist || !storage.persisted) {
      this.state = 'unsupported';
      return this.state;
    }
    try {
      const already = await storage.persisted();
      const granted = already || (await storage.persist());
      this.state = granted ? 'persistent' : 'best-effort';
    } catch {
      this.state = 'best-effort';
    }
    await this.refreshEstimate();
    return this.state;
  }

  async refreshEstimate(): Promise<void> {
    try {
      const e = await this.#storage?.estimate?.();
      this.estimate =
        e && typeof e.usage === 'number' && typeof e.quota === 'number'
          ? { usageBytes: e.usage, quotaBytes: e.quota }
          : null;
    } catch {
      this.estimate = null;
    }
  }
}

/** The app's one instance: asked by App.svelte once the database is open, shown in settings. */
export const storagePersistence = new StoragePersistence();
