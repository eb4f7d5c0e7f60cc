import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { AppConfig } from '@werkmatch/shared/config';
import { formatGraphQLError } from '@werkmatch/shared/errors';
import type { AppLogger } from '@werkmatch/shared/logging';
import { queryLimitsPlugin } from '@werkmatch/platform/access-control';

export function graphqlOptions(config: AppConfig, logger: AppLogger): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    // The schema is built in memory; `npm run schema:write` prints it to apps/api/schema.graphql (checked by a test).
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    // OWASP: no schema discovery in production, neither by introspection nor by "Did you mean ...?" hints.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // One operation per HTTP request, so an attacker cannot try a thousand passwords or tokens in one call.
    allowBatchedHttpRequests: false,
    // Field resolvers pass the access guard too, so a sensitive @ResolveField cannot skip its policy.
    fieldResolverEnhancers: ['guards'],
    plugins: [
      queryLimitsPlugin({
        maxDepth: config.GRAPHQL_MAX_DEPTH,
        maxCost: config.GRAPHQL_MAX_COST,
        maxAliases: config.GRAPHQL_MAX_ALIASES,
      }),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
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
