/**
 * A fresh, empty Cobalt database per test in Node, on fake-indexeddb. Each database gets its own
 * IDBFactory, so tests never see each other's rows and the name need not be unique.
 */
import { afterEach } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CobaltDb } from '../../src-renderer/src/data/db';

/** Call at the top of a test file; the returned function opens a database closed after the test. */
export function useFreshNodeDbs(name: string): () => CobaltDb {
  const opened: CobaltDb[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });
  return () => {
    const db = new CobaltDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(db);
    return db;
  };
}
