import { registerEnumType } from '@nestjs/graphql';
import {
  LabelLanguage,
  SkillRelation,
  SkillReuseLevel,
  SkillType,
  SuggestionMatch,
} from '@werkmatch/taxonomy/data-access';

// The enums live in data-access (the worker and the import use them without @nestjs/graphql); they are
// published to GraphQL here, once, because registering one twice under one name breaks the schema build.
registerEnumType(LabelLanguage, {
  name: 'LabelLanguage',
  description: 'The language of a label: NL (Dutch) or EN (English).',
});
registerEnumType(SkillType, {
  name: 'SkillType',
  description:
    'ESCO: a skill or competence (what someone can do), or knowledge (what someone knows).',
});
registerEnumType(SkillReuseLevel, {
  name: 'SkillReuseLevel',
  description: 'ESCO: how widely a skill applies, from every job (TRANSVERSAL) to one occupation.',
});
registerEnumType(SkillRelation, {
  name: 'SkillRelation',
  description: 'Whether ESCO calls a skill essential or optional for an occupation.',
});
registerEnumType(SuggestionMatch, {
  name: 'SuggestionMatch',
  description: 'How a suggestion matched what was typed; the list is ranked in this order.',
  valuesMap: {
    PREFIX: { description: 'A label starts with the text.' },
    WORD_PREFIX: { description: 'A later word of a label starts with the text.' },
    SIMILAR: {
      description: 'A label contains the text inside a word, or is close to it (a typo).',
    },
  },
});

export { LabelLanguage, SkillRelation, SkillReuseLevel, SkillType, SuggestionMatch };
