/** Loading and error states shared by every view that waits for data. */
import { DataFileError } from '../data/fetch-json';
import { useT } from '../i18n/use-i18n';

/** `what` is already in the reader's language ("the facts"). */
export function LoadingMessage({ what }: { what: string }) {
  const t = useT();
  return (
    <p className="state state--loading" role="status">
      {t('state.loading', { what })}
    </p>
  );
}

/** Names the file and the problem, and offers a retry; the rest of the page keeps working. */
export function DataErrorMessage({ what, error, onRetry }: { what: string; error: Error; onRetry: () => void }) {
  const t = useT();
  let problem = error.message;
  if (error instanceof DataFileError) {
    const details = error.details;
    problem =
      details.code === 'missing'
        ? t('state.fileMissing')
        : details.code === 'http'
          ? t('state.fileHttp', { status: details.status })
          : details.code === 'network'
            ? t('state.fileNetwork')
            : details.code === 'json'
              ? t('state.fileJson', { message: details.message })
              : t('state.fileFormat', { issues: details.issues });
  }
  return (
    <div className="state state--error" role="alert">
      <p>
        <strong>{t('state.couldNotShow', { what })}</strong>{' '}
        {error instanceof DataFileError ? (
          <>
            {t('state.theDataFile')} <code>{error.file}</code> {problem}
          </>
        ) : (
          problem
        )}
      </p>
      <button type="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}
