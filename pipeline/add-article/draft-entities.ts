/**
 * One draft entity for every capitalised name in an article's content that matches no known
 * person, organisation or place (the build's own name-candidate check finds them), with every
 * sentence it stands in. Case forms of one name make one draft ("Сапаров", "Сапарова"); a name
 * one of whose words is a word of a known entity's alias ("Алексей Николаевич" of "Алексей
 * Мартынов") proposes that entity. A region named in lower case by the states around it
 * ("государств залива") is drafted as a place.
 */
import { slugify, transliterate } from 'transliteration';
import { joinsName, tokenize, wordsMatch, type Token } from '../extract/mentions';
import { contentParts, type SegmentedArticle, type Span } from '../extract/segment-article';
import type { Alias, Annotations } from '../sources/annotation-schemas';
import { excerpt, findNameCandidates } from '../transform/coverage';
import { buildAliasPatterns, findMentions } from '../transform/mentions';
import { contentSentences, sentenceOf } from './sentences';

export type EntityKind = 'person' | 'organisation' | 'place';

export interface DraftedEntity {
  /** The name as it first stands in the text. */
  name: string;
  /** Every form it takes in the text. */
  forms: string[];
  sentences: string[];
  /** A known entity this name is a form of, when one of its words is a word of that entity's alias. */
  proposed: string | null;
  /** The guessed kind of a new entity. */
  kind: EntityKind;
  /** The first occurrence, "…сообщил [Ерлан Сапаров]…", for the YAML comment. */
  context: string;
  spans: Span[];
}

/** What the drafter needs of the known annotations: who exists, and which words are no names. */
export type KnownEntities = Pick<Annotations, 'people' | 'organisations' | 'places'> & {
  dismissedNames: Annotations['dismissals']['names'];
};

/** Nouns that make a capitalised adjective before them an organisation's name ("Зерновой ассоциации"). */
const ORGANISATION_NOUN =
  /^(?:институт|университет|ассоциац|компан|банк|совет|министерств|фонд|центр|агентств|комитет|корпорац|союз|организац|академи|служб|палат|парти|холдинг|завод|комбинат|акимат|правительств|посольств|клуб)/u;
const PLACE_PREPOSITION = /^(?:в|во|из|на|под|до|через|к|ко)$/u;
/** Who a person is, before the institution they belong to. */
const ROLE_NOUN =
  /^(?:директор\p{L}*|руководител\p{L}*|профессор\p{L}*|представител\p{L}*|сотрудник\p{L}*|ректор\p{L}*|председател\p{L}*|эксперт\p{L}*|доцент\p{L}*)$/u;
