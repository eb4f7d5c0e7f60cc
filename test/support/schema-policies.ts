import { ModulesContainer } from '@nestjs/core';
import {
  GraphQLSchemaHost,
  RESOLVER_PROPERTY_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GraphQLSchema } from 'graphql';
import { POLICY_METADATA, policyInventory, PolicyEntry } from '@werkmatch/platform/access-control';

export function schemaOf(app: NestFastifyApplication): GraphQLSchema {
  return app.get(GraphQLSchemaHost).schema;
}

export function operationPolicies(app: NestFastifyApplication): PolicyEntry[] {
  return policyInventory(schemaOf(app));
}

export interface ResolverMethod {
  name: string;
  kind: 'operation' | 'field';
  hasPolicy: boolean;
}

/** Every query, mutation, subscription and field-resolver method Nest routes through the guard. */
export function resolverMethods(app: NestFastifyApplication): ResolverMethod[] {
  const methods: ResolverMethod[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        if (key === 'constructor') continue;
        // Descriptors, not property reads: some providers have getters that throw before start-up.
        const method = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
        if (typeof method !== 'function') continue;
        const operation = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) !== undefined;
        const field = Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method) === true;
        if (!operation && !field) continue;
        methods.push({
          name: `${instance.constructor.name}.${key}`,
          kind: field ? 'field' : 'operation',
          hasPolicy: Reflect.getMetadata(POLICY_METADATA, method) !== undefined,
        });
      }
    }
  }
  return methods;
}
