import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Work that must wait for the erasure to commit (Redis, a search index); failures there are logged, not undone. */
export type AfterErasure = () => Promise<void>;

/**
 * A domain that keeps personal data. Every domain that stores anything about a person registers one, so
 * "download my data" and "erase my account" reach everywhere the platform keeps it.
 */
export interface PersonalDataContributor {
  /** Key of this domain's part of the export: `account`, `talentProfile`, ... */
  name: string;
  /** Everything this domain holds about the person, as plain JSON-able data. */
  export(manager: EntityManager, userId: string): Promise<unknown>;
  /**
   * Deletes or anonymises everything that identifies the person, inside the erasure's one transaction.
   * Rows other people need (a placement's statistics, the audit trail) may stay under the user id, which
   * is a random uuid and identifies no one once the identity row is wiped.
   */
  erase(manager: EntityManager, userId: string): Promise<AfterErasure | void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly contributors = new Map<string, PersonalDataContributor>();

  register(contributor: PersonalDataContributor): void {
    if (this.contributors.has(contributor.name)) {
      throw new Error(
        `a personal-data contributor named ${contributor.name} is already registered`,
      );
    }
    this.contributors.set(contributor.name, contributor);
  }

  /** In registration order; identity registers first and is erased last, so others can still read it. */
  all(): PersonalDataContributor[] {
    return [...this.contributors.values()];
  }
}
