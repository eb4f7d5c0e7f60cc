import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AnonymisedTalentProfile as AnonymisedProfile } from '@werkmatch/talent-profiles/domain';
import { LabelLanguage } from '@werkmatch/taxonomy/data-access';
// Imported for its side effect too: it registers LabelLanguage with GraphQL.
import '@werkmatch/taxonomy/feature-api';
import {
  CefrLevel,
  DrivingLicence,
  EducationLevel,
  RouteType,
  SkillLevel,
  TransportMode,
} from '@werkmatch/work/feature-api';
import { HoursRange, Language } from './talent-profile.model';

@ObjectType({ description: 'An ESCO occupation as shown in an anonymised profile.' })
export class AnonymisedOccupation {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Dutch where ESCO has one, else English.' })
  label: string;

  @Field(() => LabelLanguage)
  labelLanguage: LabelLanguage;
}

@ObjectType({ description: 'An ESCO skill with the person’s own assessment.' })
export class AnonymisedSkill {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Dutch where ESCO has one, else English.' })
  label: string;

  @Field(() => LabelLanguage)
  labelLanguage: LabelLanguage;

  @Field(() => SkillLevel)
  level: SkillLevel;
}

@ObjectType({ description: 'Work experience the person did not mark private.' })
export class AnonymisedWorkExperience {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  employer: string | null;

  @Field(() => AnonymisedOccupation, { nullable: true })
  occupation: AnonymisedOccupation | null;

  @Field(() => String, { description: '`YYYY-MM`.' })
  from: string;

  @Field(() => String, { nullable: true })
  until: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType({ description: 'A diploma, without the year (which tells an age).' })
export class AnonymisedDiploma {
  @Field(() => String)
  title: string;

  @Field(() => EducationLevel, { nullable: true })
  level: EducationLevel | null;
}

@ObjectType({
  description:
    'Where the person can work from: municipality and region, and the centre of the 4-digit postcode area for distances. Never an exact postcode.',
})
export class AnonymisedArea {
  @Field(() => String, { nullable: true })
  municipalityCode: string | null;

  @Field(() => String, { nullable: true })
  municipalityName: string | null;

  @Field(() => ID, { nullable: true })
  regionId: string | null;

  @Field(() => String, { nullable: true })
  regionName: string | null;

  @Field(() => Float, { description: 'Latitude of the postcode-area centre.' })
  lat: number;

  @Field(() => Float, { description: 'Longitude of the postcode-area centre.' })
  lon: number;
}

@ObjectType({
  description:
    'What employers see of a published talent profile before an approved match: no name, contact data, date of birth, photo, exact postcode, target groups, support needs, participation level or private texts.',
})
export class AnonymisedTalentProfile {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  headline: string | null;

  @Field(() => [String], { description: 'Talents the person did not mark private.' })
  talents: string[];

  @Field(() => [AnonymisedSkill])
  skills: AnonymisedSkill[];

  @Field(() => [AnonymisedWorkExperience])
  workExperience: AnonymisedWorkExperience[];

  @Field(() => EducationLevel, { nullable: true })
  educationLevel: EducationLevel | null;

  @Field(() => [AnonymisedDiploma])
  diplomas: AnonymisedDiploma[];

  @Field(() => [Language])
  languages: Language[];

  @Field(() => CefrLevel, { nullable: true })
  dutchLevel: CefrLevel | null;

  @Field(() => HoursRange, { nullable: true })
  hours: HoursRange | null;

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' })
  earliestStart: string | null;

  @Field(() => AnonymisedArea, { nullable: true })
  area: AnonymisedArea | null;

  @Field(() => Int, { nullable: true })
  travelKm: number | null;

  @Field(() => [DrivingLicence])
  drivingLicences: DrivingLicence[];

  @Field(() => [TransportMode])
  transportModes: TransportMode[];

  @Field(() => [AnonymisedOccupation])
  wantedOccupations: AnonymisedOccupation[];

  @Field(() => [RouteType])
  wantedRouteTypes: RouteType[];
}

const language = (value: 'NL' | 'EN'): LabelLanguage =>
  value === 'NL' ? LabelLanguage.NL : LabelLanguage.EN;

/**
 * The GraphQL form of the one anonymised profile (talent-profiles/domain), made from that object alone and
 * field by field, so the GraphQL type can never show more than the domain let through.
 */
export function toAnonymisedTalentProfile(profile: AnonymisedProfile): AnonymisedTalentProfile {
  const occupation = (concept: AnonymisedProfile['wantedOccupations'][number]) => ({
    id: concept.id,
    label: concept.label,
    labelLanguage: language(concept.labelLanguage),
  });
  return {
    id: profile.id,
    version: profile.version,
    headline: profile.headline,
    talents: [...profile.talents],
    skills: profile.skills.map((skill) => ({
      id: skill.id,
      label: skill.label,
      labelLanguage: language(skill.labelLanguage),
      level: skill.level,
    })),
    workExperience: profile.workExperience.map((work) => ({
      title: work.title,
      employer: work.employer,
      occupation: work.occupation ? occupation(work.occupation) : null,
      from: work.from,
      until: work.until,
      description: work.description,
    })),
    educationLevel: profile.educationLevel,
    diplomas: profile.diplomas.map((diploma) => ({ title: diploma.title, level: diploma.level })),
    languages: profile.languages.map((l) => ({ code: l.code, level: l.level })),
    dutchLevel: profile.dutchLevel,
    hours:
      profile.hoursMin !== null && profile.hoursMax !== null
        ? { min: profile.hoursMin, max: profile.hoursMax }
        : null,
    earliestStart: profile.earliestStart,
    area: profile.area
      ? {
          municipalityCode: profile.area.municipalityCode,
          municipalityName: profile.area.municipalityName,
          regionId: profile.area.regionId,
          regionName: profile.area.regionName,
          lat: profile.area.lat,
          lon: profile.area.lon,
        }
      : null,
    travelKm: profile.travelKm,
    drivingLicences: [...profile.drivingLicences],
    transportModes: [...profile.transportModes],
    wantedOccupations: profile.wantedOccupations.map(occupation),
    wantedRouteTypes: [...profile.wantedRouteTypes],
  };
}
