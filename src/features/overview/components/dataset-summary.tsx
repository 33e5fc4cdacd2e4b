/** The dataset's counts from the manifest: what the build proved against the articles. */
import { DataErrorMessage, LoadingMessage } from '../../../components/data-state';
import { useManifest } from '../../../data/datasets';
import type { Manifest } from '../../../data/schemas/dataset';

const SHOWN: { key: keyof Manifest['counts']; label: string }[] = [
  { key: 'articles', label: 'articles' },
  { key: 'facts', label: 'stated facts' },
  { key: 'derivedFacts', label: 'derived facts' },
  { key: 'quotedPeople', label: 'people quoted' },
  { key: 'people', label: 'people named' },
  { key: 'organisations', label: 'organisations' },
  { key: 'corridors', label: 'corridors and pipelines' },
  { key: 'mentions', label: 'mentions' },
];

export function DatasetSummary() {
  const manifest = useManifest();
  if (manifest.status === 'pending') return <LoadingMessage what="the dataset summary" />;
  if (manifest.status === 'error') return <DataErrorMessage what="The dataset summary" error={manifest.error} onRetry={manifest.retry} />;
  const { counts, datasetVersion } = manifest.data;
  return (
    <div className="summary">
      <dl className="summary__counts">
        {SHOWN.map(({ key, label }) => (
          <div key={key} className="summary__count">
            <dt>{label}</dt>
            <dd>{counts[key]}</dd>
          </div>
        ))}
      </dl>
      <p className="summary__version">
        Dataset version <code>{datasetVersion}</code>
      </p>
    </div>
  );
}
