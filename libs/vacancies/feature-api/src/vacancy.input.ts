import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  CefrLevel,
  ContractType,
  EducationLevel,
  InclusiveOption,
  PayPeriod,
  RouteType,
} from '@werkmatch/work/feature-api';
import { VacancyStatus } from './vacancy-status.enum';

@InputType()
export class VacancyHoursInput {
  @Field(() => Int, { description: '1 to 40, at most `max`.' })
  min: number;

  @Field(() => Int, { description: '1 to 40.' })
  max: number;
}

@InputType()
export class VacancyPayInput {
  @Field(() => Float, { description: 'Euros, at most 2 decimals.' })
  min: number;

  @Field(() => Float)
  max: number;

  @Field(() => PayPeriod)
  period: PayPeriod;
}

@InputType({
  description:
    'The whole content of a vacancy; an update replaces all of it. Contract type and pay only for routes with a contract.',
})
export class VacancyInput {
  @Field(() => String, { description: '3 to 160 characters.' })
  title: string;

  @Field(() => String, { description: '10 to 10,000 characters.' })
  description: string;

  @Field(() => ID, { nullable: true, description: 'An ESCO occupation.' })
  occupationId?: string | null;

  @Field(() => [ID], { description: '1 to 30 ESCO skills.' })
  requiredSkillIds: string[];

  @Field(() => [ID], { nullable: true, description: 'Up to 30 ESCO skills.' })
  niceToHaveSkillIds?: string[] | null;

  @Field(() => RouteType, {
    description:
      'PAID_JOB, SUPPORTED_JOB, LEARN_WORK, WORK_EXPERIENCE, PARTICIPATION_JOB, VOLUNTEER, SHELTERED_WORK or DAY_ACTIVITY.',
  })
  routeType: RouteType;

  @Field(() => VacancyHoursInput)
  hours: VacancyHoursInput;

  @Field(() => Int, { nullable: true, description: 'Default 1.' })
  positions?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  remote?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Place of work, `1234 AB` or `1234`; required unless remote.',
  })
  postcode?: string | null;

  @Field(() => CefrLevel, { nullable: true })
  minDutchLevel?: CefrLevel | null;

  @Field(() => EducationLevel, { nullable: true })
  educationLevel?: EducationLevel | null;

  @Field(() => [InclusiveOption], { nullable: true })
  inclusiveOptions?: InclusiveOption[] | null;

  @Field(() => ContractType, {
    nullable: true,
    description:
      'Required for PAID_JOB, SUPPORTED_JOB and SHELTERED_WORK; also allowed for LEARN_WORK.',
  })
  contractType?: ContractType | null;

  @Field(() => VacancyPayInput, { nullable: true })
  pay?: VacancyPayInput | null;

  @Field(() => String, {
    description: 'YYYY-MM-DD, today or later and at most 12 months ahead (Dutch calendar).',
  })
  closingDate: string;
}

@ArgsType()
export class VacancyPageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class OrganisationVacancyPageArgs extends VacancyPageArgs {
  @Field(() => VacancyStatus, { nullable: true, description: 'Only vacancies in this status.' })
  status?: VacancyStatus | null;
}
