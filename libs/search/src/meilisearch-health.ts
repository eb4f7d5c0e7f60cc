import { MeiliSearch } from 'meilisearch';
import type { SearchEngineHealth } from './search-engine';

export class MeilisearchHealth implements SearchEngineHealth {
  readonly kind = 'meilisearch' as const;
  private readonly client: MeiliSearch;

  constructor(url: string, apiKey?: string) {
    this.client = new MeiliSearch({ host: url, apiKey });
  }

  async isReachable(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }
}
