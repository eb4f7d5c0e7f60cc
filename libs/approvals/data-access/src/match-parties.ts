import type { DataSource, EntityManager } from 'typeorm';
import { Role } from '@werkmatch/identity/domain';

type Db = DataSource | EntityManager;

/** A person someone may be introduced to or reminded: only live accounts (not erased, not deactivated). */
export interface PartyContact {
  userId: string;
  fullName: string;
  email: string;
  phone: string | null;
}

export interface EmployerParty {
  organisationId: string;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  /** Who the person can call: the vacancy's author while a live member, else the longest-standing member. */
  contact: PartyContact | null;
}

/** Everyone around one proposal, for introductions, reminders and the account manager's queue. */
export interface MatchParties {
  proposalId: string;
  status: string;
  vacancyId: string;
  vacancyTitle: string;
  reviewRegionId: string | null;
  jobSeekerId: string;
  jobSeeker: PartyContact | null;
  coach: PartyContact | null;
  employer: EmployerParty;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PartiesRow {
  proposal_id: string;
  status: string;
  vacancy_id: string;
  title: string;
  review_region_id: string | null;
  job_seeker_id: string;
  js_name: string | null;
  js_email: string | null;
  js_phone: string | null;
  coach_id: string | null;
  coach_name: string | null;
  coach_email: string | null;
  coach_phone: string | null;
  organisation_id: string;
  organisation_name: string;
  street: string;
  house_number: string;
  postcode: string;
  city: string;
  contact_id: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
}

function contact(
  id: string | null,
  fullName: string | null,
  email: string | null,
  phone: string | null,
): PartyContact | null {
  return id && fullName && email ? { userId: id, fullName, email, phone } : null;
}

/** The parties of these proposals in one query; unknown ids are left out. */
export async function loadMatchParties(
  db: Db,
  proposalIds: readonly string[],
): Promise<Map<string, MatchParties>> {
  const ids = [...new Set(proposalIds.filter((id) => UUID.test(id)))];
  const result = new Map<string, MatchParties>();
  if (ids.length === 0) return result;
  const rows = (await db.query(
    `SELECT mp.id AS proposal_id, mp.status, v.id AS vacancy_id, v.title, mp.review_region_id,
            mp.job_seeker_id,
            js.full_name AS js_name, js.email AS js_email, js.phone AS js_phone,
            coach.id AS coach_id, coach.full_name AS coach_name, coach.email AS coach_email,
            coach.phone AS coach_phone,
            o.id AS organisation_id, o.name AS organisation_name, o.street, o.house_number, o.postcode, o.city,
            ec.id AS contact_id, ec.full_name AS contact_name, ec.email AS contact_email, ec.phone AS contact_phone
     FROM match_proposal mp
     JOIN vacancy v ON v.id = mp.vacancy_id
     JOIN employer_organisation o ON o.id = v.organisation_id
     LEFT JOIN app_user js ON js.id = mp.job_seeker_id AND js.erased_at IS NULL
     LEFT JOIN caseload_assignment ca ON ca.job_seeker_id = mp.job_seeker_id
     LEFT JOIN app_user coach ON coach.id = ca.coach_id AND coach.erased_at IS NULL
       AND coach.deactivated_at IS NULL
     LEFT JOIN LATERAL (
       SELECT u.id, u.full_name, u.email, u.phone FROM app_user u
       WHERE u.organisation_id = v.organisation_id AND u.role = $2
         AND u.erased_at IS NULL AND u.deactivated_at IS NULL
       ORDER BY (u.id = v.created_by_user_id) DESC, u.created_at, u.id
       LIMIT 1
     ) ec ON true
     WHERE mp.id = ANY($1::uuid[])`,
    [ids, Role.EMPLOYER],
  )) as PartiesRow[];
  for (const row of rows) {
    result.set(row.proposal_id, {
      proposalId: row.proposal_id,
      status: row.status,
      vacancyId: row.vacancy_id,
      vacancyTitle: row.title,
      reviewRegionId: row.review_region_id,
      jobSeekerId: row.job_seeker_id,
      jobSeeker: contact(row.job_seeker_id, row.js_name, row.js_email, row.js_phone),
      coach: contact(row.coach_id, row.coach_name, row.coach_email, row.coach_phone),
      employer: {
        organisationId: row.organisation_id,
        name: row.organisation_name,
        street: row.street,
        houseNumber: row.house_number,
        postcode: row.postcode,
        city: row.city,
        contact: contact(row.contact_id, row.contact_name, row.contact_email, row.contact_phone),
      },
    });
  }
  return result;
}

/**
 * Account managers to tell about a match: the one who decided it while they still work for that region,
 * otherwise every live account manager of the region.
 */
export async function accountManagersFor(
  db: Db,
  regionId: string | null,
  preferredUserId: string | null,
): Promise<PartyContact[]> {
  if (!regionId) return [];
  const rows = (await db.query(
    `SELECT id, full_name, email, phone FROM app_user
     WHERE role = $1 AND region_id = $2 AND erased_at IS NULL AND deactivated_at IS NULL
     ORDER BY created_at, id`,
    [Role.ACCOUNT_MANAGER, regionId],
  )) as { id: string; full_name: string; email: string; phone: string | null }[];
  const all = rows.map((row) => ({
    userId: row.id,
    fullName: row.full_name,
    email: row.email,
    phone: row.phone,
  }));
  const preferred = all.find((manager) => manager.userId === preferredUserId);
  return preferred ? [preferred] : all;
}
