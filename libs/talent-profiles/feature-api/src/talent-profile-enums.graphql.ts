import { registerEnumType } from '@nestjs/graphql';
import {
  CompletenessCode,
  PauseReason,
  TalentProfileStatus,
} from '@werkmatch/talent-profiles/domain';

// Registered once, here: every talent-profile model imports this file.
registerEnumType(TalentProfileStatus, {
  name: 'TalentProfileStatus',
  description: 'Only PUBLISHED profiles take part in search and matching.',
});
registerEnumType(PauseReason, {
  name: 'PauseReason',
  description: 'Who or what paused a profile.',
  valuesMap: {
    BY_OWNER: { description: 'The job seeker paused it.' },
    BY_COACH: { description: 'Their coach paused it.' },
    NOT_CONFIRMED: {
      description: 'The owner did not confirm in time that it is still current.',
    },
  },
});
registerEnumType(CompletenessCode, {
  name: 'CompletenessCode',
  description: 'Something a talent profile still lacks; stable for clients to translate.',
});

export { CompletenessCode, PauseReason, TalentProfileStatus };
