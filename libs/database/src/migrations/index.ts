import { Foundation1763900000000 } from './1763900000000-foundation';

/** Every migration, oldest first. A new migration is added here by `npm run db:migration:generate`. */
export const MIGRATIONS = [Foundation1763900000000];
