import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TaxonomyService } from '@werkmatch/taxonomy/data-access';
import { OccupationResolver } from './occupation.resolver';
import { TaxonomyResolver } from './taxonomy.resolver';

/** GraphQL look-ups in the ESCO taxonomy, and the fields of its skills and occupations. */
@Module({
  providers: [
    // A plain class over a DataSource (data-access knows nothing of Nest), so it comes from a factory.
    {
      provide: TaxonomyService,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource) => new TaxonomyService(dataSource),
    },
    TaxonomyResolver,
    OccupationResolver,
  ],
})
export class TaxonomyApiModule {}
