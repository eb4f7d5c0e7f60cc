/**
 * The terms one query word may match, as the word table of an index found them: its own stem, the stems of its
 * synonyms, completions (when it is the word being typed) and corrections (when the index does not know it).
 */
export interface WordTerms {
  /** The word's own Dutch stem; null for a stop word, which the query then leaves out. */
  own: string | null;
  synonyms: string[];
  /** Stems of the indexed words it is the start of, when it is the word being typed ("verpleegkundi"). */
  completions: string[];
  /** Stems of known words within one typo (5–8 letters) or two (9 and more). */
  corrections: string[];
  /** The typed start itself, matched against the start of every stem: when too many words start with it. */
  prefix: string | null;
}

export interface TextQuery {
  /** What a document must match. */
  query: string;
  /** The same without corrections: documents that match it rank above those found through a typo. */
  exact: string | null;
}

/**
 * A lexeme as a tsquery literal. The words come from the database's own word split (letters and digits only), so
 * nothing here can be an operator, but quoting keeps it that way whatever a stemmer returns.
 */
function literal(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function group(terms: WordTerms, withCorrections: boolean): string | null {
  const lexemes = new Set<string>();
  if (terms.own) lexemes.add(terms.own);
  for (const lexeme of terms.synonyms) lexemes.add(lexeme);
  for (const lexeme of terms.completions) lexemes.add(lexeme);
  if (withCorrections) for (const lexeme of terms.corrections) lexemes.add(lexeme);
  const { prefix } = terms;
  // A stem the prefix match covers anyway would only make every row evaluate it twice.
  const alternatives = [...lexemes]
    .filter((lexeme) => !prefix || !lexeme.startsWith(prefix))
    .sort()
    .map(literal);
  if (prefix) alternatives.push(`${literal(prefix)}:*`);
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(' | ')})`;
}

/**
 * Every word must match (as Meilisearch's matching strategy "all"); each through any of its terms. Null when
 * nothing is left to search for (only stop words).
 */
export function buildTextQuery(words: WordTerms[]): TextQuery | null {
  // A stop word is left out, even as the word being typed: "zorg en" is a search for "zorg".
  const kept = words.filter((terms) => terms.own !== null);
  const groups = kept.map((terms) => group(terms, true)).filter((g): g is string => g !== null);
  if (groups.length === 0) return null;
  const corrected = kept.some((terms) => terms.corrections.length > 0);
  const exactGroups = kept.map((terms) => group(terms, false));
  return {
    query: groups.join(' & '),
    exact:
      corrected && exactGroups.every((g) => g !== null)
        ? (exactGroups as string[]).join(' & ')
        : null,
  };
}
