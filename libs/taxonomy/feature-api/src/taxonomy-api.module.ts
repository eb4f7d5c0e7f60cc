import { Module } from '@nestjs/common';
import { OccupationResolver } from './occupation.resolver';

/** GraphQL look-ups in the ESCO taxonomy, and the fields of its skills and occupations. */
@Module({
  providers: [OccupationResolver],
})
export class TaxonomyApiModule {}
