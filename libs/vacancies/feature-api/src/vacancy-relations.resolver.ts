import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Policy } from '@werkmatch/platform/access-control';
import { Occupation, occupationLoader, Skill, skillLoader } from '@werkmatch/taxonomy/feature-api';
import {
  vacancyEmployerLoader,
  vacancyMunicipalityLoader,
  vacancyRegionLoader,
  vacancySkillsLoader,
} from './vacancy.loaders';
import { Vacancy, VacancyEmployer, VacancyMunicipality, VacancyRegion } from './vacancy.model';
import { VacancyPolicies } from './vacancy.policies';

/** The relations of a vacancy, each through the request's loader: a page costs one query per relation. */
@Resolver(() => Vacancy)
export class VacancyRelationsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Policy(VacancyPolicies.relation)
  @ResolveField(() => VacancyEmployer)
  async organisation(
    @Parent() vacancy: Vacancy,
    @Context('req') req: object,
  ): Promise<VacancyEmployer> {
    const employer = await vacancyEmployerLoader(req, this.dataSource).load(vacancy.organisationId);
    // The foreign key makes this impossible; say what broke rather than return null to a non-null field.
    if (!employer)
      throw new Error(`organisation ${vacancy.organisationId} of ${vacancy.id} is missing`);
    return employer;
  }

  @Policy(VacancyPolicies.relation)
  @ResolveField(() => Occupation, { nullable: true })
  occupation(@Parent() vacancy: Vacancy, @Context('req') req: object): Promise<Occupation | null> {
    if (!vacancy.occupationId) return Promise.resolve(null);
    return occupationLoader(req, this.dataSource).load(vacancy.occupationId);
  }

  @Policy(VacancyPolicies.relation)
  @ResolveField(() => [Skill], { description: 'In the order the employer gave them.' })
  requiredSkills(@Parent() vacancy: Vacancy, @Context('req') req: object): Promise<Skill[]> {
    return this.skills(vacancy, req, true);
  }

  @Policy(VacancyPolicies.relation)
  @ResolveField(() => [Skill])
  niceToHaveSkills(@Parent() vacancy: Vacancy, @Context('req') req: object): Promise<Skill[]> {
    return this.skills(vacancy, req, false);
  }

  @Policy(VacancyPolicies.relation)
  @ResolveField(() => VacancyRegion, {
    nullable: true,
    description: 'Region of the place of work; null for a remote vacancy without a postcode.',
  })
  region(@Parent() vacancy: Vacancy, @Context('req') req: object): Promise<VacancyRegion | null> {
    if (!vacancy.regionId) return Promise.resolve(null);
    return vacancyRegionLoader(req, this.dataSource).load(vacancy.regionId);
  }

  @Policy(VacancyPolicies.relation)
  @ResolveField(() => VacancyMunicipality, { nullable: true })
  municipality(
    @Parent() vacancy: Vacancy,
    @Context('req') req: object,
  ): Promise<VacancyMunicipality | null> {
    if (!vacancy.municipalityCode) return Promise.resolve(null);
    return vacancyMunicipalityLoader(req, this.dataSource).load(vacancy.municipalityCode);
  }

  private async skills(vacancy: Vacancy, req: object, required: boolean): Promise<Skill[]> {
    const links = await vacancySkillsLoader(req, this.dataSource).load(vacancy.id);
    const skills = await skillLoader(req, this.dataSource).loadMany(
      links.filter((link) => link.required === required).map((link) => link.skillId),
    );
    return skills.filter((skill): skill is Skill => skill !== null && !(skill instanceof Error));
  }
}
