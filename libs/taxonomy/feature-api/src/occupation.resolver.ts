import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Policy } from '@werkmatch/platform/access-control';
import { IscoGroup, Occupation } from './occupation.model';
import { iscoGroupLoader } from './taxonomy.loaders';
import { TaxonomyPolicies } from './taxonomy.policies';

/** Fields of `Occupation`, wherever an occupation appears (suggestions, profiles, vacancies). */
@Resolver(() => Occupation)
export class OccupationResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Policy(TaxonomyPolicies.conceptField)
  @ResolveField(() => IscoGroup, { description: 'The ISCO-08 unit group of the occupation.' })
  async iscoGroup(
    @Parent() occupation: Occupation,
    @Context('req') req: object,
  ): Promise<IscoGroup> {
    const group = await iscoGroupLoader(req, this.dataSource).load(occupation.iscoGroupCode);
    // The foreign key makes this impossible; say what broke rather than return a null to a non-null field.
    if (!group)
      throw new Error(`ISCO group ${occupation.iscoGroupCode} of ${occupation.id} is missing`);
    return group;
  }
}
