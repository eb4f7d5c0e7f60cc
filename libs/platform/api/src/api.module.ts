import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@werkmatch/shared/config';
import { AppLogger, LoggingModule } from '@werkmatch/shared/logging';
import { DatabaseModule } from '@werkmatch/database';
import { platformDatabaseOptions } from '@werkmatch/platform/persistence';
import { QueueModule } from '@werkmatch/queue';
import { MeilisearchHealth, PostgresSearchHealth, searchEngineKind } from '@werkmatch/search';
import { SystemApiModule } from '@werkmatch/system/feature-api';
import { IdentityApiModule } from '@werkmatch/identity/feature-api';
import { AccessControlModule } from '@werkmatch/platform/access-control';
import { AuditApiModule } from '@werkmatch/audit/feature-api';
import { PrivacyApiModule } from '@werkmatch/privacy/feature-api';
import { TalentProfilesApiModule } from '@werkmatch/talent-profiles/feature-api';
import { TaxonomyApiModule } from '@werkmatch/taxonomy/feature-api';
import { VacanciesApiModule } from '@werkmatch/vacancies/feature-api';
import { MatchingApiModule } from '@werkmatch/matching/feature-api';
import { SearchApiModule } from '@werkmatch/search/feature-api';
import { ApprovalsApiModule } from '@werkmatch/approvals/feature-api';
import { NotificationsApiModule } from '@werkmatch/notifications/feature-api';
import { graphqlOptions } from './graphql.options';
import { HealthController, SEARCH_HEALTH } from './health/health.controller';

export interface ApiModuleOptions {
  config: AppConfig;
  logger: AppLogger;
  /** Extra modules to run in the same process, e.g. the worker role for a small install. */
  extraModules?: Type[];
}

@Module({})
export class ApiModule {
  static forRoot({ config, logger, extraModules = [] }: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(
          platformDatabaseOptions({
            url: config.DATABASE_URL,
            poolSize: config.DATABASE_POOL_SIZE,
            applicationName: 'werkmatch-api',
          }),
        ),
        QueueModule.forRoot({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(config, logger),
        }),
        TerminusModule.forRoot({ logger: false }),
        AccessControlModule,
        AuditApiModule,
        PrivacyApiModule,
        SystemApiModule,
        IdentityApiModule,
        TalentProfilesApiModule,
        TaxonomyApiModule,
        VacanciesApiModule,
        MatchingApiModule,
        SearchApiModule,
        NotificationsApiModule,
        ApprovalsApiModule,
        ...extraModules,
      ],
      controllers: [HealthController],
      providers: [
        {
          provide: SEARCH_HEALTH,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) =>
            searchEngineKind(config) === 'meilisearch'
              ? new MeilisearchHealth(config.MEILI_URL as string, config.MEILI_API_KEY)
              : new PostgresSearchHealth(dataSource),
        },
      ],
    };
  }
}
