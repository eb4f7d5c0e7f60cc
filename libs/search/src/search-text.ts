import type { HighlightPart } from './search-request';

/**
 * Dutch stop words: PostgreSQL's `dutch` text-search configuration (Snowball's list) ignores exactly these, and the
 * Meilisearch indexes get the same list, so "een kok in de zorg" means "kok zorg" on both engines.
 */
export const DUTCH_STOP_WORDS: readonly string[] = [
  'de', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'een', 'hij', 'het', 'niet', 'zijn', 'is', 'was', 'op',
  'aan', 'met', 'als', 'voor', 'had', 'er', 'maar', 'om', 'hem', 'dan', 'zou', 'of', 'wat', 'mijn', 'men', 'dit',
  'zo', 'door', 'over', 'ze', 'zich', 'bij', 'ook', 'tot', 'je', 'mij', 'uit', 'der', 'daar', 'haar', 'naar',
  'heb', 'hoe', 'heeft', 'hebben', 'deze', 'u', 'want', 'nog', 'zal', 'me', 'zij', 'nu', 'ge', 'geen', 'omdat',
  'iets', 'worden', 'toch', 'al', 'waren', 'veel', 'meer', 'doen', 'toen', 'moet', 'ben', 'zonder', 'kan', 'hun',
  'dus', 'alles', 'onder', 'ja', 'eens', 'hier', 'wie', 'werd', 'altijd', 'doch', 'wordt', 'wezen', 'kunnen',
  'ons', 'zelf', 'tegen', 'na', 'reeds', 'wil', 'kon', 'niets', 'uw', 'iemand', 'geweest', 'andere',
]; // prettier-ignore

/**
 * Words people use for the same work. Each group is symmetric: searching any word also finds the others. Single
 * words only, lower case without accents, so that both engines apply them the same way.
 */
export const DUTCH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['verpleegkundige', 'verpleger', 'verpleegster'],
  ['verzorgende', 'verzorger', 'zorgmedewerker'],
  ['schoonmaker', 'schoonmaakster', 'schoonmaakmedewerker', 'interieurverzorger'],
  ['kok', 'chef', 'keukenchef'],
  ['afwasser', 'spoelkeukenmedewerker'],
  ['chauffeur', 'bestuurder', 'vrachtwagenchauffeur'],
  ['magazijnmedewerker', 'orderpicker', 'logistiekmedewerker'],
  ['heftruck', 'vorkheftruck'],
  ['horeca', 'catering'],
  ['vrijwilliger', 'vrijwilligster', 'vrijwilligerswerk'],
  ['hovenier', 'tuinman', 'groenvoorziener'],
  ['receptionist', 'receptioniste', 'baliemedewerker'],
  ['verkoper', 'verkoopster', 'verkoopmedewerker', 'winkelmedewerker'],
  ['monteur', 'technicus'],
  ['ict', 'it', 'automatisering'],
];

const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  DUTCH_SYNONYM_GROUPS.flatMap((group) =>
    group.map((word) => [word, group.filter((other) => other !== word)] as const),
  ),
);

/** The other words of a word's synonym group; empty when it has none. */
export function synonymsOf(word: string): readonly string[] {
  return SYNONYMS.get(word) ?? [];
}

/** Lower case, accents removed: how both engines compare words. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of a query, as both engines get them: letters and digits only, so no syntax can reach an engine. */
export function queryWords(text: string, max: number): { words: string[]; prefixLast: boolean } {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  const limited = words.slice(0, max);
  // A person still typing the last word wants it completed; a space (or punctuation) after it means it is whole.
  const prefixLast = limited.length === words.length && /[\p{L}\p{N}]$/u.test(text);
  return { words: limited, prefixLast: limited.length > 0 && prefixLast };
}

/*
 * Engines mark matches with these two characters from Unicode's private use area; they are removed from every
 * document text on the way in, so a mark in a result is always one an engine made.
 */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

// Control characters other than tab and newlines, and the two marks.
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000\uE001]/g;

/** Text as the indexes store it: without control characters or highlight marks. */
export function cleanText(text: string): string {
  return text.replace(UNWANTED, '');
}

/** Splits engine-marked text into plain pieces; undefined when nothing in it matched. */
export function highlightParts(marked: string): HighlightPart[] | undefined {
  if (!marked.includes(HIGHLIGHT_START)) return undefined;
  const parts: HighlightPart[] = [];
  const push = (text: string, matched: boolean) => {
    if (text.length === 0) return;
    const last = parts[parts.length - 1];
    if (last && last.matched === matched) last.text += text;
    else parts.push({ text, matched });
  };
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start < 0) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, start), false);
    const end = rest.indexOf(HIGHLIGHT_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    push(rest.slice(start + 1, stop), true);
    rest = rest.slice(stop + 1);
  }
  return parts.some((part) => part.matched) ? parts : undefined;
}
