/**
 * A data-build problem: which annotation file, which entry, and why. The build collects all of
 * them rather than stopping at the first, so one run shows everything to fix.
 */
export interface DataError {
  /** The annotation or corpus file, relative to pipeline/ (e.g. "annotations/facts.yaml"). */
  file: string;
  /** The entry: its id when it has one, else its position ("#3"). */
  entry: string;
  reason: string;
}

export function formatDataError(error: DataError): string {
  return `${error.file} › ${error.entry}: ${error.reason}`;
}

/** Collects errors for one file; `entryName` turns an entry into the label used in messages. */
export class ErrorCollector {
  readonly errors: DataError[] = [];

  add(file: string, entry: string, reason: string): void {
    this.errors.push({ file, entry, reason });
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }
}

/** "trade-turnover-2024" for entries with an id, the quoted text for dismissals, "#3" otherwise. */
export function entryLabel(entry: unknown, index: number): string {
  if (entry && typeof entry === 'object') {
    if ('id' in entry && typeof entry.id === 'string') return entry.id;
    if ('text' in entry && typeof entry.text === 'string') return `"${entry.text}"`;
  }
  return `#${index}`;
}
