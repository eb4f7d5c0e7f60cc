import { Module } from '@nestjs/common';
import { SearchModule } from '@werkmatch/search';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** `searchVacancies` and `searchTalentProfiles` over GraphQL, on the engine SearchModule provides. */
@Module({ imports: [SearchModule.forRoot()], providers: [SearchService, SearchResolver] })
export class SearchApiModule {}
