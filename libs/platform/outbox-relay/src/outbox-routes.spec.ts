import { MatchingOutboxEventJob, SearchIndexOutboxEventJob } from './outbox-event.job';
import { jobsForEvent, OutboxRoute } from './outbox-routes';

describe('jobsForEvent', () => {
  it('sends talent-profile and vacancy events to search and matching', () => {
    for (const aggregateType of ['talent-profile', 'vacancy']) {
      expect(jobsForEvent({ aggregateType, eventType: `${aggregateType}.published` })).toEqual([
        SearchIndexOutboxEventJob,
        MatchingOutboxEventJob,
      ]);
    }
  });

  it('sends person.erased to search and matching whatever its aggregate', () => {
    expect(jobsForEvent({ aggregateType: 'person', eventType: 'person.erased' })).toEqual([
      SearchIndexOutboxEventJob,
      MatchingOutboxEventJob,
    ]);
  });

  it('sends events nobody consumes nowhere', () => {
    expect(
      jobsForEvent({ aggregateType: 'organisation', eventType: 'organisation.verified' }),
    ).toEqual([]);
  });

  it('names a job once when several routes match the event', () => {
    const routes: OutboxRoute[] = [
      { aggregateType: 'vacancy', jobs: [SearchIndexOutboxEventJob] },
      { eventType: 'vacancy.closed', jobs: [SearchIndexOutboxEventJob, MatchingOutboxEventJob] },
    ];
    expect(jobsForEvent({ aggregateType: 'vacancy', eventType: 'vacancy.closed' }, routes)).toEqual(
      [SearchIndexOutboxEventJob, MatchingOutboxEventJob],
    );
  });
});

describe('outbox event jobs', () => {
  const data = {
    outboxEventId: '42',
    aggregateType: 'vacancy',
    aggregateId: '6f1c1c9e-8f0e-4a8e-9a8e-0b7c3c1d2e3f',
    eventType: 'vacancy.published',
  };

  it('give every event the same job id on every attempt, without the colon BullMQ refuses', () => {
    expect(SearchIndexOutboxEventJob.jobId?.(data)).toBe('outbox-42');
    expect(MatchingOutboxEventJob.jobId?.(data)).toBe('outbox-42');
  });

  it('accept ids only and refuse a payload without an event id', () => {
    expect(SearchIndexOutboxEventJob.schema.safeParse(data).success).toBe(true);
    expect(SearchIndexOutboxEventJob.schema.safeParse({ ...data, outboxEventId: '' }).success).toBe(
      false,
    );
  });
});
