/** Loading and error states shared by every view that waits for data. */
import { DataFileError } from '../data/fetch-json';

export function LoadingMessage({ what }: { what: string }) {
  return (
    <p className="state state--loading" role="status">
      Loading {what}…
    </p>
  );
}

/** Names the file and the problem, and offers a retry; the rest of the page keeps working. */
export function DataErrorMessage({ what, error, onRetry }: { what: string; error: Error; onRetry: () => void }) {
  const isFileError = error instanceof DataFileError;
  return (
    <div className="state state--error" role="alert">
      <p>
        <strong>{what} could not be shown.</strong>{' '}
        {isFileError ? (
          <>
            The data file <code>{error.file}</code> {error.problem}
          </>
        ) : (
          error.message
        )}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
