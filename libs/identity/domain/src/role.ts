/**
 * The roles of DOMAIN.md; a user has exactly one. Keys equal values because @nestjs/graphql publishes an
 * enum's keys: `Role.JOB_SEEKER` is JOB_SEEKER in the schema, in tokens and in the database alike.
 */
export enum Role {
  JOB_SEEKER = 'JOB_SEEKER',
  COACH = 'COACH',
  EMPLOYER = 'EMPLOYER',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  ADMIN = 'ADMIN',
}
