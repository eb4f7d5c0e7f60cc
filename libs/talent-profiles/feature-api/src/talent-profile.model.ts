import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { SensitiveField } from '@werkmatch/platform/access-control';
import {
  CefrLevel,
  DrivingLicence,
  EducationLevel,
  RouteType,
  SkillLevel,
  SupportNeed,
  TargetGroup,
  TransportMode,
} from '@werkmatch/work/feature-api';
import { CompletenessCode, PauseReason, TalentProfileStatus } from './talent-profile-enums.graphql';
import { TalentProfilePolicies } from './policies';

@ObjectType({ description: 'A strength in the person’s own words.' })
export class Talent {
  @Field(() => String)
  text: string;

  @Field(() => Boolean, {
    description: 'Kept from employers until an approved match.',
  })
  private: boolean;
}

@ObjectType()
export class WorkExperience {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  employer: string | null;

  /** Resolved to `occupation` through the request's occupation loader. */
  occupationId: string | null;

  @Field(() => String, { description: '`YYYY-MM`.' })
  from: string;

  @Field(() => String, { nullable: true, description: '`YYYY-MM`; null while it lasts.' })
  until: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Boolean, { description: 'Kept from employers until an approved match.' })
  private: boolean;
}

@ObjectType()
export class Diploma {
  @Field(() => String)
  name: string;

  @Field(() => EducationLevel, { nullable: true })
  level: EducationLevel | null;

  @Field(() => Int, { nullable: true })
  year: number | null;
}

@ObjectType()
export class Language {
  @Field(() => String, { description: 'ISO 639-1 code, lower case: `nl`, `en`, `ar`.' })
  code: string;

  @Field(() => CefrLevel)
  level: CefrLevel;
}

@ObjectType({ description: 'Hours per week, both ends included (1 to 40).' })
export class HoursRange {
  @Field(() => Int)
  min: number;

  @Field(() => Int)
  max: number;
}

@ObjectType({ description: 'A skill of the person with their own assessment of it.' })
export class TalentProfileSkill {
  /** Resolved to `skill` through the request's skill loader. */
  skillId: string;

  @Field(() => SkillLevel)
  level: SkillLevel;
}

@ObjectType({ description: 'Something the profile still lacks.' })
export class MissingItem {
  @Field(() => CompletenessCode)
  code: CompletenessCode;

  @Field(() => String, { description: 'The field of `SaveTalentProfileInput` that fills it.' })
  field: string;

  @Field(() => Boolean, { description: 'Required to publish.' })
  essential: boolean;

  @Field(() => String)
  textNl: string;

  @Field(() => String)
  textEn: string;
}

@ObjectType()
export class Completeness {
  @Field(() => Int, { description: '0 to 100.' })
  score: number;

  @Field(() => [MissingItem], { description: 'Essentials first.' })
  missing: MissingItem[];

  @Field(() => Boolean, { description: 'Every essential is there: the owner can publish.' })
  publishable: boolean;
}

@ObjectType({
  description:
    'A job seeker’s full talent profile, for the person themselves, their coach and administrators. Employers only ever see `AnonymisedTalentProfile`.',
})
export class TalentProfile {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  jobSeekerId: string;

  @Field(() => TalentProfileStatus)
  status: TalentProfileStatus;

  @Field(() => String, { nullable: true })
  headline: string | null;

  @Field(() => [Talent])
  talents: Talent[];

  @Field(() => [WorkExperience])
  workExperience: WorkExperience[];

  @Field(() => EducationLevel, { nullable: true })
  educationLevel: EducationLevel | null;

  @Field(() => [Diploma])
  diplomas: Diploma[];

  @Field(() => [Language])
  languages: Language[];

  @Field(() => CefrLevel, { nullable: true, description: 'The Dutch level among `languages`.' })
  dutchLevel: CefrLevel | null;

  @Field(() => HoursRange, { nullable: true })
  hours: HoursRange | null;

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' })
  earliestStart: string | null;

  @SensitiveField(() => String, TalentProfilePolicies.fullProfileField, {
    description: 'The exact postcode: never shown to employers.',
  })
  postcode: string | null;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality.' })
  municipalityCode: string | null;

  @Field(() => ID, { nullable: true })
  regionId: string | null;

  @Field(() => Int, { nullable: true })
  travelKm: number | null;

  @Field(() => [DrivingLicence])
  drivingLicences: DrivingLicence[];

  @Field(() => [TransportMode])
  transportModes: TransportMode[];

  @Field(() => [RouteType])
  wantedRouteTypes: RouteType[];

  @SensitiveField(() => Int, TalentProfilePolicies.fullProfileField, {
    description: 'Participatieladder 1–6, set by a coach (read-only for the person).',
  })
  participationLevel: number | null;

  @SensitiveField(() => [SupportNeed], TalentProfilePolicies.fullProfileField, {
    description: 'Set by a coach (read-only for the person).',
  })
  supportNeeds: SupportNeed[];

  @SensitiveField(() => [TargetGroup], TalentProfilePolicies.fullProfileField, {
    description: 'Set by a coach (read-only for the person).',
  })
  targetGroups: TargetGroup[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  pausedAt: Date | null;

  @Field(() => PauseReason, { nullable: true })
  pauseReason: PauseReason | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the owner last published or confirmed it as current.',
  })
  confirmedAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the owner was asked to confirm it; null once confirmed.',
  })
  confirmationRequestedAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'A published profile asks to be confirmed then, and pauses itself 14 days after the request.',
  })
  confirmationDueAt: Date | null;

  @Field(() => Int, { description: 'Raised by every change.' })
  version: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Who made the last change: the person, their coach, or null for the system.',
  })
  updatedByUserId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType()
export class TalentProfilePage {
  @Field(() => [TalentProfile])
  items: TalentProfile[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last.',
  })
  nextCursor: string | null;
}
