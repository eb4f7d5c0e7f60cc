import { Role } from './role';

/**
 * Who is calling, as established by authentication from a verified access token. Authorization policies
 * decide on this alone (plus the rows they load), never on anything the client sends in arguments.
 */
export interface Principal {
  userId: string;
  role: Role;
  /** The employer organisation of an EMPLOYER. */
  organisationId?: string;
  /** The labour-market region whose service point an ACCOUNT_MANAGER works for. */
  regionId?: string;
  /** The refresh-token chain (session) the access token belongs to. */
  sessionId: string;
}

/** The HTTP request as the GraphQL context carries it: authentication sets `principal` when a valid token came with it. */
export interface RequestWithPrincipal {
  principal?: Principal;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}
