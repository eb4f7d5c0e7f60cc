/** Queue names are part of the stored state in Redis: renaming one orphans its jobs, so they are spelled out here. */
export enum QueueName {
  Diagnostics = 'diagnostics',
  Notifications = 'notifications',
  SearchIndex = 'search-index',
  Matching = 'matching',
  Scheduled = 'scheduled',
}
