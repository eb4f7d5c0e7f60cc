import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE_HEADER =
  '# Generated from the code-first resolvers by `npm run schema:write`. Do not edit.\n\n';

/** The schema as committed in apps/api/schema.graphql: sorted, so a diff shows only real changes. */
export function printApiSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${SCHEMA_FILE_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
