/**
 * Ranking metrics over graded relevance (0–3). `ranked` is the list as proposed, best first; `relevance` gives the
 * grade per id, and an id without a grade counts as 0.
 */
export type Grades = Readonly<Record<string, number>>;

const grade = (relevance: Grades, id: string) => relevance[id] ?? 0;

/**
 * Share of the first k proposals that are relevant (grade at least `minGrade`, by default 2: a good proposal).
 * The denominator is k, or the number of relevant items when there are fewer, so a person for whom only three
 * vacancies are suitable can still reach 1. With nothing relevant at all, proposing nothing is right (1) and
 * proposing anything is not (0).
 */
export function precisionAtK(
  ranked: readonly string[],
  relevance: Grades,
  k: number,
  minGrade = 2,
): number {
  const relevantCount = Object.values(relevance).filter((value) => value >= minGrade).length;
  const top = ranked.slice(0, k);
  if (relevantCount === 0) return top.length === 0 ? 1 : 0;
  const hits = top.filter((id) => grade(relevance, id) >= minGrade).length;
  return hits / Math.min(k, relevantCount);
}

const gain = (value: number) => 2 ** value - 1;
const discount = (index: number) => Math.log2(index + 2);

function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, value, index) => sum + gain(value) / discount(index), 0);
}

/**
 * Normalised discounted cumulative gain of the first k proposals (gain 2^grade − 1, discount log2(rank + 1)),
 * against the best possible order of every graded item. With nothing relevant at all it is 1 when nothing was
 * proposed and 0 otherwise, as for precision.
 */
export function ndcgAtK(ranked: readonly string[], relevance: Grades, k: number): number {
  const ideal = dcg(
    Object.values(relevance)
      .filter((value) => value > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  const top = ranked.slice(0, k);
  if (ideal === 0) return top.length === 0 ? 1 : 0;
  return dcg(top.map((id) => grade(relevance, id))) / ideal;
}
