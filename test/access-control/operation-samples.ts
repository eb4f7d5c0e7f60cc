import { randomUUID } from 'node:crypto';
import { PASSWORD, uniqueEmail } from '../identity/identity-fixtures';
import type { World } from './role-matrix.world';

export interface SampleCall {
  query: string;
  variables?: Record<string, unknown>;
}

export interface OperationSample {
  /** A call of the operation; it may fail validation or find nothing, as long as authorization decided. */
  call(world: World): SampleCall | Promise<SampleCall>;
  /**
   * The operation acts on the caller's own data by construction (no argument names someone else's), so a
   * relational policy holds for every caller of the role: the "other" actor is allowed too.
   */
  scopedToCaller?: boolean;
  /** The call may end the caller's session (logout): made with a fresh login. */
  endsSession?: boolean;
}

const NO_ID = '00000000-0000-4000-8000-000000000000';

const invalidVacancyInput = {
  title: 'Gastheer lunchroom',
  description: 'Ontvang gasten in onze lunchroom in Houten.',
  requiredSkillIds: [],
  routeType: 'VOLUNTEER',
  hours: { min: 24, max: 8 },
  remote: true,
  closingDate: '2099-12-31',
};

/**
 * One sample call per operation, keyed `Query.name` / `Mutation.name`. A new operation without a sample fails
 * the role matrix: add it here. Samples point at the world's "inside" data (see role-matrix.world.ts).
 */
