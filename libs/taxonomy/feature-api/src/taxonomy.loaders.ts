import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { requestLoader } from '@werkmatch/platform/request-loaders';
import { IscoGroupEntity, TaxonomyService } from '@werkmatch/taxonomy/data-access';
import { IscoGroup, Occupation } from './occupation.model';
import { Skill } from './skill.model';
import { toIscoGroup, toOccupation, toSkill } from './taxonomy.mapping';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id can name a taxonomy concept at all (PostgreSQL refuses a malformed uuid outright). */
export function isTaxonomyId(id: string): boolean {
  return UUID.test(id);
}

// One malformed id must not fail the whole batch (PostgreSQL rejects the query), so it is left out and
// resolves to null like an unknown one.
const wellFormed = (ids: readonly string[]) => ids.filter(isTaxonomyId);

/**
 * The request's skill loader: every `load(id)` of one GraphQL request becomes one query; an unknown id gives
 * null. `req` is the GraphQL context's request (`@Context('req')`).
 */
export function skillLoader(req: object, dataSource: DataSource): DataLoader<string, Skill | null> {
  return requestLoader(
    req,
    'taxonomy.skill',
    async (ids: readonly string[]) =>
      (await new TaxonomyService(dataSource).findSkillsByIds(wellFormed(ids))).map(toSkill),
    (skill) => skill.id,
  );
}

/** The request's occupation loader, as `skillLoader`. */
export function occupationLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, Occupation | null> {
  return requestLoader(
    req,
    'taxonomy.occupation',
    async (ids: readonly string[]) =>
      (await new TaxonomyService(dataSource).findOccupationsByIds(wellFormed(ids))).map(
        toOccupation,
      ),
    (occupation) => occupation.id,
  );
}

export function iscoGroupLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, IscoGroup | null> {
  return requestLoader(
    req,
    'taxonomy.iscoGroup',
    async (codes: readonly string[]) =>
      (await dataSource.getRepository(IscoGroupEntity).findBy({ code: In([...codes]) })).map(
        toIscoGroup,
      ),
    (group) => group.code,
  );
}
