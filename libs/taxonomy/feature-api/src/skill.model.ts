import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LabelLanguage, SkillReuseLevel, SkillType } from './taxonomy.enum';

@ObjectType({
  description:
    'An ESCO skill or knowledge concept. ESCO has a Dutch label for about 2,200 of its 13,900 skills; `label` is the Dutch one where there is one and the English one otherwise.',
})
export class Skill {
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

  @Field(() => LabelLanguage, {
    description: 'The language of `label`, so a client can mark English text as such.',
  })
  labelLanguage: LabelLanguage;

  @Field(() => String, { nullable: true })
  labelNl: string | null;

  @Field(() => String)
  labelEn: string;

  @Field(() => [String])
  alternativeLabelsNl: string[];

  @Field(() => [String])
  alternativeLabelsEn: string[];

  @Field(() => SkillType, {
    nullable: true,
    description: 'Null for the few ESCO concepts without one.',
  })
  skillType: SkillType | null;

  @Field(() => SkillReuseLevel, { nullable: true })
  reuseLevel: SkillReuseLevel | null;
}
