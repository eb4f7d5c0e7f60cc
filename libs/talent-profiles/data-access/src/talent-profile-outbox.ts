import type { EntityManager } from 'typeorm';
import { recordOutboxEvent } from '@werkmatch/database';
import {
  TALENT_PROFILE_AGGREGATE,
  TalentProfileEventType,
} from '@werkmatch/talent-profiles/domain';

/** Tells search and matching, in the transaction of the change: ids only, consumers reload the profile. */
export function recordTalentProfileEvent(
  manager: EntityManager,
  profile: { id: string; jobSeekerId: string },
  eventType: TalentProfileEventType,
): Promise<void> {
  return recordOutboxEvent(manager, {
    aggregateType: TALENT_PROFILE_AGGREGATE,
    aggregateId: profile.id,
    eventType,
    payload: { jobSeekerId: profile.jobSeekerId },
  });
}
