import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LabelLanguage } from './taxonomy.enum';

@ObjectType({ description: 'An ISCO-08 occupation group (level 1 to 4) with its Dutch label.' })
export class IscoGroup {
  @Field(() => String, { description: 'One to four digits: `2` to `2221`.' })
  code: string;

  @Field(() => String)
  label: string;
}

@ObjectType({
  description:
    'An ESCO occupation. ESCO has a Dutch label for every occupation, so `label` is Dutch.',
})
export class Occupation {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    description: 'The ESCO concept URI, stable across ESCO versions and other systems.',
  })
  uri: string;

  @Field(() => String, {
    description: 'The label to show: Dutch where ESCO has one, else English.',
  })
  label: string;

  @Field(() => LabelLanguage)
  labelLanguage: LabelLanguage;

  @Field(() => String)
  labelEn: string;

  @Field(() => [String])
  alternativeLabelsNl: string[];

  @Field(() => [String])
  alternativeLabelsEn: string[];

  /** Not a GraphQL field: `iscoGroup` resolves it through the request's loader, so a list costs one query. */
  iscoGroupCode: string;
}
