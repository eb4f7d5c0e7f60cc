/** The roles of DOMAIN.md; a user has exactly one. */
export enum Role {
  JobSeeker = 'JOB_SEEKER',
  Coach = 'COACH',
  Employer = 'EMPLOYER',
  AccountManager = 'ACCOUNT_MANAGER',
  Admin = 'ADMIN',
}