const ADJECTIVE = /^\p{Ll}+(?:ого|его|ой|ей|ый|ий|ая|яя|ых|их)$/u;
/** A capitalised title of up to a few words in quotation marks, with no sentence punctuation inside. */
const QUOTED_NAME = /[«"„“](\p{Lu}[^«»"„“”\n.!?,;:]{1,80})[»"“”]/gu;
/**
 * A region named in lower case by the states around it: "государств залива", "стран Персидского
 * залива", "государства региона". The name-candidate check sees no capital letter (or only the
 * adjective's) and would miss it.
 */
const REGION_PHRASE =
  /(?<!\p{L})(?:государств|стран)\p{L}{0,3}\s+(?:\p{Lu}\p{Ll}+(?:ого|ой|их)\s+)?(?:залива|бассейна|побережья|региона)(?!\p{L})/gu;
/** Russian surname endings in any case form. */
const SURNAME = /(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая|енко|ян|дзе|ули|улы|кызы)(?:а|у|ым|ом|е|ой|ого|ому|им|ую|ой)?$/u;

export function draftEntities(article: SegmentedArticle, known: KnownEntities): { drafts: DraftedEntity[]; matched: Set<string> } {
  const { patterns, kindOf } = buildAliasPatterns(known);
  const found = findMentions(article, patterns, kindOf, new Set());
  const candidates = findNameCandidates(article, found.tokenRuns, found.mentions, known.dismissedNames);
  const tokens = found.tokenRuns.flat();
  const tokenAt = new Map(tokens.map((token) => [token.start, token]));

  // Candidate words that join make one name; a capitalised word just before one (a first name at
  // the start of a sentence) belongs to it too.
  const names: Token[][] = [];
  let closed = false;
  const isPlace = (token: Token) =>
    found.mentions.some((mention) => mention.entityKind === 'place' && mention.start <= token.start && token.end <= mention.end);
  const isMentioned = (token: Token) => found.mentions.some((mention) => mention.start <= token.start && token.end <= mention.end);
  for (const candidate of candidates) {
    const token = tokenAt.get(candidate.start)!;
    const index = tokens.indexOf(token);
    const last = closed ? undefined : names.at(-1)?.at(-1);
    const next = tokens[index + 1];
    closed = false;
    if (last && tokens.indexOf(last) === index - 1 && joinsName(article.text, last, token)) names.at(-1)!.push(token);
    else {
      const previous = tokens[index - 1];
      const isFirstName =
        previous && /^\p{Lu}\p{Ll}/u.test(previous.text) && joinsName(article.text, previous, token) && !isMentioned(previous);
      names.push(isFirstName && !(next && ORGANISATION_NOUN.test(next.norm)) ? [previous, token] : [token]);
    }
    // "Зерновой ассоциации": the noun after a capitalised adjective is part of the name.
    if (next && ORGANISATION_NOUN.test(next.norm) && /^ +$/u.test(article.text.slice(token.end, next.start))) {
      names.at(-1)!.push(next);
      closed = true;
    }
  }

  // A title in quotation marks («Интервидение», "Евразийский мониторинг») is a name even though
  // the candidate check takes a word after a quotation mark for a sentence start.
  const quoted: Token[][] = [];
  const regions = new Set<Token[]>();
  for (const part of contentParts(article)) {
    for (const match of article.text.slice(part.start, part.end).matchAll(QUOTED_NAME)) {
      const start = part.start + match.index + 1;
      const words = tokenize(article.text, start, start + match[1]!.length);
      if (words.length === 0 || words.length > 6 || words.every((word) => isMentioned(word))) continue;
      quoted.push(words);
    }
    for (const match of article.text.slice(part.start, part.end).matchAll(REGION_PHRASE)) {
      const start = part.start + match.index;
      const words = tokenize(article.text, start, start + match[0].length);
      if (words.every((word) => isMentioned(word))) continue;
      quoted.push(words);
      regions.add(words);
    }
  }
  // An institution named in lower case after a person's role ("директор института новейших
  // государств", "представитель посольства России в Казахстане") is an organisation too.
  for (const run of found.tokenRuns) {
    run.forEach((token, index) => {
      if (!ROLE_NOUN.test(token.norm)) return;
      let first = index + 1;
      if (run[first] && ADJECTIVE.test(run[first]!.text) && run[first + 1] && ORGANISATION_NOUN.test(run[first + 1]!.text)) first += 1;
      const noun = run[first];
      if (!noun || !ORGANISATION_NOUN.test(noun.text) || isMentioned(noun)) return;
      if (!/^ +$/u.test(article.text.slice(run[first - 1]!.end, noun.start))) return;
      const start = first > index + 1 ? first - 1 : first;
      let last = first;
      for (let next = first + 1; next < run.length && next <= first + 6; next++) {
        const word = run[next]!;
        if (!/^[ «»"]+$/u.test(article.text.slice(run[next - 1]!.end, word.start))) break;
        if (/^\p{Lu}/u.test(word.text) && !isPlace(word)) break;
        last = next;
      }
      while (last > first && /^(?:в|и|на|по|с|для)$/u.test(run[last]!.norm)) last -= 1;
      quoted.push(run.slice(start, last + 1));
    });
  }
  const overlapsQuoted = (words: Token[]) =>
    quoted.some((other) => other[0]!.start < words.at(-1)!.end && words[0]!.start < other.at(-1)!.end);
  const isQuoted = new Set(quoted);
  names.splice(
    0,
    names.length,
    ...[...names.filter((words) => !overlapsQuoted(words)), ...quoted].sort((a, b) => a[0]!.start - b[0]!.start),
  );

  const knownWords = [...known.people, ...known.organisations, ...known.places].flatMap((entity) =>
    entity.aliases.flatMap((alias: Alias) =>
      tokenize(typeof alias === 'string' ? alias : alias.text)
        .filter((word) => /^\p{Lu}/u.test(word.text) && word.norm.length >= 3)
        .map((word) => ({ entity: entity.id, word })),
    ),
  );
  const sentences = contentSentences(article);
  const drafts: (DraftedEntity & { words: Token[] })[] = [];
  for (const words of names) {
    const span = { start: words[0]!.start, end: words.at(-1)!.end };
    const surface = article.text.slice(span.start, span.end);
    const same = drafts.find((draft) => isSameName(draft.words, words));
    const sentence = sentenceOf(sentences, span)?.text ?? surface;
    if (same) {
      if (!same.forms.includes(surface)) same.forms.push(surface);
      if (!same.sentences.includes(sentence)) same.sentences.push(sentence);
      same.spans.push(span);
      continue;
    }
    const votes = new Map<string, number>();
    for (const word of words)
      for (const knownWord of knownWords)
        if (wordsMatch(word, knownWord.word)) votes.set(knownWord.entity, (votes.get(knownWord.entity) ?? 0) + 1);
    const proposed = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    const before = tokens[tokens.indexOf(words[0]!) - 1];
    const after = tokens[tokens.indexOf(words.at(-1)!) + 1];
    drafts.push({
      name: surface,
      forms: [surface],
      sentences: [sentence],
      proposed,
      kind: regions.has(words) ? 'place' : isQuoted.has(words) ? 'organisation' : guessKind(words, before, after),
      context: excerpt(article.text, span),
      spans: [span],
      words,
    });
  }
  return { drafts: drafts.map(({ words: _words, ...draft }) => draft), matched: new Set(found.mentions.map((mention) => mention.entity)) };
}

/** Two names are one when word for word they are case forms of each other, or one is the other's last word (a surname alone). */
function isSameName(a: Token[], b: Token[]): boolean {
  if (a.length === b.length) return a.every((word, index) => wordsMatch(word, b[index]!));
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length === 1 && wordsMatch(shorter[0]!, longer.at(-1)!);
}

function guessKind(words: Token[], before: Token | undefined, after: Token | undefined): EntityKind {
  if (after && ORGANISATION_NOUN.test(after.norm)) return 'organisation';
  if (words.some((word) => /^[\p{Lu}\d-]{2,}$/u.test(word.text))) return 'organisation';
  if (words.length <= 3 && SURNAME.test(words.at(-1)!.norm)) return 'person';
  if (words.length === 1 && before && PLACE_PREPOSITION.test(before.norm)) return 'place';
  return words.length >= 2 ? 'person' : 'place';
}

/** An id for a new entity: the name in Latin letters, kebab-case ("Ерлан Сапаров" → erlan-saparov). */
export function entityId(name: string): string {
  return slugify(name, { lowercase: true, separator: '-' }).replace(/[^a-z0-9-]/gu, '') || 'entity';
}

/** The name in Latin letters: a first guess at nameEn for a person to check. */
export function latinName(name: string): string {
  return transliterate(name);
}
