import {
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { selects } from './selection';

/** The info a resolver of the operation's first field gets, as far as `selects` reads it. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  const field = operation?.selectionSet.selections[0];
  if (!field || field.kind !== Kind.FIELD) throw new Error('no field');
  const fragments = Object.fromEntries(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode =>
          definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

const HIGHLIGHTS = ['hits', 'highlights'];

describe('selects', () => {
  it('finds a field selected directly, under an alias', () => {
    expect(selects(infoOf('{ searchVacancies { found: hits { marks: highlights { text } } } }'), HIGHLIGHTS)).toBe(true); // prettier-ignore
  });

  it('finds a field selected in an inline or a named fragment', () => {
    expect(selects(infoOf('{ searchVacancies { hits { ... on VacancySearchHit { highlights { text } } } } }'), HIGHLIGHTS)).toBe(true); // prettier-ignore
    expect(
      selects(
        infoOf('{ searchVacancies { ...page } } fragment page on VacancySearchResult { hits { highlights { text } } }'), // prettier-ignore
        HIGHLIGHTS,
      ),
    ).toBe(true);
  });

  it('does not find a field that is not selected, nor one of the same name elsewhere', () => {
    expect(selects(infoOf('{ searchVacancies { total hits { vacancy { id } } } }'), HIGHLIGHTS)).toBe(false); // prettier-ignore
    expect(selects(infoOf('{ searchVacancies { highlights hits { vacancy { id } } } }'), HIGHLIGHTS)).toBe(false); // prettier-ignore
  });
});
