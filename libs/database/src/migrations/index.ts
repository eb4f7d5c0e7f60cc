import { Foundation1763900000000 } from './1763900000000-foundation';
import { IdentityAndNotifications1795433168675 } from './1795433168675-identity-and-notifications';
import { GeoAndTaxonomy1795433367310 } from './1795433367310-geo-and-taxonomy';
import { AuditTrail1795434761487 } from './1795434761487-audit-trail';
import { TalentProfilesAndVacancies1796004946728 } from './1796004946728-talent-profiles-and-vacancies';
import { OutboxNotify1796005000000 } from './1796005000000-outbox-notify';
import { SearchIndexes1796005600000 } from './1796005600000-search-indexes';
import { MatchProposals1796007509239 } from './1796007509239-match-proposals';
import { ApprovalsAndNotifications1796008939686 } from './1796008939686-approvals-and-notifications';
import { ApprovalQueueIndex1796009900000 } from './1796009900000-approval-queue-index';

/** Every migration, oldest first. A new migration is added here by `npm run db:migration:generate`. */
export const MIGRATIONS = [Foundation1763900000000, IdentityAndNotifications1795433168675, GeoAndTaxonomy1795433367310, AuditTrail1795434761487, TalentProfilesAndVacancies1796004946728, OutboxNotify1796005000000, SearchIndexes1796005600000, MatchProposals1796007509239, ApprovalsAndNotifications1796008939686, ApprovalQueueIndex1796009900000];
