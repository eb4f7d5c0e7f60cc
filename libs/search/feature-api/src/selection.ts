import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the query selects the field at `path` below the resolved one (`['hits', 'highlights']`), through aliases,
 * inline fragments and named fragments; so a resolver can leave out work nobody asked for.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (!set) return false;
    const [name, ...deeper] = rest;
    return set.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return (
            selection.name.value === name &&
            (deeper.length === 0 || within(selection.selectionSet, deeper))
          );
        case Kind.INLINE_FRAGMENT:
          return within(selection.selectionSet, rest);
        case Kind.FRAGMENT_SPREAD:
          return within(info.fragments[selection.name.value]?.selectionSet, rest);
      }
    });
  };
  return info.fieldNodes.some((node) => within(node.selectionSet, path));
}
