import {
  type DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@werkmatch/shared/config';
import { type AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { createSearchEngine } from './create-search-engine';
import type { SearchEngine } from './search-engine';

/** The one search engine of a process (Meilisearch when MEILI_URL is set, otherwise the built-in engine). */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

/**
 * Provides SEARCH_ENGINE and makes it ready at start (indexes created, settings reconciled). `forRoot()` always
 * returns the same module, so the api and worker roles in one process share one engine.
 */
@Global()
@Module({})
export class SearchModule implements OnModuleInit, OnApplicationShutdown {
  private static root: DynamicModule | null = null;

  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  static forRoot(): DynamicModule {
    SearchModule.root ??= {
      module: SearchModule,
      providers: [
        {
          provide: SEARCH_ENGINE,
          inject: [APP_CONFIG, getDataSourceToken(), { token: LOGGER, optional: true }],
          useFactory: (config: AppConfig, dataSource: DataSource, logger?: AppLogger) =>
            createSearchEngine({
              config,
              dataSource,
              listen: {
                databaseUrl: config.DATABASE_URL,
                logger: logger?.child({ component: 'search' }),
              },
            }),
        },
      ],
      exports: [SEARCH_ENGINE],
    };
    return SearchModule.root;
  }

  async onModuleInit(): Promise<void> {
    await this.engine.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }
}
