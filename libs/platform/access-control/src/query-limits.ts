import type { ApolloServerPlugin } from '@apollo/server';
import {
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { ErrorCode } from '@werkmatch/shared/errors';

export interface QueryLimits {
  /** Nesting of fields, the root fields being depth 1. */
  maxDepth: number;
  /** Each field costs 1 times the size of the lists it is nested in. */
  maxCost: number;
  /** Aliased fields in one operation (an alias is how one request repeats a field, e.g. to guess passwords). */
  maxAliases: number;
}

/** Arguments that bound the size of a returned list; without one a list counts as this many items. */
const PAGE_ARGUMENTS = ['first', 'last', 'limit', 'take'];
export const DEFAULT_LIST_SIZE = 10;

export interface QueryMeasure {
  depth: number;
  cost: number;
  aliases: number;
}

function numberValue(node: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/**
 * Measures an operation before it runs. Fragments are followed (validation already refused cycles);
 * introspection fields are left out because production turns introspection off and development tools need it.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): QueryMeasure {
  const measure: QueryMeasure = { depth: 0, cost: 0, aliases: 0 };
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();

  /*
   * `pageSize` is the size a connection-style parent (`page(first: 20) { items { ... } nextCursor }`) asked
   * for: it prices the list fields directly inside it, not the page object itself, so `first` counts once.
   */
  const visit = (
    selectionSet: SelectionSetNode,
    parent: GraphQLObjectType | undefined,
    depth: number,
    multiplier: number,
    pageSize?: number,
  ): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (selection.alias) measure.aliases++;
        measure.depth = Math.max(measure.depth, depth);
        measure.cost += multiplier;
        const field: GraphQLField<unknown, unknown> | undefined = parent?.getFields()[name];
        if (!selection.selectionSet) continue;
        const pageArgument = selection.arguments?.find((arg) =>
          PAGE_ARGUMENTS.includes(arg.name.value),
        );
        const explicit = pageArgument ? numberValue(pageArgument.value, variables) : undefined;
        const asked = pageArgument
          ? explicit !== undefined
            ? Math.max(1, explicit)
            : DEFAULT_LIST_SIZE
          : undefined;
        const isList = field
          ? isListType(getNullableType(field.type) as GraphQLList<never>)
          : asked !== undefined;
        // A list is as long as its own page argument, or the page its parent asked for, or the default.
        const size = isList ? (asked ?? pageSize ?? DEFAULT_LIST_SIZE) : 1;
        const named = field ? getNamedType(field.type) : undefined;
        visit(
          selection.selectionSet,
          named && isObjectType(named) ? named : undefined,
          depth + 1,
          multiplier * size,
          isList ? undefined : asked,
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        visit(
          selection.selectionSet,
          type && isObjectType(type) ? type : isInterfaceType(type) ? undefined : parent,
          depth,
          multiplier,
        );
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        visit(
          fragment.selectionSet,
          type && isObjectType(type) ? type : undefined,
          depth,
          multiplier,
        );
      }
    }
  };
  if (root) visit(operation.selectionSet, root, 1, 1);
  return measure;
}

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QueryTooComplex, http: { status: 400 } },
  });
}

/**
 * OWASP GraphQL limits as an Apollo plugin: it runs after validation, when the operation and its variables
 * are known, so `first: $n` is priced with the real n. Validation rules cannot do that, and Apollo would
 * rewrite their code to GRAPHQL_VALIDATION_FAILED.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments[definition.name.value] = definition;
          }
          const measure = measureOperation(schema, operation, fragments, request.variables ?? {});
          if (measure.depth > limits.maxDepth) {
            throw refuse(`query depth ${measure.depth} exceeds the maximum of ${limits.maxDepth}`);
          }
          if (measure.aliases > limits.maxAliases) {
            throw refuse(`${measure.aliases} aliases exceed the maximum of ${limits.maxAliases}`);
          }
          if (measure.cost > limits.maxCost) {
            throw refuse(`query cost ${measure.cost} exceeds the budget of ${limits.maxCost}`);
          }
        },
      };
    },
  };
}