export const OPERATION_SAMPLES: Record<string, OperationSample> = {
  'Query.systemCheck': {
    call: () => ({
      query: 'query($id: ID!) { systemCheck(id: $id) { id } }',
      variables: { id: NO_ID },
    }),
  },
  'Mutation.startSystemCheck': { call: () => ({ query: 'mutation { startSystemCheck { id } }' }) },

  'Mutation.register': {
    call: () => ({
      query: 'mutation($input: RegisterInput!) { register(input: $input) { id } }',
      variables: {
        input: { email: uniqueEmail('matrix'), password: PASSWORD, fullName: 'Matrix Test' },
      },
    }),
  },
  'Mutation.login': {
    call: (world) => ({
      query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { email: world.loginUser.email, password: PASSWORD } },
    }),
  },
  'Mutation.refreshToken': {
    call: async (world) => ({
      query: 'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }',
      variables: { t: (await world.session()).refreshToken },
    }),
  },
  'Mutation.logout': {
    endsSession: true,
    call: async (world) => ({
      query: 'mutation($t: String) { logout(refreshToken: $t) }',
      variables: { t: (await world.session()).refreshToken },
    }),
  },
  'Mutation.requestPasswordReset': {
    call: () => ({
      query: 'mutation($email: String!) { requestPasswordReset(email: $email) }',
      variables: { email: uniqueEmail('nobody') },
    }),
  },
  'Mutation.resetPassword': {
    call: () => ({
      query: 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }',
      variables: { input: { token: 'not-a-real-token', newPassword: PASSWORD } },
    }),
  },
  'Mutation.acceptInvitation': {
    call: () => ({
      query: 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }',
      variables: { input: { token: 'not-a-real-token', password: PASSWORD, fullName: 'Nobody' } },
    }),
  },
  'Query.me': { call: () => ({ query: '{ me { id } }' }) },
  'Mutation.inviteUser': {
    call: () => ({
      query: 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
      variables: { input: { email: uniqueEmail('invitee'), role: 'COACH' } },
    }),
  },
  'Mutation.inviteColleague': {
    scopedToCaller: true,
    call: () => ({
      query: 'mutation($email: String!) { inviteColleague(email: $email) { id } }',
      variables: { email: uniqueEmail('colleague') },
    }),
  },
  'Mutation.registerEmployer': {
    call: () => ({
      query:
        'mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { organisation { id } } }',
      // A KvK number of the wrong form: refused by the service after authorization, nothing is created.
      variables: {
        input: {
          organisation: {
            name: 'Matrix BV',
            kvkNumber: '123',
            street: 'Onderdoor',
            houseNumber: '1',
            postcode: '3991 AB',
            city: 'Houten',
            sector: 'Zorg',
          },
          member: {
            email: uniqueEmail('employer'),
            password: PASSWORD,
            fullName: 'Matrix Employer',
          },
        },
      },
    }),
  },
  'Query.myOrganisation': {
    scopedToCaller: true,
    call: () => ({ query: '{ myOrganisation { id } }' }),
  },
  'Query.organisationMembers': {
    call: (world) => ({
      query: 'query($id: ID) { organisationMembers(organisationId: $id) { id } }',
      variables: { id: world.organisation.id },
    }),
  },
  'Mutation.removeOrganisationMember': {
    call: (world) => ({
      query: 'mutation($id: ID!) { removeOrganisationMember(userId: $id) }',
      variables: { id: world.colleague.id },
    }),
  },
  'Mutation.verifyOrganisation': {
    call: (world) => ({
      query: 'mutation($id: ID!) { verifyOrganisation(organisationId: $id) { id } }',
      variables: { id: world.organisation.id },
    }),
  },
  'Query.organisationsAwaitingVerification': {
    scopedToCaller: true,
    call: () => ({ query: '{ organisationsAwaitingVerification { id } }' }),
  },
  'Mutation.assignToCaseload': {
    call: (world) => ({
      query:
        'mutation($s: ID!, $c: ID!) { assignToCaseload(jobSeekerId: $s, coachId: $c) { jobSeekerId } }',
      variables: { s: world.spareJobSeeker.id, c: world.coach.id },
    }),
  },
  'Mutation.removeFromCaseload': {
    call: (world) => ({
      query: 'mutation($s: ID!) { removeFromCaseload(jobSeekerId: $s) }',
      variables: { s: world.spareJobSeeker.id },
    }),
  },
  'Query.myCaseload': { scopedToCaller: true, call: () => ({ query: '{ myCaseload { id } }' }) },

  'Query.myDataAccessLog': { call: () => ({ query: '{ myDataAccessLog { nextCursor } }' }) },
  'Query.auditTrail': { call: () => ({ query: '{ auditTrail(first: 1) { nextCursor } }' }) },
  'Query.exportMyData': { call: () => ({ query: '{ exportMyData }' }) },
  'Mutation.eraseMyAccount': {
    // A wrong password: authorization is decided, and nobody is erased.
    call: () => ({
      query: 'mutation($p: String!) { eraseMyAccount(password: $p) }',
      variables: { p: `wrong-${randomUUID()}` },
    }),
  },

  // Vacancies: the world's draft, or its closed vacancy where a change could only be refused after authorization
  // (submitting the draft would be refused as FORBIDDEN because the world's organisation is not verified).
  'Mutation.createVacancy': {
    scopedToCaller: true,
    // Hours the wrong way round: refused by the service after authorization, nothing is created.
    call: () => ({
      query: 'mutation($input: VacancyInput!) { createVacancy(input: $input) { id } }',
      variables: { input: invalidVacancyInput },
    }),
  },
  'Mutation.updateVacancy': {
    call: (world) => ({
      query:
        'mutation($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { id } }',
      variables: { id: world.vacancy.id, input: invalidVacancyInput },
    }),
  },
  'Mutation.submitVacancy': {
    call: (world) => ({
      query: 'mutation($id: ID!) { submitVacancy(id: $id) { id } }',
      variables: { id: world.closedVacancy.id },
    }),
  },
  'Mutation.publishVacancy': {
    // A draft: refused as an invalid transition once authorization allowed the call.
    call: (world) => ({
      query: 'mutation($id: ID!) { publishVacancy(id: $id) { id } }',
      variables: { id: world.vacancy.id },
    }),
  },
  'Mutation.returnVacancy': {
    call: (world) => ({
      query: 'mutation($id: ID!, $r: String!) { returnVacancy(id: $id, reason: $r) { id } }',
      variables: { id: world.vacancy.id, r: 'Graag het uurloon vermelden.' },
    }),
  },
  'Mutation.closeVacancy': {
    call: (world) => ({
      query: 'mutation($id: ID!) { closeVacancy(id: $id) { id } }',
      variables: { id: world.closedVacancy.id },
    }),
  },
  'Query.vacancy': {
    call: (world) => ({
      query: 'query($id: ID!) { vacancy(id: $id) { id } }',
      variables: { id: world.vacancy.id },
    }),
  },
  'Query.myOrganisationVacancies': {
    scopedToCaller: true,
    call: () => ({ query: '{ myOrganisationVacancies(first: 1) { nextCursor } }' }),
  },
  'Query.vacanciesAwaitingReview': {
    scopedToCaller: true,
    call: () => ({ query: '{ vacanciesAwaitingReview(first: 1) { nextCursor } }' }),
  },
  'Query.myTalentProfile': {
    scopedToCaller: true,
    call: () => ({ query: '{ myTalentProfile { id } }' }),
  },
  'Query.talentProfileOf': {
    call: (world) => ({
      query: 'query($id: ID!) { talentProfileOf(jobSeekerId: $id) { id } }',
      variables: { id: world.jobSeeker.id },
    }),
  },
  'Query.caseloadTalentProfiles': {
    scopedToCaller: true,
    call: () => ({ query: '{ caseloadTalentProfiles(first: 1) { nextCursor } }' }),
  },
  'Query.searchVacancies': {
    call: () => ({ query: '{ searchVacancies(query: "kok", first: 1) { total } }' }),
  },
  'Query.searchTalentProfiles': {
    call: () => ({ query: '{ searchTalentProfiles(query: "zorg", first: 1) { total } }' }),
  },
  'Query.anonymisedTalentProfile': {
    // Once a sample paused the profile this is NOT_FOUND, which still shows authorization allowed the call.
    call: (world) => ({
      query: 'query($id: ID!) { anonymisedTalentProfile(id: $id) { id } }',
      variables: { id: world.talentProfile.id },
    }),
  },
  'Mutation.saveTalentProfile': {
    call: (world) => ({
      query:
        'mutation($s: ID, $input: SaveTalentProfileInput!) { saveTalentProfile(jobSeekerId: $s, input: $input) { id } }',
      variables: { s: world.jobSeeker.id, input: { travelKm: 12 } },
    }),
  },
  'Mutation.assessTalentProfile': {
    call: (world) => ({
      query:
        'mutation($s: ID!, $input: AssessTalentProfileInput!) { assessTalentProfile(jobSeekerId: $s, input: $input) { id } }',
      variables: { s: world.jobSeeker.id, input: { participationLevel: 3 } },
    }),
  },
  'Mutation.publishTalentProfile': {
    // Own profile only; published already (an invalid transition) or, for another job seeker, none.
    scopedToCaller: true,
    call: () => ({ query: 'mutation { publishTalentProfile { id } }' }),
  },
  'Mutation.pauseTalentProfile': {
    call: (world) => ({
      query: 'mutation($s: ID) { pauseTalentProfile(jobSeekerId: $s) { id } }',
      variables: { s: world.jobSeeker.id },
    }),
  },
  'Mutation.confirmTalentProfile': {
    scopedToCaller: true,
    call: () => ({ query: 'mutation { confirmTalentProfile { id } }' }),
  },

  // Match proposals: both sides given, so each role's relation (organisation, region, ownership, caseload) is
  // established through the side it relates to; the world has no proposals, so an allowed call finds none.
  'Query.matchProposals': {
    call: (world) => ({
      query:
        'query($v: ID, $s: ID) { matchProposals(vacancyId: $v, jobSeekerId: $s, first: 1) { nextCursor } }',
      variables: { v: world.vacancy.id, s: world.jobSeeker.id },
    }),
  },
  'Mutation.recomputeMatches': {
    call: () => ({ query: 'mutation { recomputeMatches { jobId state } }' }),
  },
  'Query.queueOverview': {
    call: () => ({ query: '{ queueOverview { name failed } }' }),
  },
  'Mutation.queueDashboardLink': {
    call: () => ({ query: 'mutation { queueDashboardLink { path expiresAt } }' }),
  },

  // The matrix's database has no ESCO import: suggestions come back empty and unknown ids are refused as bad
  // input, both after authorization decided.
  'Query.suggestSkills': {
    call: () => ({ query: '{ suggestSkills(text: "verpleeg") { match } }' }),
  },
  'Query.suggestOccupations': {
    call: () => ({ query: '{ suggestOccupations(text: "verpleeg") { match } }' }),
  },
  'Query.essentialSkills': {
    call: () => ({
      query: 'query($id: ID!) { essentialSkills(occupationId: $id) { id } }',
      variables: { id: NO_ID },
    }),
  },
  'Query.occupationSkills': {
    call: () => ({
      query: 'query($id: ID!) { occupationSkills(occupationId: $id) { relation } }',
      variables: { id: NO_ID },
    }),
  },
  'Query.skill': {
    call: () => ({ query: 'query($id: ID!) { skill(id: $id) { id } }', variables: { id: NO_ID } }),
  },
  'Query.occupation': {
    call: () => ({
      query: 'query($id: ID!) { occupation(id: $id) { id } }',
      variables: { id: NO_ID },
    }),
  },

  // Approvals: the world's approved proposal already has its placement, so every decision, outcome and
  // placement on it is refused as an invalid transition once authorization allowed the call, and nothing in
  // the world changes; its placement's follow-up is not due yet.
  'Query.approvalQueue': {
    scopedToCaller: true,
    call: () => ({ query: '{ approvalQueue(first: 1) { nextCursor } }' }),
  },
  'Mutation.approveMatchProposal': {
    call: (world) => ({
      query: 'mutation($id: ID!) { approveMatchProposal(id: $id) { id } }',
      variables: { id: world.approvedProposalId },
    }),
  },
  'Mutation.rejectMatchProposal': {
    call: (world) => ({
      query: 'mutation($id: ID!) { rejectMatchProposal(id: $id, reason: SKILLS) { id } }',
      variables: { id: world.approvedProposalId },
    }),
  },
  'Mutation.decideMatchProposals': {
    call: (world) => ({
      query:
        'mutation($d: [MatchDecisionInput!]!) { decideMatchProposals(decisions: $d) { proposalId error { code } } }',
      variables: { d: [{ proposalId: world.approvedProposalId, action: 'APPROVE' }] },
    }),
  },
  'Mutation.expressInterest': {
    // The world's vacancy is a draft: refused once authorization allowed the call.
    call: (world) => ({
      query: 'mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
      variables: {
        input: {
          vacancyId: world.vacancy.id,
          talentProfileId: world.talentProfile.id,
          jobSeekerId: world.jobSeeker.id,
        },
      },
    }),
  },
  'Mutation.recordMatchOutcome': {
    call: (world) => ({
      query:
        'mutation($id: ID!) { recordMatchOutcome(proposalId: $id, outcome: INTERVIEW_PLANNED) { id } }',
      variables: { id: world.approvedProposalId },
    }),
  },
  'Mutation.recordPlacement': {
    call: (world) => ({
      query:
        'mutation($id: ID!, $input: PlacementInput!) { recordPlacement(proposalId: $id, input: $input) { id } }',
      variables: {
        id: world.approvedProposalId,
        input: { startDate: '2099-01-01', hoursPerWeek: 24 },
      },
    }),
  },
  'Mutation.confirmStillInWork': {
    call: (world) => ({
      query:
        'mutation($id: ID!) { confirmStillInWork(placementId: $id, stillInWork: true) { id } }',
      variables: { id: world.placementId },
    }),
  },
  'Query.matchIntroduction': {
    call: (world) => ({
      query: 'query($id: ID!) { matchIntroduction(proposalId: $id) { proposalId } }',
      variables: { id: world.approvedProposalId },
    }),
  },
  'Query.myMatches': {
    scopedToCaller: true,
    call: () => ({ query: '{ myMatches(first: 1) { nextCursor } }' }),
  },
  'Query.organisationMatches': {
    call: (world) => ({
      query: 'query($v: ID) { organisationMatches(vacancyId: $v, first: 1) { nextCursor } }',
      variables: { v: world.vacancy.id },
    }),
  },
  'Query.placementFigures': {
    call: () => ({
      query: '{ placementFigures(from: "2026-01-01", to: "2026-12-31") { placements outflow } }',
    }),
  },
  'Query.notifications': {
    scopedToCaller: true,
    call: () => ({ query: '{ notifications(first: 1) { unreadCount } }' }),
  },
  'Mutation.markNotificationsRead': {
    scopedToCaller: true,
    call: () => ({ query: 'mutation { markNotificationsRead }' }),
  },
};
