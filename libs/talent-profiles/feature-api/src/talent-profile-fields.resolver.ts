import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Policy } from '@werkmatch/platform/access-control';
import { Occupation, occupationLoader, Skill, skillLoader } from '@werkmatch/taxonomy/feature-api';
import { TalentProfilePolicies } from './policies';
import { TalentProfileSkill, WorkExperience } from './talent-profile.model';

@Resolver(() => TalentProfileSkill)
export class TalentProfileSkillResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Policy(TalentProfilePolicies.fullProfileField)
  @ResolveField(() => Skill)
  async skill(@Parent() link: TalentProfileSkill, @Context('req') req: object): Promise<Skill> {
    const skill = await skillLoader(req, this.dataSource).load(link.skillId);
    // The foreign key makes this impossible; say what broke rather than return null to a non-null field.
    if (!skill) throw new Error(`skill ${link.skillId} of a talent profile is missing`);
    return skill;
  }
}

@Resolver(() => WorkExperience)
export class WorkExperienceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Policy(TalentProfilePolicies.fullProfileField)
  @ResolveField(() => Occupation, {
    nullable: true,
    description: 'The ESCO occupation, if one was chosen.',
  })
  occupation(
    @Parent() work: WorkExperience,
    @Context('req') req: object,
  ): Promise<Occupation | null> {
    return work.occupationId
      ? occupationLoader(req, this.dataSource).load(work.occupationId)
      : Promise.resolve(null);
  }
}
