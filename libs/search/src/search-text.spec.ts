import { buildTextQuery } from './postgres/postgres-query-text';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  cleanText,
  highlightParts,
  queryWords,
} from './search-text';

describe('query words', () => {
  it('keeps letters and digits only, lower case without accents', () => {
    expect(queryWords(`Café "kok" OR 1=1; --drop`, 10)).toEqual({
      words: ['cafe', 'kok', 'or', '1', '1', 'drop'],
      prefixLast: true,
    });
  });

  it('treats the last word as still being typed unless a space or sign follows it', () => {
    expect(queryWords('verpleeg', 10).prefixLast).toBe(true);
    expect(queryWords('verpleeg ', 10).prefixLast).toBe(false);
    expect(queryWords('verpleeg.', 10).prefixLast).toBe(false);
  });

  it('keeps at most the first words, none of them a prefix then', () => {
    expect(queryWords('een twee drie vier', 2)).toEqual({
      words: ['een', 'twee'],
      prefixLast: false,
    });
  });
});

describe('highlights', () => {
  it('splits marked text into matched and unmatched pieces', () => {
    expect(highlightParts(`De ${HIGHLIGHT_START}kok${HIGHLIGHT_END} kookt`)).toEqual([
      { text: 'De ', matched: false },
      { text: 'kok', matched: true },
      { text: ' kookt', matched: false },
    ]);
  });

  it('has nothing to show when nothing matched', () => {
    expect(highlightParts('De kok kookt')).toBeUndefined();
  });

  it('removes the marks and control characters from document text', () => {
    expect(cleanText(`a${HIGHLIGHT_START}b\u0000c${HIGHLIGHT_END}\nd`)).toBe('abc\nd');
  });
});

describe('tsquery of the built-in engine', () => {
  const none = { synonyms: [], completions: [], corrections: [], prefix: null };

  it('requires every word through any of its terms', () => {
    expect(
      buildTextQuery([
        { ...none, own: 'kok', synonyms: ['chef'] },
        { ...none, own: 'groning', prefix: 'groningen' },
      ]),
    ).toEqual({ query: `('chef' | 'kok') & ('groning' | 'groningen':*)`, exact: null });
  });

  it('ranks exact matches above corrections with a second query without them', () => {
    expect(
      buildTextQuery([{ ...none, own: 'verpleegkundg', corrections: ['verpleegkund'] }]),
    ).toEqual({ query: `('verpleegkund' | 'verpleegkundg')`, exact: `'verpleegkundg'` });
  });

  it('quotes every term, so no operator can come from a lexeme', () => {
    expect(buildTextQuery([{ ...none, own: `it's & !x | y:*` }])?.query).toBe(`'it''s & !x | y:*'`);
  });

  it('leaves stop words out, and searches nothing without other words', () => {
    expect(buildTextQuery([{ ...none, own: null, prefix: 'en' }])).toBeNull();
  });
});
