import { VacancyStatus } from './vacancy-status';
import {
  VACANCY_CHANGED_EVENT,
  VACANCY_CLOSED_EVENT,
  VACANCY_PUBLISHED_EVENT,
  vacancyEventFor,
} from './vacancy-events';

const { DRAFT, SUBMITTED, PUBLISHED, FILLED, CLOSED, EXPIRED } = VacancyStatus;

describe('vacancyEventFor', () => {
  it('announces a publication and every edit of a published vacancy', () => {
    expect(vacancyEventFor(SUBMITTED, PUBLISHED)?.eventType).toBe(VACANCY_PUBLISHED_EVENT);
    expect(vacancyEventFor(PUBLISHED, PUBLISHED)?.eventType).toBe(VACANCY_CHANGED_EVENT);
  });

  it('announces the end of a published vacancy with its new status', () => {
    for (const status of [FILLED, CLOSED, EXPIRED])
      expect(vacancyEventFor(PUBLISHED, status)).toEqual({
        eventType: VACANCY_CLOSED_EVENT,
        payload: { status },
      });
  });

  it('stays silent about drafts, reviews and vacancies that end without ever being published', () => {
    expect(vacancyEventFor(DRAFT, DRAFT)).toBeNull();
    expect(vacancyEventFor(DRAFT, SUBMITTED)).toBeNull();
    expect(vacancyEventFor(SUBMITTED, DRAFT)).toBeNull();
    expect(vacancyEventFor(DRAFT, CLOSED)).toBeNull();
    expect(vacancyEventFor(SUBMITTED, EXPIRED)).toBeNull();
  });
});
