/** What was done with a person's data. Keys equal values: the enum reaches GraphQL. */
export enum AuditAction {
  READ = 'READ',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  EXPORT = 'EXPORT',
  ERASE = 'ERASE',
}
