import { Field, ObjectType } from '@nestjs/graphql';
import { Occupation } from './occupation.model';
import { Skill } from './skill.model';
import { LabelLanguage, SkillRelation, SuggestionMatch } from './taxonomy.enum';

@ObjectType({ description: 'A skill suggested for what a person is typing.' })
export class SkillSuggestion {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => String, {
    description:
      'The label that matched: an alternative or English label when that is what the person typed. Show it next to `skill.label` when they differ.',
  })
  matchedLabel: string;

  @Field(() => LabelLanguage)
  matchedLanguage: LabelLanguage;

  @Field(() => SuggestionMatch)
  match: SuggestionMatch;
}

@ObjectType({ description: 'An occupation suggested for what a person is typing.' })
export class OccupationSuggestion {
  @Field(() => Occupation)
  occupation: Occupation;

  @Field(() => String, {
    description:
      'The label that matched: an alternative or English label when that is what the person typed. Show it next to `occupation.label` when they differ.',
  })
  matchedLabel: string;

  @Field(() => LabelLanguage)
  matchedLanguage: LabelLanguage;

  @Field(() => SuggestionMatch)
  match: SuggestionMatch;
}

@ObjectType({ description: 'A skill ESCO relates to an occupation, essential or optional.' })
export class OccupationSkill {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => SkillRelation)
  relation: SkillRelation;
}
