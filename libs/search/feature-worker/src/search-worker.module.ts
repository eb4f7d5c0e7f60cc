import { Module } from '@nestjs/common';
import { SearchModule } from '@werkmatch/search';
import { SearchIndexProcessor } from './search-index.processor';

@Module({ imports: [SearchModule.forRoot()], providers: [SearchIndexProcessor] })
export class SearchWorkerModule {}
