/**
 * The container logic the fact charts share: load facts, entities and articles (and the events,
 * for a chart that annotates its time axis), and build the chart's model for the current filters,
 * selection and language (memoised).
 */
import { useMemo } from 'react';
import { memoAcrossPrerender } from '../lib/prerender-memo';
import { combineLoadables, useDataset, type Loadable } from '../data/datasets';
import type { DatasetFiles } from '../data/schemas/dataset';
import { useLocale } from '../i18n/use-i18n';
import { filtersKey, type DataFilters } from '../lib/filters';
import type { Locale } from '../lib/format';
import { useFilters } from '../state/store';
import { useRelated } from './use-related';

export type FactInputs = Pick<DatasetFiles, 'facts' | 'entities' | 'articles'>;
export type FactEventInputs = FactInputs & Pick<DatasetFiles, 'events'>;

type Build<Data, Model> = (data: Data, filters: DataFilters, highlightedFacts: Set<string> | null, locale: Locale) => Model;

export function useFactModel<Model>(
  id: string,
  build: Build<FactEventInputs, Model>,
  options: { withEvents: true },
): FactModelResult<Model>;
export function useFactModel<Model>(id: string, build: Build<FactInputs, Model>): FactModelResult<Model>;
/** `id` names the view's model where the prerendered page carries it (src/lib/prerender-memo.ts). */
export function useFactModel<Model>(
  id: string,
  build: Build<FactEventInputs, Model>,
  options?: { withEvents: boolean },
): FactModelResult<Model> {
  const withEvents = options?.withEvents ?? false;
  const locale = useLocale();
  const filters = useFilters();
  const related = useRelated();
  const events = useDataset('events', withEvents);
  const loadable: Loadable<FactInputs & Partial<Pick<DatasetFiles, 'events'>>> = combineLoadables({
    facts: useDataset('facts'),
    entities: useDataset('entities'),
    articles: useDataset('articles'),
    // Views without a time axis to annotate do not wait for the events.
    ...(withEvents ? { events } : {}),
  });
  const data = loadable.status === 'success' ? loadable.data : null;
  const [facts, entities, articles, eventsData] = [data?.facts, data?.entities, data?.articles, data?.events];
  const model = useMemo(() => {
    if (!(facts && entities && articles && (eventsData || !withEvents))) return null;
    const compute = () =>
      build({ facts, entities, articles, events: eventsData ?? { events: [] } }, filters, related?.facts ?? null, locale);
    // The prerendered page's model is replayed on hydration: building it cold (the number and date
    // formatters' first use) is most of what a chart view costs a phone then. Only the default,
    // unselected state is ever prerendered.
    if (related) return compute();
    const key = [id, locale.language, filtersKey(filters), facts.facts.length].join('|');
    return memoAcrossPrerender('fact-model', key, compute);
  }, [id, build, facts, entities, articles, eventsData, withEvents, filters, related, locale]);
  return { loadable, model, related, locale };
}

export interface FactModelResult<Model> {
  loadable: Loadable<unknown>;
  model: Model | null;
  related: ReturnType<typeof useRelated>;
  locale: Locale;
}
