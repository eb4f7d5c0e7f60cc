import { requestListLoader, requestLoader } from './request-loader';

describe('requestLoader', () => {
  it('batches the look-ups of one request into one call with distinct keys', async () => {
    const calls: (readonly string[])[] = [];
    const request = {};
    const load = (id: string) =>
      requestLoader(
        request,
        'thing',
        async (ids: readonly string[]) => {
          calls.push(ids);
          return ids.filter((id) => id !== 'missing').map((id) => ({ id, name: `name-${id}` }));
        },
        (row) => row.id,
      ).load(id);
    const rows = await Promise.all([load('a'), load('b'), load('a'), load('missing')]);
    expect(calls).toEqual([['a', 'b', 'missing']]);
    expect(rows.map((row) => row?.name ?? null)).toEqual(['name-a', 'name-b', 'name-a', null]);
  });

  it('never shares a cache between two requests', async () => {
    let version = 0;
    const batch = async (ids: readonly string[]) => ids.map((id) => ({ id, version }));
    const first = await requestLoader({}, 'thing', batch, (row) => row.id).load('a');
    version = 1;
    const second = await requestLoader({}, 'thing', batch, (row) => row.id).load('a');
    expect([first?.version, second?.version]).toEqual([0, 1]);
  });

  it('groups children by parent and gives a parent without children an empty list', async () => {
    const request = {};
    const loader = requestListLoader(
      request,
      'children',
      async (parents: readonly string[]) =>
        parents.flatMap((parent) =>
          parent === 'p1'
            ? [
                { parent, n: 1 },
                { parent, n: 2 },
              ]
            : [],
        ),
      (row) => row.parent,
    );
    const [p1, p2] = await Promise.all([loader.load('p1'), loader.load('p2')]);
    expect(p1.map((row) => row.n)).toEqual([1, 2]);
    expect(p2).toEqual([]);
  });
});
