import { KeptUntilChanged } from './kept-until-changed';

describe('KeptUntilChanged', () => {
  let now = 0;
  const kept = () => new KeptUntilChanged<number>(2, 1_000, () => now);

  beforeEach(() => {
    now = 0;
  });

  it('gives back what was kept under the same stamp', () => {
    const counts = kept();
    counts.set('routes=PAID_JOB', '1:4', 120);
    expect(counts.get('routes=PAID_JOB', '1:4')).toBe(120);
  });

  it('forgets what was kept once the index was written', () => {
    const counts = kept();
    counts.set('routes=PAID_JOB', '1:4', 120);
    expect(counts.get('routes=PAID_JOB', '1:5')).toBeUndefined();
    // Forgotten for good: going back to the old stamp does not bring it back.
    expect(counts.get('routes=PAID_JOB', '1:4')).toBeUndefined();
  });

  it('forgets what is older than the age limit, even when no write was heard', () => {
    const counts = kept();
    counts.set('routes=PAID_JOB', '1:4', 120);
    now = 1_001;
    expect(counts.get('routes=PAID_JOB', '1:4')).toBeUndefined();
  });

  it('drops the least recently used beyond its capacity', () => {
    const counts = kept();
    counts.set('a', '1:1', 1);
    counts.set('b', '1:1', 2);
    expect(counts.get('a', '1:1')).toBe(1);
    counts.set('c', '1:1', 3);
    expect(counts.get('b', '1:1')).toBeUndefined();
    expect(counts.get('a', '1:1')).toBe(1);
    expect(counts.get('c', '1:1')).toBe(3);
    expect(counts.size).toBe(2);
  });
});
