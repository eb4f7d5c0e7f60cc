import { RouteType } from '@werkmatch/work/domain';
import { IneligibilityCode, isEligible, travelDistance } from '../eligibility';
import { evaluateMatch } from '../proposals';
import { scoreMatch } from '../score-match';
import { LabelledProfile, MATCH_QUALITY_SET } from './labelled-set';
import { measureMatchQuality } from './match-quality';

const { profiles, vacancies } = MATCH_QUALITY_SET;
const profile = (id: string): LabelledProfile => {
  const found = profiles.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no profile ${id}`);
  return found;
};
const vacancy = (id: string) => {
  const found = vacancies.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no vacancy ${id}`);
  return found.vacancy;
};
const quality = measureMatchQuality();
const proposedTo = (id: string) =>
  quality.profiles
    .find((entry) => entry.profileId === id)
    ?.proposed.map((entry) => entry.vacancyId) ?? [];

describe('the labelled matching set', () => {
  it('names every vacancy once and labels only vacancies that exist, with grades 0–3', () => {
    const ids = vacancies.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(profiles.map((entry) => entry.id)).size).toBe(profiles.length);
    for (const entry of profiles)
      for (const [id, grade] of Object.entries(entry.relevance)) {
        expect(ids).toContain(id);
        expect([0, 1, 2, 3]).toContain(grade);
      }
  });

  it('covers paid jobs, learn-work, work experience, volunteer work, day activity and sheltered work, near and far', () => {
    const routes = new Set(vacancies.map((entry) => entry.vacancy.routeType));
    for (const route of [
      RouteType.PAID_JOB,
      RouteType.SUPPORTED_JOB,
      RouteType.LEARN_WORK,
      RouteType.WORK_EXPERIENCE,
      RouteType.PARTICIPATION_JOB,
      RouteType.VOLUNTEER,
      RouteType.DAY_ACTIVITY,
      RouteType.SHELTERED_WORK,
    ])
      expect(routes).toContain(route);
    let near = 0;
    let far = 0;
    for (const entry of profiles)
      for (const place of vacancies) {
        const distance = travelDistance(entry.candidate, place.vacancy);
        if (distance.kind === 'KM' && !distance.withinRange) far++;
        else near++;
      }
    expect(near).toBeGreaterThanOrEqual(50);
    expect(far).toBeGreaterThanOrEqual(50);
  });
});

describe('match quality on the labelled set', () => {
  it('ranks nursing and care-assistant vacancies above every warehouse vacancy for a nurse', () => {
    const nurse = profile('p01-nurse-houten').candidate;
    const care = [
      'v01-nurse-nursing-home-houten',
      'v02-district-nurse-utrecht',
      'v03-care-helper-nieuwegein',
      'v29-nurse-hospital-rotterdam',
    ].map((id) => scoreMatch(nurse, vacancy(id)).score);
    const warehouse = [
      'v06-warehouse-nieuwegein',
      'v07-forklift-utrecht',
      'v08-voice-picking-b2-houten',
    ].map((id) => scoreMatch(nurse, vacancy(id)).score);
    expect(Math.min(...care)).toBeGreaterThan(Math.max(...warehouse));
    expect(proposedTo('p01-nurse-houten').slice(0, 2)).toEqual([
      'v01-nurse-nursing-home-houten',
      'v02-district-nurse-utrecht',
    ]);
  });

  it('never proposes a vacancy beyond the travel range, however well it scores', () => {
    let strongButFar = 0;
    for (const entry of profiles)
      for (const place of vacancies) {
        const distance = travelDistance(entry.candidate, place.vacancy);
        if (distance.kind !== 'KM' || distance.withinRange) continue;
        const evaluation = evaluateMatch(entry.candidate, place.vacancy);
        expect(evaluation.proposable).toBe(false);
        expect(evaluation.eligibility.reasons.map((reason) => reason.code)).toContain(
          IneligibilityCode.BEYOND_TRAVEL_RANGE,
        );
        if (evaluation.score >= 80) strongButFar++;
      }
    // The bicycle mechanic in Houten (14 km, range 10), the cook's learn-work place (10.2 km, range 10) and the
    // nurse's Rotterdam hospital score high on everything else.
    expect(strongButFar).toBeGreaterThanOrEqual(3);
    expect(proposedTo('p12-bicycle-mechanic-wijk-bij-duurstede')).not.toContain(
      'v26-bicycle-mechanic-houten',
    );
    expect(proposedTo('p03-cook-overvecht')).not.toContain('v14-cook-learn-work-houten');
  });

  it('proposes a level-3 person volunteer and participation places and no regular job', () => {
    const id = 'p04-gardener-level-3-houten';
    const person = profile(id).candidate;
    expect(person.participationLevel).toBe(3);
    expect(person.wantedRouteTypes).toContain(RouteType.PAID_JOB);
    const proposed = proposedTo(id).map((vacancyId) => vacancy(vacancyId).routeType);
    expect(proposed.slice(0, 3).sort()).toEqual(
      [RouteType.PARTICIPATION_JOB, RouteType.VOLUNTEER, RouteType.VOLUNTEER].sort(),
    );
    expect(proposed).not.toContain(RouteType.PAID_JOB);
    // Also by score alone: the paid gardener's job ranks below the garden volunteer and participation places.
    const paid = scoreMatch(person, vacancy('v18-landscape-gardener-odijk')).score;
    for (const place of [
      'v16-community-garden-volunteer-houten',
      'v17-green-participation-job-houten',
    ])
      expect(scoreMatch(person, vacancy(place)).score).toBeGreaterThan(paid);
  });

  it('does not propose a B2 job to a person with A2 Dutch, even when the skills fit', () => {
    const id = 'p02-order-picker-nieuwegein';
    const place = vacancy('v08-voice-picking-b2-houten');
    const result = isEligible(profile(id).candidate, place);
    expect(result.reasons.map((reason) => reason.code)).toEqual([
      IneligibilityCode.DUTCH_BELOW_MINIMUM,
    ]);
    expect(result.reasons[0].nl).toBe('Nederlands A2, vereist B2');
    expect(scoreMatch(profile(id).candidate, place).score).toBeGreaterThan(60);
    expect(proposedTo(id)).not.toContain('v08-voice-picking-b2-houten');
  });

  it('proposes sheltered work only to the person with the indication, and the reserved cleaning job only to the person in the register', () => {
    for (const entry of quality.profiles) {
      const person = profile(entry.profileId).candidate;
      for (const vacancyId of entry.proposed.map((proposal) => proposal.vacancyId)) {
        const place = vacancy(vacancyId);
        if (place.routeType === RouteType.SHELTERED_WORK)
          expect(person.hasShelteredWorkIndication).toBe(true);
        if (place.reservedForJobAgreement) expect(person.inJobAgreementRegister).toBe(true);
      }
    }
    expect(proposedTo('p05-packer-sheltered-indication-houten')).toContain(
      'v09-packing-sheltered-houten',
    );
    expect(proposedTo('p06-cleaner-job-agreement-utrecht')[0]).toBe(
      'v11-cleaner-job-agreement-utrecht',
    );
  });

  it('reaches a mean P@5 of at least 0.95 and a mean nDCG@10 of at least 0.93, with no profile below nDCG@10 0.8', () => {
    expect(quality.profiles).toHaveLength(profiles.length);
    expect(quality.meanPrecisionAt5).toBeGreaterThanOrEqual(0.95);
    expect(quality.meanNdcgAt10).toBeGreaterThanOrEqual(0.93);
    for (const entry of quality.profiles) expect(entry.ndcgAt10).toBeGreaterThanOrEqual(0.8);
  });
});
