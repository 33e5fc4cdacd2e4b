/** A sortable column header's button: the label and an arrow for the current direction. */
export function SortHeaderButton({
  label,
  direction,
  onSort,
}: {
  label: string;
  direction: 'ascending' | 'descending' | null;
  onSort: () => void;
}) {
  return (
    <button type="button" className="sort-button" onClick={onSort}>
      {label}
      <span aria-hidden="true" className="sort-button__arrow">
        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
      </span>
    </button>
  );
}
