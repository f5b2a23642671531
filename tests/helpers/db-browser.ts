/**
 * A fresh, empty Cobalt database per test in Chromium's real IndexedDB. Kept apart from the Node
 * helper so browser tests do not bundle fake-indexeddb.
 */
import { afterEach } from 'vitest';
import Dexie from 'dexie';
import { CobaltDb } from '../../src-renderer/src/data/db';

/**
 * Call at the top of a test file; the returned function opens a uniquely named database (the
 * browser's IndexedDB is shared by the whole run) that is closed and deleted after the test.
 * Vitest runs afterEach hooks last-registered first, so a file's own afterEach registered after
 * this call (unmounting screens, say) runs before the databases go.
 */
export function useFreshBrowserDbs(prefix: string): () => CobaltDb {
  const opened: CobaltDb[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return () => {
    const db = new CobaltDb(`${prefix}-${crypto.randomUUID()}`);
    opened.push(db);
    return db;
  };
}
