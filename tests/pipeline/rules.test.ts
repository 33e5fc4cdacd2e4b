/**
 * Each rule of the data build, fed a bad annotation: the build must fail naming the file, the
 * entry and the reason.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../pipeline/sources/load';
import { buildDataset } from '../../pipeline/transform/build-dataset';
import { buildWith, entry, expectError, realInputs } from './pipeline-inputs';

const FACTS = 'annotations/facts.yaml';

describe('the real annotations', () => {
  it('build without a single error', () => {
    const result = buildDataset(realInputs());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('quotes must be verbatim in the article body', () => {
  it('rejects a quote that is not in the article', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-turnover-2024').quote = 'В прошлом году взаимная торговля достигла 28 млрд долларов.';
    });
    expectError(result, FACTS, 'trade-turnover-2024', /is not found verbatim in article arutyunov-interview-2025/);
  });

  it('rejects a quote found only in page chrome inside the body', () => {
    const result = buildWith((a) => {
      const fact = entry(a, 'facts', 'trade-turnover-2024');
      fact.quote = 'Фото из личного архива Антона Арутюнова';
      fact.valueText = 'Антона';
    });
    expectError(result, FACTS, 'trade-turnover-2024', /found only in page chrome/);
  });

  it('rejects a quote from the page chrome after the body (a headline with a money figure)', () => {
    const result = buildWith((a) => {
      const fact = entry(a, 'facts', 'trade-turnover-2024');
      fact.quote = 'Завод почти на 50 млрд тенге построят в Актюбинской области';
      fact.valueText = '50 млрд тенге';
    });
    expectError(result, FACTS, 'trade-turnover-2024', /outside the body/);
  });

  it('checks quotes of quotes.yaml and event evidence too', () => {
    const result = buildWith((a) => {
      entry(a, 'quotes', 'q-bobrov-blocs').text = 'Казахстан и Россия тесно взаимодействуют в рамках НАТО.';
      (entry(a, 'events', 'declaration-comprehensive-partnership-2025').evidence as { text: string }[])[0]!.text = 'подписали договор';
    });
    expectError(result, 'annotations/quotes.yaml', 'q-bobrov-blocs', /not found verbatim/);
    expectError(result, 'annotations/events.yaml', 'declaration-comprehensive-partnership-2025', /not found verbatim/);
  });
});

describe("the quote's number must agree with the fact", () => {
  it('rejects a value that differs from the quote', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-turnover-2024').value = 29;
    });
    expectError(result, FACTS, 'trade-turnover-2024', /the quote says 28 \("28 млрд долларов"\) but value is 29/);
  });

  it('rejects a scale that differs from the quote', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-turnover-2024').scale = 'million';
    });
    expectError(result, FACTS, 'trade-turnover-2024', /scale is billion .* but scale is million/);
  });

  it('rejects a unit that differs from the quote', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'sme-trade-share-2023').unit = 'USD';
    });
    expectError(result, FACTS, 'sme-trade-share-2023', /the quote's unit is percent \("8%"\) but unit is USD/);
  });

  it('rejects a valueText that is not part of the quote', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-turnover-2024').valueText = '28 млрд рублей';
    });
    expectError(result, FACTS, 'trade-turnover-2024', /valueText "28 млрд рублей" is not part of/);
  });

  it('resolves "в прошлом году" against the article date and rejects the wrong year', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-turnover-2024').period = { type: 'year', year: 2025 };
    });
    expectError(result, FACTS, 'trade-turnover-2024', /periodText "В прошлом году" resolves to 2024 \(article year 2025\)/);
  });
});

describe('derived facts', () => {
  it('rejects a formula that does not reproduce the value', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-turnover-2021').value = 24;
    });
    expectError(
      result,
      FACTS,
      'trade-turnover-2021',
      /formula "turnover2022 \/ \(1 \+ growth2022 \/ 100\)" gives 23\.63\d* \(23\.6 at 1 decimals\) but value is 24/,
    );
  });

  it('rejects a formula that does not evaluate', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'gas-transit-china').formula = 'capacity - unknownInput';
    });
    expectError(result, FACTS, 'gas-transit-china', /does not evaluate/);
  });
});

describe('ids and references', () => {
  it('rejects a duplicated id', () => {
    const result = buildWith((a) => {
      const people = a.people as Record<string, unknown>[];
      people.push({ ...people[0]! });
    });
    expectError(result, 'annotations/people.yaml', 'anton-arutyunov', /duplicate person id "anton-arutyunov"/);
  });

  it('rejects an id shared by two kinds of entity', () => {
    const result = buildWith((a) => {
      entry(a, 'places', 'astana').id = 'kisi';
    });
    expectError(result, 'annotations/places.yaml', 'kisi', /already taken \(by a organisation entry\)/);
  });

  it('rejects references to an unknown person, topic, article and entity', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-turnover-2024').speaker = 'nobody-known';
      entry(a, 'facts', 'trade-growth-2022').topics = ['trade', 'astrology'];
      entry(a, 'quotes', 'q-bobrov-mgimo').article = 'no-such-article';
      entry(a, 'quotes', 'q-bobrov-blocs').about = ['nato'];
    });
    expectError(result, FACTS, 'trade-turnover-2024', /unknown person "nobody-known"/);
    expectError(result, FACTS, 'trade-growth-2022', /unknown topic "astrology"/);
    expectError(result, 'annotations/quotes.yaml', 'q-bobrov-mgimo', /unknown article "no-such-article"/);
    expectError(result, 'annotations/quotes.yaml', 'q-bobrov-blocs', /unknown entity "nato"/);
  });
});

describe('coordinates and corridors', () => {
  it('rejects a latitude out of range', () => {
    const result = buildWith((a) => {
      entry(a, 'places', 'astana').lat = 95;
    });
    expectError(result, 'annotations/places.yaml', 'astana', /lat: latitude above 90/);
  });

  it('rejects a waypoint longitude out of range, naming the corridor', () => {
    const result = buildWith((a) => {
      const corridors = (a.corridors as { corridors: { id: string; waypoints: Record<string, unknown>[] }[] }).corridors;
      corridors.find((c) => c.id === 'caspian-corridor')!.waypoints[0]!.lon = 200;
    });
    expectError(result, 'annotations/corridors.yaml', 'corridors caspian-corridor', /waypoints\[0\]\.lon: longitude above 180/);
  });

  it('rejects a corridor with fewer than two waypoints', () => {
    const result = buildWith((a) => {
      const corridors = (a.corridors as { corridors: { id: string; waypoints: unknown[] }[] }).corridors;
      const corridor = corridors.find((c) => c.id === 'oil-pipelines-kz-ru')!;
      corridor.waypoints = corridor.waypoints.slice(0, 1);
    });
    expectError(result, 'annotations/corridors.yaml', 'corridors oil-pipelines-kz-ru', /needs at least two waypoints, it has 1/);
  });

  it('rejects a corridor no quote is about', () => {
    const result = buildWith((a) => {
      entry(a, 'quotes', 'q-tulindinova-afghanistan').about = [];
    });
    expectError(result, 'annotations/corridors.yaml', 'corridors afghanistan-transit', /no quote in quotes.yaml is about it/);
  });
});

describe('coverage: nothing in the text is skipped silently', () => {
  it('rejects a number that no fact captures and no dismissal explains', () => {
    const result = buildWith((a) => {
      const dismissals = a.dismissals as { numbers: { text: string }[] };
      dismissals.numbers = dismissals.numbers.filter((d) => d.text !== 'Союз-5');
    });
    expectError(
      result,
      'annotations/articles.yaml',
      'sputnik-roundtable-2023',
      /number "5" in paragraph \d+ is neither captured .*Союз-\[5\]/,
    );
  });

  it('rejects a number written in words once its fact is gone', () => {
    const result = buildWith((a) => {
      a.facts = (a.facts as { id: string }[]).filter((fact) => fact.id !== 'university-branches-2025');
    });
    expectError(result, 'annotations/articles.yaml', 'kisi-tulindinova-2025', /number "девяти"/);
  });

  it('lists a capitalised name that matches no entity and no dismissal', () => {
    const result = buildWith((a) => {
      const dismissals = a.dismissals as { names: { text: string }[] };
      dismissals.names = dismissals.names.filter((d) => d.text !== 'МСБ');
    });
    const error = expectError(
      result,
      'annotations/dismissals.yaml',
      'names "МСБ"',
      /article sputnik-roundtable-2023, paragraph \d+, matches no entity/,
    );
    expect(error.reason).toContain('в сфере [МСБ]');
    expect(result.report?.nameCandidates.map((candidate) => candidate.word)).toEqual(['МСБ']);
  });

  it('rejects an entity none of whose aliases occurs in the articles', () => {
    const result = buildWith((a) => {
      entry(a, 'organisations', 'rosatom').aliases = ['Газпром'];
    });
    expectError(result, 'annotations/organisations.yaml', 'rosatom', /no alias of it is found/);
  });
});

describe('schemas and syntax', () => {
  it('names the entry and the key of a misspelt field', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-turnover-2024').speeker = 'anton-arutyunov';
    });
    expectError(result, FACTS, 'trade-turnover-2024', /Unrecognized key: "speeker"/);
  });

  it('names the file and line of a YAML syntax error', () => {
    const parsed = parseYaml('annotations/facts.yaml', '- id: a\n  quote: "unterminated\n- id: b\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.file).toBe('annotations/facts.yaml');
      expect(parsed.error.entry).toMatch(/^line \d+$/);
      expect(parsed.error.reason.length).toBeGreaterThan(0);
    }
  });

  it('rejects a corpus file whose bytes changed since it was annotated', () => {
    const result = buildWith((_a, corpus) => {
      corpus['002_c59459ff57a6a7fe.txt'] = corpus['002_c59459ff57a6a7fe.txt']!.replace('$26 млрд', '$27 млрд');
    });
    expectError(result, 'annotations/articles.yaml', 'sputnik-roundtable-2023', /corpus file 002_c59459ff57a6a7fe.txt has changed/);
  });

  it('rejects an article whose corpus file is missing, and a body marker not in the file', () => {
    const result = buildWith((a, corpus) => {
      delete corpus['002_c59459ff57a6a7fe.txt'];
      (entry(a, 'articles', 'kisi-tulindinova-2025').body as Record<string, string>).startsAt = 'Этого текста нет';
    });
    expectError(result, 'annotations/articles.yaml', 'sputnik-roundtable-2023', /corpus file 002_c59459ff57a6a7fe.txt does not exist/);
    expectError(result, 'annotations/articles.yaml', 'kisi-tulindinova-2025', /body.startsAt "Этого текста нет" is not in/);
  });
});

describe('every human-written text in both languages', () => {
  it('names the file, the entry, the field and the missing language', () => {
    const result = buildWith((a) => {
      delete entry(a, 'facts', 'sme-trade-share-2023').noteRu;
      delete entry(a, 'events', 'putin-state-visit-astana-2024').dateEvidenceEn;
      delete (entry(a, 'articles', 'arutyunov-interview-2025').outlet as Record<string, unknown>).evidenceRu;
      const corridors = (a.corridors as { corridors: Record<string, unknown>[] }).corridors;
      delete corridors.find((corridor) => corridor.id === 'afghanistan-transit')!.inferenceRu;
    });
    expectError(result, FACTS, 'sme-trade-share-2023', /noteEn has no Russian counterpart: add noteRu \(Russian\)/);
    expectError(result, 'annotations/events.yaml', 'putin-state-visit-astana-2024', /dateEvidenceRu has no English counterpart/);
    expectError(result, 'annotations/articles.yaml', 'arutyunov-interview-2025', /outlet.evidenceEn has no Russian counterpart/);
    expectError(result, 'annotations/corridors.yaml', 'corridors afghanistan-transit', /inferenceEn has no Russian counterpart/);
  });

  it('checks nested texts too: an open period note and a role', () => {
    const result = buildWith((a) => {
      delete (entry(a, 'facts', 'gas-pipeline-capacity').period as Record<string, unknown>).noteEn;
      delete (entry(a, 'people', 'ivan-alekseev').roles as Record<string, unknown>[])[0]!.textEn;
    });
    expectError(result, FACTS, 'gas-pipeline-capacity', /period.noteRu has no English counterpart/);
    expectError(result, 'annotations/people.yaml', 'ivan-alekseev', /roles\[0\].textRu has no English counterpart/);
  });

  it('rejects an event label longer than a time axis can hold', () => {
    const result = buildWith((a) => {
      entry(a, 'events', 'putin-state-visit-astana-2024').labelEn = 'Vladimir Putin visits Astana';
    });
    expectError(result, 'annotations/events.yaml', 'putin-state-visit-astana-2024', /labelEn: a short label has at most 24 characters/);
  });
});

describe('a quote is about only what it names', () => {
  it('rejects an about entity the quote does not mention (SCO is in the next sentence)', () => {
    const result = buildWith((a) => {
      (entry(a, 'quotes', 'q-arutyunov-blocs').about as string[]).push('sco');
    });
    expectError(result, 'annotations/quotes.yaml', 'q-arutyunov-blocs', /about names "sco", which the quote never mention/);
  });

  it('accepts it when a declared context sentence names it, and checks that sentence is verbatim', () => {
    const accepted = buildWith((a) => {
      const nuclear = entry(a, 'quotes', 'q-tulindinova-nuclear');
      (nuclear.about as string[]).push('rosatom');
      nuclear.context = 'первая из которых будет возводиться при участии «Росатома»';
    });
    expect(accepted.ok ? [] : accepted.errors).toEqual([]);
    const rejected = buildWith((a) => {
      const nuclear = entry(a, 'quotes', 'q-tulindinova-nuclear');
      (nuclear.about as string[]).push('rosatom');
      nuclear.context = 'при участии «Газпрома»';
    });
    expectError(rejected, 'annotations/quotes.yaml', 'q-tulindinova-nuclear', /context "при участии «Газпрома»": .*not found verbatim/);
    expectError(rejected, 'annotations/quotes.yaml', 'q-tulindinova-nuclear', /about names "rosatom"/);
  });
});

describe('derived qualifiers follow from their inputs', () => {
  it('rejects "about" where a lower bound in the denominator makes the result an upper bound', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-change-2022-2024').qualifier = 'about';
    });
    expectError(
      result,
      FACTS,
      'trade-change-2022-2024',
      /qualifier is "about" but its inputs make it "at-most": turnover2022 is more-than and the result falls with it/,
    );
  });

  it('rejects "exact" for a result computed from an input declared approximate', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-turnover-2021').qualifier = 'exact';
    });
    expectError(result, FACTS, 'trade-turnover-2021', /inputs make it "about": input growth2022 is approximate/);
  });

  it('rejects an approximate input that is not an input', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'trade-turnover-2021').approximateInputs = ['growth2021'];
    });
    expectError(result, FACTS, 'trade-turnover-2021', /approximateInputs names "growth2021", which is not one of its inputs/);
  });

  it('keeps "exact" when every input is exact', () => {
    const result = buildWith((a) => {
      entry(a, 'facts', 'gas-transit-china').qualifier = 'more-than';
    });
    expectError(result, FACTS, 'gas-transit-china', /inputs make it "exact": every input is exact/);
  });
});

describe('corridors and events say what the articles do not', () => {
  const corridorOf = (a: Record<string, unknown>, id: string) =>
    (a.corridors as { corridors: Record<string, unknown>[] }).corridors.find((corridor) => corridor.id === id)!;

  it('requires an inference text when the kind is inferred or a waypoint is unnamed, listing every unnamed waypoint', () => {
    const result = buildWith((a) => {
      const afghanistan = corridorOf(a, 'afghanistan-transit');
      delete afghanistan.inferenceRu;
      delete afghanistan.inferenceEn;
      corridorOf(a, 'transsib-joint-section').inferenceEn = 'No article names points on this route.';
    });
    expectError(
      result,
      'annotations/corridors.yaml',
      'corridors afghanistan-transit',
      /its kind is inferred and 5 waypoint\(s\) are named by no quote/,
    );
    expectError(
      result,
      'annotations/corridors.yaml',
      'corridors transsib-joint-section',
      /inferenceEn does not list the unnamed waypoint "Kurgan"/,
    );
  });

  it('rejects an event participant or place its evidence does not name (the Soyuz-5 speaker, Baikonur)', () => {
    const result = buildWith((a) => {
      const soyuz = entry(a, 'events', 'soyuz-5-first-launch-plan');
      soyuz.participants = ['artur-suleimenov'];
      soyuz.place = 'baikonur';
    });
    expectError(
      result,
      'annotations/events.yaml',
      'soyuz-5-first-launch-plan',
      /participant "artur-suleimenov" is not named in the paragraph/,
    );
    expectError(result, 'annotations/events.yaml', 'soyuz-5-first-launch-plan', /place "baikonur" is not named/);
  });
});

describe('paragraph topics come from a reviewed list', () => {
  const TOPICS = 'annotations/paragraph-topics.yaml';
  it('rejects a paragraph with no entry, an entry out of step with the text, and an unknown topic', () => {
    const result = buildWith((a) => {
      const list = a.paragraphTopics as Record<string, unknown>[];
      const at = (article: string, paragraph: number) => list.findIndex((item) => item.article === article && item.paragraph === paragraph);
      list.splice(at('kazpravda-bobrov-2025', 3), 1);
      list[at('kazpravda-bobrov-2025', 4)]!.starts = 'Впечатления ужасные';
      list[at('kazpravda-bobrov-2025', 5)]!.topics = ['sport'];
    });
    expectError(result, TOPICS, 'kazpravda-bobrov-2025 paragraph 3', /has no reviewed topics/);
    expectError(result, TOPICS, 'kazpravda-bobrov-2025 paragraph 4', /not "Впечатления ужасные"/);
    expectError(result, TOPICS, 'kazpravda-bobrov-2025 paragraph 5', /unknown topic "sport"/);
  });
});
