import { buildSchema, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { measureOperation } from './query-limits';

const schema = buildSchema(`
  type Person { name: String friends(first: Int): [Person!]! best: Person }
  type PersonPage { items: [Person!]! nextCursor: String }
  type Query { person: Person people(first: Int): [Person!]! tags: [String!]! page(first: Int): PersonPage! }
`);

function measure(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  return measureOperation(schema, operation as OperationDefinitionNode, fragments, variables);
}

describe('measureOperation', () => {
  it('counts the depth of nested fields from 1 at the root', () => {
    expect(measure('{ person { best { best { name } } } }').depth).toBe(4);
  });

  it('multiplies the cost of fields inside a list by its page size, or 10 without one', () => {
    expect(measure('{ people(first: 3) { name } }').cost).toBe(1 + 3);
    expect(measure('{ people { name friends { name } } }').cost).toBe(1 + 10 + 10 + 100);
    expect(measure('query($n: Int) { people(first: $n) { name } }', { n: 50 }).cost).toBe(51);
  });

  it('prices the items of a paged connection by its page size once, not twice', () => {
    expect(measure('{ page(first: 20) { items { name } nextCursor } }').cost).toBe(1 + 1 + 20 + 1);
    expect(measure('{ page { items { name friends { name } } } }').cost).toBe(
      1 + 1 + 10 + 10 + 100,
    );
  });

  it('follows fragments and inline fragments', () => {
    const result = measure(
      '{ person { ...F } } fragment F on Person { best { ... on Person { name } } }',
    );
    expect(result).toEqual({ depth: 3, cost: 3, aliases: 0 });
  });

  it('counts aliases and leaves introspection fields out', () => {
    expect(measure('{ a: person { name } b: person { n: name } __typename }')).toMatchObject({
      aliases: 3,
    });
    expect(measure('{ __schema { types { fields { type { ofType { name } } } } } }').depth).toBe(0);
  });
});
