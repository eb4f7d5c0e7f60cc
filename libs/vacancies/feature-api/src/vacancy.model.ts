import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { SensitiveField } from '@werkmatch/platform/access-control';
import {
  CefrLevel,
  ContractType,
  EducationLevel,
  InclusiveOption,
  PayPeriod,
  RouteType,
} from '@werkmatch/work/feature-api';
import { VacancyPolicies } from './vacancy.policies';
import { VacancyStatus } from './vacancy-status.enum';

@ObjectType({ description: 'Hours per week, both ends included.' })
export class VacancyHours {
  @Field(() => Int)
  min: number;

  @Field(() => Int)
  max: number;
}

@ObjectType({ description: 'Gross pay in euros per period.' })
export class VacancyPay {
  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;

  @Field(() => PayPeriod)
  period: PayPeriod;
}

@ObjectType({
  description: 'The employer offering a vacancy, as anyone who may see the vacancy sees it.',
})
export class VacancyEmployer {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType({ description: 'The labour-market region of the place of work.' })
export class VacancyRegion {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType({ description: 'The municipality of the place of work.' })
export class VacancyMunicipality {
  @Field(() => String, { description: 'CBS code, e.g. GM0321.' })
  code: string;

  @Field(() => String)
  name: string;
}

@ObjectType({
  description: 'An offer of work of any route type, owned by an employer organisation.',
})
export class Vacancy {
  @Field(() => ID)
  id: string;

  @Field(() => VacancyStatus)
  status: VacancyStatus;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => RouteType)
  routeType: RouteType;

  @Field(() => VacancyHours)
  hours: VacancyHours;

  @Field(() => Int)
  positions: number;

  @Field(() => Boolean, { description: 'Work from anywhere; may still name a postcode.' })
  remote: boolean;

  @Field(() => String, { nullable: true, description: 'Place of work: `3991 AB` or `3991`.' })
  postcode: string | null;

  @Field(() => CefrLevel, { nullable: true, description: 'Dutch asked for, at least.' })
  minDutchLevel: CefrLevel | null;

  @Field(() => EducationLevel, { nullable: true, description: 'Education asked for, at least.' })
  educationLevel: EducationLevel | null;

  @Field(() => [InclusiveOption])
  inclusiveOptions: InclusiveOption[];

  @Field(() => ContractType, { nullable: true })
  contractType: ContractType | null;

  @Field(() => VacancyPay, { nullable: true })
  pay: VacancyPay | null;

  @Field(() => String, {
    description: 'The last day applications are accepted (YYYY-MM-DD); it expires the day after.',
  })
  closingDate: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it became filled, closed or expired.',
  })
  endedAt: Date | null;

  @Field(() => Int, { description: 'Raised by every change.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @SensitiveField(() => String, VacancyPolicies.manage, {
    description:
      'Why an account manager returned it to draft; for the organisation, the reviewing account managers and administrators.',
  })
  returnReason: string | null;

  @SensitiveField(() => GraphQLISODateTime, VacancyPolicies.manage)
  returnedAt: Date | null;

  @SensitiveField(() => ID, VacancyPolicies.manage, { description: 'The user who drafted it.' })
  createdBy: string | null;

  @SensitiveField(() => ID, VacancyPolicies.manage, {
    description: 'The account manager who published it.',
  })
  publishedBy: string | null;

  /* Not GraphQL fields: the relation resolvers load them through the request's loaders. */
  organisationId: string;
  occupationId: string | null;
  regionId: string | null;
  municipalityCode: string | null;
}

@ObjectType()
export class VacancyPage {
  @Field(() => [Vacancy])
  items: Vacancy[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last.',
  })
  nextCursor: string | null;
}
