export { SearchApiModule } from './search-api.module';
export { SearchPolicies } from './search.policies';
