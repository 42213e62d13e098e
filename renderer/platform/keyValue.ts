/** A small asynchronous key-value store: IndexedDB in the app (it can keep file handles), a Map in tests. */

export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** Values in memory, copied on the way in and out as IndexedDB would. */
export function memoryKeyValue(): KeyValue {
  const map = new Map<string, unknown>();
  return {
    get: (key) => Promise.resolve(map.has(key) ? structuredClone(map.get(key)) : undefined),
    set: (key, value) => Promise.resolve(void map.set(key, structuredClone(value))),
  };
}

/** Values in one object store of an IndexedDB database, opened on first use. */
export function indexedDbKeyValue(factory: IDBFactory, dbName = 'flowboard', storeName = 'documents'): KeyValue {
  let db: Promise<IDBDatabase> | undefined;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(dbName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }));
  const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = (await open()).transaction(storeName, mode);
    const request = op(tx.objectStore(storeName));
    return new Promise<T>((resolve, reject) => {
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error);
      tx.onabort = () => reject(tx.error ?? request.error);
    });
  };
  return {
    get: (key) => run('readonly', (store) => store.get(key)),
    set: async (key, value) => void (await run('readwrite', (store) => store.put(value, key))),
  };
}
