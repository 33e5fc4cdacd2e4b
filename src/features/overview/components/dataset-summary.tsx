/** The dataset's counts from the manifest: what the build proved against the articles. */
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { useManifest } from '../../../data/datasets';
import type { Manifest } from '../../../data/schemas/dataset';
import type { MessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-i18n';

const SHOWN: { key: keyof Manifest['counts']; label: MessageKey }[] = [
  { key: 'articles', label: 'overview.countArticles' },
  { key: 'facts', label: 'overview.countFacts' },
  { key: 'derivedFacts', label: 'overview.countDerived' },
  { key: 'quotedPeople', label: 'overview.countQuoted' },
  { key: 'people', label: 'overview.countPeople' },
  { key: 'organisations', label: 'overview.countOrganisations' },
  { key: 'corridors', label: 'overview.countCorridors' },
  { key: 'mentions', label: 'overview.countMentions' },
];

export function DatasetSummary() {
  const t = useT();
  const manifest = useManifest();
  if (manifest.status === 'pending') return <LoadingMessage what={t('overview.summaryLoading')} />;
  if (manifest.status === 'error')
    return <DataErrorMessage what={t('overview.summaryFailed')} error={manifest.error} onRetry={manifest.retry} />;
  const { counts, datasetVersion } = manifest.data;
  return (
    <div className="summary">
      <dl className="summary__counts">
        {SHOWN.map(({ key, label }) => (
          <div key={key} className="summary__count">
            <dt>{t(label)}</dt>
            <dd>{counts[key]}</dd>
          </div>
        ))}
      </dl>
      <p className="summary__version">
        {t('overview.version')} <code>{datasetVersion}</code>
      </p>
    </div>
  );
}
