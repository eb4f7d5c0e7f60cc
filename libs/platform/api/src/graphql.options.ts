import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { AppConfig } from '@werkmatch/shared/config';
import { formatGraphQLError } from '@werkmatch/shared/errors';
import type { AppLogger } from '@werkmatch/shared/logging';

export function graphqlOptions(config: AppConfig, logger: AppLogger): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    // The schema is built in memory; `npm run schema:write` prints it to apps/api/schema.graphql (checked by a test).
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    plugins: production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, {
        exposeInternals: config.NODE_ENV === 'development',
        onUnexpected: (cause) =>
          logger.error({ err: cause }, 'unexpected error in a GraphQL operation'),
      }),
    context: ({ req }: { req: unknown }) => ({ req }),
  };
}
