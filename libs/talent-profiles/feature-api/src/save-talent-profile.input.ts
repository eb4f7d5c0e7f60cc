import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  CefrLevel,
  DrivingLicence,
  EducationLevel,
  RouteType,
  SkillLevel,
  TransportMode,
} from '@werkmatch/work/feature-api';

@InputType()
export class TalentInput {
  @Field(() => String, { description: 'A strength in your own words, 1 to 200 characters.' })
  text: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Keep it from employers until an approved match.',
  })
  private: boolean;
}

@InputType()
export class ProfileSkillInput {
  @Field(() => ID, { description: 'An ESCO skill (see `suggestSkills`).' })
  skillId: string;

  @Field(() => SkillLevel)
  level: SkillLevel;
}

@InputType()
export class WorkExperienceInput {
  @Field(() => String, { description: '1 to 120 characters.' })
  title: string;

  @Field(() => String, { nullable: true })
  employer?: string | null;

  @Field(() => ID, { nullable: true, description: 'An ESCO occupation, when one fits.' })
  occupationId?: string | null;

  @Field(() => String, { description: '`YYYY-MM`, not in the future.' })
  from: string;

  @Field(() => String, { nullable: true, description: '`YYYY-MM`; leave out while it lasts.' })
  until?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters.' })
  description?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Keep it from employers until an approved match.',
  })
  private: boolean;
}

@InputType()
export class DiplomaInput {
  @Field(() => String)
  name: string;

  @Field(() => EducationLevel, { nullable: true })
  level?: EducationLevel | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;
}

@InputType()
export class LanguageInput {
  @Field(() => String, { description: 'ISO 639-1 code: `nl`, `en`, `ar`, ...' })
  code: string;

  @Field(() => CefrLevel)
  level: CefrLevel;
}

@InputType()
export class HoursRangeInput {
  @Field(() => Int, { description: '1 to 40, at most `max`.' })
  min: number;

  @Field(() => Int, { description: '1 to 40.' })
  max: number;
}

@InputType({
  description:
    'A save of a talent profile: a field left out stays as it is, a list given replaces the list, null clears.',
})
export class SaveTalentProfileInput {
  @Field(() => String, { nullable: true, description: 'At most 160 characters.' })
  headline?: string | null;

  @Field(() => [TalentInput], { nullable: true })
  talents?: TalentInput[] | null;

  @Field(() => [ProfileSkillInput], { nullable: true })
  skills?: ProfileSkillInput[] | null;

  @Field(() => [WorkExperienceInput], { nullable: true })
  workExperience?: WorkExperienceInput[] | null;

  @Field(() => EducationLevel, { nullable: true })
  educationLevel?: EducationLevel | null;

  @Field(() => [DiplomaInput], { nullable: true })
  diplomas?: DiplomaInput[] | null;

  @Field(() => [LanguageInput], {
    nullable: true,
    description: 'Languages with a CEFR level; Dutch (`nl`) is always asked.',
  })
  languages?: LanguageInput[] | null;

  @Field(() => HoursRangeInput, { nullable: true })
  hours?: HoursRangeInput | null;

  @Field(() => String, {
    nullable: true,
    description: '`YYYY-MM-DD`, not more than a year back.',
  })
  earliestStart?: string | null;

  @Field(() => String, { nullable: true, description: '`1234 AB` or `1234`.' })
  postcode?: string | null;

  @Field(() => Int, { nullable: true, description: 'How far you can travel, 0 to 300 km.' })
  travelKm?: number | null;

  @Field(() => [DrivingLicence], { nullable: true })
  drivingLicences?: DrivingLicence[] | null;

  @Field(() => [TransportMode], { nullable: true })
  transportModes?: TransportMode[] | null;

  @Field(() => [ID], { nullable: true, description: 'ESCO occupations, at most 10.' })
  wantedOccupationIds?: string[] | null;

  @Field(() => [RouteType], { nullable: true })
  wantedRouteTypes?: RouteType[] | null;
}
