import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePatterns, indexAliases, matchAliases, tokenize, wordsMatch, type AliasPattern } from '../../pipeline/extract/mentions';

const word = (text: string) => tokenize(text)[0]!;
const alias = (entity: string, text: string): AliasPattern => ({ entity, words: tokenize(text), onlyIn: null });

describe('wordsMatch', () => {
  it.each([
    ['Арутюнов', 'Арутюнова'],
    ['Арутюнов', 'Арутюновым'],
    ['Астана', 'Астане'],
    ['Китай', 'Китая'],
    ['Тасым', 'Тасыма'],
    ['Тулиндинова', 'Тулиндиновой'],
    ['Азия', 'Азии'],
  ])('matches %s with %s', (name, form) => {
    expect(wordsMatch(word(form), word(name))).toBe(true);
  });

  it.each([
    ['Индия', 'индустрии'],
    ['Россия', 'Российской'],
    ['Казахстан', 'казахстанский'],
    ['ШОС', 'шоссе'],
  ])('does not match %s with %s', (name, other) => {
    expect(wordsMatch(word(other), word(name))).toBe(false);
  });
});

describe('matchAliases', () => {
  it('prefers the longest name and keeps offsets into the text', () => {
    const text = 'профессор международного университета "Астана" Таисия Мармонтова, в Астане';
    const matches = matchAliases(
      text,
      tokenize(text),
      [alias('aiu', 'Международный университет Астана'), alias('astana', 'Астана'), alias('tm', 'Таисия Мармонтова')],
      'x',
    );
    expect(matches.map((m) => [m.entity, m.surface])).toEqual([
      ['aiu', 'международного университета "Астана'],
      ['tm', 'Таисия Мармонтова'],
      ['astana', 'Астане'],
    ]);
    expect(text.slice(matches[2]!.start, matches[2]!.end)).toBe('Астане');
  });

  it('requires a one-word name to keep its capital', () => {
    const text = 'на пути к согласию, сказал Путин';
    expect(matchAliases(text, tokenize(text), [alias('putin', 'Путин')], 'x').map((m) => m.surface)).toEqual(['Путин']);
  });

  it('splits words a capture glued together', () => {
    expect(tokenize('в АстануАСТАНА, 29').map((t) => t.text)).toEqual(['в', 'Астану', 'АСТАНА', '29']);
  });

  it('limits an alias with onlyIn to its articles', () => {
    const text = 'Александр, как Вы оцениваете';
    const pattern: AliasPattern = { entity: 'bobrov', words: tokenize('Александр'), onlyIn: ['kazpravda'] };
    expect(matchAliases(text, tokenize(text), [pattern], 'kazpravda')).toHaveLength(1);
    expect(matchAliases(text, tokenize(text), [pattern], 'other')).toHaveLength(0);
  });
});

describe('the alias index', () => {
  it('offers every pattern whose first word matches a token (checked on the corpus and its names)', async () => {
    const { realInputs } = await import('../pipeline/pipeline-inputs');
    const { candidatePatterns, indexAliases } = await import('../../pipeline/extract/mentions');
    const inputs = realInputs();
    const annotations = inputs.annotations as Record<string, { id: string; aliases: (string | { text: string })[] }[]>;
    const patterns: AliasPattern[] = ['people', 'organisations', 'places'].flatMap((file) =>
      annotations[file]!.flatMap((item) =>
        item.aliases.map((alias) => ({ entity: item.id, words: tokenize(typeof alias === 'string' ? alias : alias.text), onlyIn: null })),
      ),
    );
    const index = indexAliases(patterns);
    const words = new Map(Object.values(inputs.corpus).flatMap((text) => tokenize(text).map((token) => [token.norm, token] as const)));
    let matched = 0;
    const missed: string[] = [];
    for (const token of words.values()) {
      const offered = new Set(candidatePatterns(index, token));
      for (const pattern of patterns) {
        if (!wordsMatch(token, pattern.words[0]!)) continue;
        matched++;
        if (!offered.has(pattern)) missed.push(`${token.text} ~ ${pattern.words[0]!.text}`);
      }
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });

  // Few letters, so stems often start one another; some words in capitals (abbreviations match by norm only).
  const shortWord = fc
    .tuple(fc.stringMatching(/^[авеинорст]{1,9}$/), fc.constantFrom('lower', 'Capital', 'UPPER'))
    .map(([letters, form]) =>
      form === 'lower' ? letters : form === 'UPPER' ? letters.toUpperCase() : letters[0]!.toUpperCase() + letters.slice(1),
    );

  it('offers every pattern whose first word matches a token, for any words', () => {
    fc.assert(
      fc.property(fc.uniqueArray(shortWord, { minLength: 1, maxLength: 40 }), fc.array(shortWord, { maxLength: 40 }), (names, texts) => {
        const patterns = names.map((name) => alias(name, name));
        const index = indexAliases(patterns);
        for (const token of [...names, ...texts].map(word)) {
          const offered = new Set(candidatePatterns(index, token));
          const missed = patterns.filter((pattern) => wordsMatch(token, pattern.words[0]!) && !offered.has(pattern));
          expect(missed.map((pattern) => `${token.text} ~ ${pattern.entity}`)).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('does not offer a short word the longer names it cannot match', () => {
    // "на" is a two-letter stem: it matches forms at most two letters longer (see wordsMatch).
    const index = indexAliases([alias('short', 'Нана'), alias('long', 'Наида Наенко')]);
    expect(candidatePatterns(index, word('на')).map((pattern) => pattern.entity)).toEqual(['short']);
  });
});
