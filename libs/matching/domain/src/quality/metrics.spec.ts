import { ndcgAtK, precisionAtK } from './metrics';

describe('precisionAtK', () => {
  const relevance = { a: 3, b: 2, c: 1, d: 0, e: 2, f: 3, g: 2 };

  it('counts proposals of grade 2 or more among the first k', () => {
    expect(precisionAtK(['a', 'c', 'b', 'd', 'x'], relevance, 5)).toBe(2 / 5);
    expect(precisionAtK(['a', 'b', 'e', 'f', 'g', 'c'], relevance, 5)).toBe(1);
  });

  it('divides by the number of relevant items when there are fewer than k', () => {
    expect(precisionAtK(['a', 'c'], { a: 3, b: 2, c: 1 }, 5)).toBe(1 / 2);
    expect(precisionAtK(['a', 'b', 'c'], { a: 3, b: 2, c: 1 }, 5)).toBe(1);
  });

  it('takes another minimum grade when asked', () => {
    expect(precisionAtK(['c', 'd'], relevance, 2, 1)).toBe(1 / 2);
  });

  it('rewards proposing nothing when nothing is relevant', () => {
    expect(precisionAtK([], { a: 0, b: 1 }, 5)).toBe(1);
    expect(precisionAtK(['b'], { a: 0, b: 1 }, 5)).toBe(0);
  });
});

describe('ndcgAtK', () => {
  it('is 1 for the ideal order and less for any other', () => {
    const relevance = { a: 3, b: 2, c: 1 };
    expect(ndcgAtK(['a', 'b', 'c'], relevance, 10)).toBe(1);
    expect(ndcgAtK(['c', 'b', 'a'], relevance, 10)).toBeLessThan(1);
    expect(ndcgAtK(['b', 'a', 'c'], relevance, 10)).toBeGreaterThan(
      ndcgAtK(['c', 'b', 'a'], relevance, 10),
    );
  });

  it('computes gain 2^grade − 1 discounted by log2 of the rank plus one', () => {
    // DCG = 3/log2(2) + 7/log2(3); ideal = 7/log2(2) + 3/log2(3).
    const expected = (3 + 7 / Math.log2(3)) / (7 + 3 / Math.log2(3));
    expect(ndcgAtK(['b', 'a'], { a: 3, b: 2 }, 10)).toBeCloseTo(expected, 12);
  });

  it('counts only the first k proposals and a relevant item left out against the ranking', () => {
    const relevance = { a: 3, b: 3 };
    expect(ndcgAtK(['x', 'a', 'b'], relevance, 1)).toBe(0);
    expect(ndcgAtK(['a'], relevance, 10)).toBeLessThan(1);
  });

  it('rewards proposing nothing when nothing is relevant', () => {
    expect(ndcgAtK([], { a: 0 }, 10)).toBe(1);
    expect(ndcgAtK(['a'], { a: 0 }, 10)).toBe(0);
  });
});
