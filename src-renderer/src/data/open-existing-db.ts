/**
 * Opens an IndexedDB database only if it already exists, at its current version, without Dexie:
 * for the start-up read (start-read-repo.ts, evaluated before any other module). A missing
 * database is not created (the open's upgrade is
 * aborted; Dexie creates it), and the connection closes itself when another wants to upgrade or
 * delete the database. Settles with null when there is none or it cannot be opened; never throws.
 *
 * Imports nothing, so the start-up read stays free of other modules.
 */
export function openExistingDb(
  factory: IDBFactory | undefined,
  name: string,
): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      if (!factory) throw new Error('no IndexedDB');
      request = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const idb = request.result;
      idb.onversionchange = () => idb.close();
      resolve(idb);
    };
  });
}
