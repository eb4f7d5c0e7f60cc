import DataLoader from 'dataloader';

/**
 * DataLoaders live for one GraphQL request: they batch the look-ups of all field resolvers of that request
 * into one query per relation, and their cache can never leak one caller's rows into another's request.
 * They hang off the request object of the GraphQL context (`@Context('req')`), keyed by a name per relation.
 */
const loadersByRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * The request's loader for `key`, made on first use. `batch` receives distinct keys and returns rows in any
 * order; `keyOf` tells which key a row answers. Keys without a row resolve to null.
 */
export function requestLoader<K, V>(
  request: object,
  key: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  let loaders = loadersByRequest.get(request);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(request, loaders);
  }
  let loader = loaders.get(key) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(async (keys) => {
      const rows = await batch(keys);
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((k) => byKey.get(k) ?? null);
    });
    loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/**
 * A loader for one-to-many relations (a vacancy's skills): `batch` returns every child row of the given
 * parents, `parentOf` tells whose child a row is; a parent without children gets an empty list.
 */
export function requestListLoader<K, V>(
  request: object,
  key: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  parentOf: (row: V) => K,
): DataLoader<K, V[]> {
  let loaders = loadersByRequest.get(request);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(request, loaders);
  }
  let loader = loaders.get(key) as DataLoader<K, V[]> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V[]>(async (keys) => {
      const rows = await batch(keys);
      const byParent = new Map<K, V[]>();
      for (const row of rows) {
        const parent = parentOf(row);
        byParent.set(parent, [...(byParent.get(parent) ?? []), row]);
      }
      return keys.map((k) => byParent.get(k) ?? []);
    });
    loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
