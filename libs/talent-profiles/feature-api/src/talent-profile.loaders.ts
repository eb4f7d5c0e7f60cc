import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { requestListLoader } from '@werkmatch/platform/request-loaders';
import {
  findOccupationLinks,
  findSkillLinks,
  TalentProfileOccupationEntity,
  TalentProfileSkillEntity,
} from '@werkmatch/talent-profiles/data-access';

/** The request's loader of profiles' skill links: one query for every profile of the response. */
export function skillLinksLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, TalentProfileSkillEntity[]> {
  return requestListLoader(
    req,
    'talent-profiles.skill-links',
    (profileIds: readonly string[]) => findSkillLinks(dataSource, profileIds),
    (link) => link.profileId,
  );
}

/** The request's loader of profiles' wanted-occupation links. */
export function occupationLinksLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, TalentProfileOccupationEntity[]> {
  return requestListLoader(
    req,
    'talent-profiles.occupation-links',
    (profileIds: readonly string[]) => findOccupationLinks(dataSource, profileIds),
    (link) => link.profileId,
  );
}
