import { GraphQLSchema, isObjectType } from 'graphql';
import { AccessPolicy, PolicyDescriptor } from './policy';
import { POLICY_EXTENSION, SENSITIVE_EXTENSION } from './policy.decorator';

export interface PolicyEntry {
  /** `Query`, `Mutation` or the object type of a sensitive field. */
  type: string;
  field: string;
  operation: boolean;
  sensitive: boolean;
  /** Undefined when nothing was declared: the guard refuses such a field. */
  policy?: AccessPolicy;
}

/**
 * Every root operation and every sensitive field of a schema with the policy it declares, read from the
 * schema's field extensions: what the coverage test, the role matrix and the README table are built from.
 */
export function policyInventory(schema: GraphQLSchema): PolicyEntry[] {
  const entries: PolicyEntry[] = [];
  const roots = new Set([
    schema.getQueryType()?.name,
    schema.getMutationType()?.name,
    schema.getSubscriptionType()?.name,
  ]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const operation = roots.has(type.name);
    for (const field of Object.values(type.getFields())) {
      const extensions = field.extensions as Record<string, unknown>;
      const sensitive = extensions[SENSITIVE_EXTENSION] === true;
      const descriptor = extensions[POLICY_EXTENSION] as PolicyDescriptor | undefined;
      if (!operation && !sensitive && !descriptor) continue;
      entries.push({
        type: type.name,
        field: field.name,
        operation,
        sensitive,
        policy: descriptor ? AccessPolicy.fromDescriptor(descriptor) : undefined,
      });
    }
  }
  return entries.sort((a, b) => `${a.type}.${a.field}`.localeCompare(`${b.type}.${b.field}`));
}
