/**
 * Mentions are computed, never typed: each alias of each person, organisation and place is
 * searched in every article's content and credits. Co-mentions in one paragraph give the
 * network's edges.
 */
import type { Mention, MentionRole } from '../../src/data/schemas/dataset';
import type { NetworkObjects } from '../../src/data/schemas/network-columns';
import { indexAliases, matchAliases, tokenize, type AliasIndex, type AliasPattern, type Token } from '../extract/mentions';
import type { SegmentedArticle } from '../extract/segment-article';
import type { Alias, Annotations } from '../sources/annotation-schemas';
import { layoutNetwork, type LayoutMemo } from './network-layout';

type EntityKind = Mention['entityKind'];

export function buildAliasPatterns(annotations: Pick<Annotations, 'people' | 'organisations' | 'places'>): {
  patterns: AliasIndex;
  kindOf: Map<string, EntityKind>;
} {
  const kindOf = new Map<string, EntityKind>();
  const patterns: AliasPattern[] = [];
  const add = (kind: EntityKind, entries: { id: string; aliases: Alias[] }[]) => {
    for (const entry of entries) {
      kindOf.set(entry.id, kind);
      for (const alias of entry.aliases) {
        const text = typeof alias === 'string' ? alias : alias.text;
        patterns.push({ entity: entry.id, words: tokenize(text), onlyIn: typeof alias === 'string' ? null : alias.onlyIn });
      }
    }
  };
  add('person', annotations.people);
  add('organisation', annotations.organisations);
  add('place', annotations.places);
  return { patterns: indexAliases(patterns), kindOf };
}

/**
 * Chrome kinds whose names count as credits: who took the photo, who wrote the piece, who is in
 * the photo (a caption). They are found (so a name only there is known) but never counted.
 */
const CREDIT_CHROME = new Set(['photo-credit', 'byline', 'photo-caption']);

/**
 * All mentions in one article. A person is "quoted" in an article where they speak (a quote or a
 * fact of theirs), "mentioned" elsewhere, and "credit" inside a photo credit, caption or byline.
 */
export function findMentions(
  article: SegmentedArticle,
  patterns: AliasIndex,
  kindOf: Map<string, EntityKind>,
  speakers: Set<string>,
): { mentions: Mention[]; tokenRuns: Token[][]; creditRuns: Token[][] } {
  const mentions: Mention[] = [];
  /** Words of each content part: a part starts a new sentence for the name-candidate check. */
  const tokenRuns: Token[][] = [];
  /** Words of each credit part: read for names, never for name candidates. */
  const creditRuns: Token[][] = [];
  for (const paragraph of article.paragraphs) {
    for (const part of paragraph.parts) {
      const isCredit = part.chrome !== undefined && CREDIT_CHROME.has(part.chrome);
      if (part.chrome !== undefined && !isCredit) continue;
      const partTokens = tokenize(article.text, part.start, part.end);
      (isCredit ? creditRuns : tokenRuns).push(partTokens);
      for (const match of matchAliases(article.text, partTokens, patterns, article.id)) {
        const entityKind = kindOf.get(match.entity)!;
        const role: MentionRole = isCredit ? 'credit' : entityKind === 'person' && speakers.has(match.entity) ? 'quoted' : 'mentioned';
        mentions.push({
          entity: match.entity,
          entityKind,
          article: article.id,
          paragraph: paragraph.index,
          start: match.start,
          end: match.end,
          surface: match.surface,
          role,
        });
      }
    }
  }
  return { mentions, tokenRuns, creditRuns };
}

/** Where a person speaks: the paragraph of each of their quotes and facts. */
export interface SpeakerPresence {
  person: string;
  article: string;
  paragraph: number;
}

/** `localeCompare`'s order (the spec defines it as a default Intl.Collator's), without a collator per call. */
const compareIds = new Intl.Collator().compare;

/**
 * People and organisations mentioned in the same paragraph are linked; the weight counts
 * paragraphs. A speaker counts as present in the paragraphs they are quoted in, even where their
 * name is not (an interview's answers), so what they talk about links to them. Each node's
 * mentions are kept as paragraph numbers (`mentionParagraphs`): all the view needs of
 * mentions.json to count them under a filter.
 */
export function buildNetwork(
  mentions: Mention[],
  presences: SpeakerPresence[] = [],
  layoutMemo?: LayoutMemo,
): Omit<NetworkObjects, 'paragraphTopics'> & { mentionParagraphs: Record<string, Record<string, number[]>> } {
  const byParagraph = new Map<string, { article: string; paragraph: number; entities: Set<string> }>();
  const nodes = new Map<string, { kind: 'person' | 'organisation'; mentionCount: number; articles: Set<string> }>();
  const mentionParagraphs = new Map<string, Record<string, number[]>>();
  // Mentions come in text order, so most follow one in the same paragraph: its group is reused
  // without building the paragraph's key (most of this loop's time at ×1000).
  let last: { article: string; paragraph: number; entities: Set<string> } | undefined;
  for (const mention of mentions) {
    if (mention.role === 'credit' || mention.entityKind === 'place') continue;
    let node = nodes.get(mention.entity);
    if (!node) nodes.set(mention.entity, (node = { kind: mention.entityKind, mentionCount: 0, articles: new Set() }));
    node.mentionCount += 1;
    node.articles.add(mention.article);
    let byArticle = mentionParagraphs.get(mention.entity);
    if (!byArticle) mentionParagraphs.set(mention.entity, (byArticle = {}));
    (byArticle[mention.article] ??= []).push(mention.paragraph);
    if (last?.article !== mention.article || last.paragraph !== mention.paragraph) {
      const key = `${mention.article}#${mention.paragraph}`;
      last = byParagraph.get(key);
      if (!last) byParagraph.set(key, (last = { article: mention.article, paragraph: mention.paragraph, entities: new Set() }));
    }
    last.entities.add(mention.entity);
  }
  for (const presence of presences) {
    if (!nodes.has(presence.person)) continue; // a speaker never named in any body is no node
    const key = `${presence.article}#${presence.paragraph}`;
    const group = byParagraph.get(key) ?? { article: presence.article, paragraph: presence.paragraph, entities: new Set() };
    group.entities.add(presence.person);
    byParagraph.set(key, group);
  }
  const edges = new Map<string, NetworkObjects['edges'][number]>();
  for (const group of byParagraph.values()) {
    const members = [...group.entities].sort();
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = `${members[i]}|${members[j]}`;
        const edge = edges.get(key) ?? { source: members[i]!, target: members[j]!, weight: 0, paragraphs: [] };
        edge.weight += 1;
        edge.paragraphs.push({ article: group.article, paragraph: group.paragraph });
        edges.set(key, edge);
      }
    }
  }
  const sortedEdges = [...edges.values()].sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target));
  const sortedNodes = [...nodes.entries()]
    .map(([id, node]) => ({ id, kind: node.kind, mentionCount: node.mentionCount, articleCount: node.articles.size }))
    .sort((a, b) => compareIds(a.id, b.id));
  return {
    nodes: layoutNetwork(sortedNodes, sortedEdges, layoutMemo),
    edges: sortedEdges,
    mentionParagraphs: Object.fromEntries(sortedNodes.map((node) => [node.id, mentionParagraphs.get(node.id)!])),
  };
}
