import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '@werkmatch/identity/domain';
import { CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import { completenessOf } from '@werkmatch/talent-profiles/domain';
import { Occupation, occupationLoader } from '@werkmatch/taxonomy/feature-api';
import { AssessTalentProfileInput } from './assess-talent-profile.input';
import { TalentProfilePolicies } from './policies';
import { SaveTalentProfileInput } from './save-talent-profile.input';
import { contentOfProfile, toTalentProfile } from './talent-profile.mapping';
import {
  Completeness,
  TalentProfile,
  TalentProfilePage,
  TalentProfileSkill,
} from './talent-profile.model';
import { occupationLinksLoader, skillLinksLoader } from './talent-profile.loaders';
import { TalentProfileService } from './talent-profile.service';

@Resolver(() => TalentProfile)
export class TalentProfileResolver {
  constructor(
    private readonly profiles: TalentProfileService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Policy(TalentProfilePolicies.owner)
  @Query(() => TalentProfile, {
    nullable: true,
    description:
      'Your talent profile with everything recorded about you, your coach’s assessment included (read-only); null before your first save.',
  })
  async myTalentProfile(@CurrentPrincipal() principal: Principal): Promise<TalentProfile | null> {
    const profile = await this.profiles.mine(principal);
    return profile ? toTalentProfile(profile) : null;
  }

  @Policy(TalentProfilePolicies.fullProfile)
  @Query(() => TalentProfile, {
    nullable: true,
    description:
      'The full talent profile of a job seeker in your caseload (administrators: anyone’s); recorded in their access log. Null when they have none yet.',
  })
  async talentProfileOf(
    @CurrentPrincipal() principal: Principal,
    @Args('jobSeekerId', { type: () => ID }) jobSeekerId: string,
  ): Promise<TalentProfile | null> {
    const profile = await this.profiles.of(principal, jobSeekerId);
    return profile ? toTalentProfile(profile) : null;
  }

  @Policy(TalentProfilePolicies.coach)
  @Query(() => TalentProfilePage, {
    description:
      'The talent profiles of the job seekers in your caseload, with status and completeness; recorded in their access logs.',
  })
  async caseloadTalentProfiles(
    @CurrentPrincipal() principal: Principal,
    @Args('first', { type: () => Int, nullable: true, description: '1 to 100 (default 20).' })
    first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<TalentProfilePage> {
    const page = await this.profiles.caseloadProfiles(principal, first, after);
    return { items: page.items.map(toTalentProfile), nextCursor: page.nextCursor };
  }

  @Policy(TalentProfilePolicies.ownerOrCoach)
  @Mutation(() => TalentProfile, {
    description:
      'Save your talent profile (created as a draft on the first save), or, as a coach, that of a job seeker in your caseload (`jobSeekerId` required). Fields left out stay as they are; a list given replaces the list.',
  })
  async saveTalentProfile(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => SaveTalentProfileInput }) input: SaveTalentProfileInput,
    @Args('jobSeekerId', { type: () => ID, nullable: true }) jobSeekerId: string | null,
  ): Promise<TalentProfile> {
    return toTalentProfile(await this.profiles.save(principal, input, jobSeekerId));
  }

  @Policy(TalentProfilePolicies.coach)
  @Mutation(() => TalentProfile, {
    description:
      'Record your assessment of a job seeker in your caseload: participation level, support needs, target groups. Never shown to employers.',
  })
  async assessTalentProfile(
    @CurrentPrincipal() principal: Principal,
    @Args('jobSeekerId', { type: () => ID }) jobSeekerId: string,
    @Args('input', { type: () => AssessTalentProfileInput }) input: AssessTalentProfileInput,
  ): Promise<TalentProfile> {
    return toTalentProfile(await this.profiles.assess(principal, jobSeekerId, input));
  }

  @Policy(TalentProfilePolicies.owner)
  @Mutation(() => TalentProfile, {
    description:
      'Publish your talent profile: employers can then find it (anonymised). Only you can; it needs the essentials (see `completeness`).',
  })
  async publishTalentProfile(@CurrentPrincipal() principal: Principal): Promise<TalentProfile> {
    return toTalentProfile(await this.profiles.publish(principal));
  }

  @Policy(TalentProfilePolicies.ownerOrCoach)
  @Mutation(() => TalentProfile, {
    description:
      'Pause a published talent profile: yours, or as a coach that of a job seeker in your caseload (`jobSeekerId` required).',
  })
  async pauseTalentProfile(
    @CurrentPrincipal() principal: Principal,
    @Args('jobSeekerId', { type: () => ID, nullable: true }) jobSeekerId: string | null,
  ): Promise<TalentProfile> {
    return toTalentProfile(await this.profiles.pause(principal, jobSeekerId));
  }

  @Policy(TalentProfilePolicies.owner)
  @Mutation(() => TalentProfile, {
    description:
      'Confirm your published profile is still current (asked every 90 days); publishes it again if it paused itself for want of a confirmation.',
  })
  async confirmTalentProfile(@CurrentPrincipal() principal: Principal): Promise<TalentProfile> {
    return toTalentProfile(await this.profiles.confirm(principal));
  }

  @Policy(TalentProfilePolicies.fullProfileField)
  @ResolveField(() => [TalentProfileSkill], { description: 'In the person’s order.' })
  async skills(
    @Parent() profile: TalentProfile,
    @Context('req') req: object,
  ): Promise<TalentProfileSkill[]> {
    const links = await skillLinksLoader(req, this.dataSource).load(profile.id);
    return links.map((link) => ({ skillId: link.skillId, level: link.level }));
  }

  @Policy(TalentProfilePolicies.fullProfileField)
  @ResolveField(() => [Occupation], { description: 'In the person’s order.' })
  async wantedOccupations(
    @Parent() profile: TalentProfile,
    @Context('req') req: object,
  ): Promise<Occupation[]> {
    const links = await occupationLinksLoader(req, this.dataSource).load(profile.id);
    const occupations = await occupationLoader(req, this.dataSource).loadMany(
      links.map((link) => link.occupationId),
    );
    return occupations.filter((o): o is Occupation => !!o && !(o instanceof Error));
  }

  @Policy(TalentProfilePolicies.fullProfileField)
  @ResolveField(() => Completeness, {
    description: 'How complete it is and what is still missing.',
  })
  async completeness(
    @Parent() profile: TalentProfile,
    @Context('req') req: object,
  ): Promise<Completeness> {
    const [skills, occupations] = await Promise.all([
      skillLinksLoader(req, this.dataSource).load(profile.id),
      occupationLinksLoader(req, this.dataSource).load(profile.id),
    ]);
    return completenessOf(contentOfProfile(profile, skills, occupations));
  }
}
