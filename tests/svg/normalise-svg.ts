/**
 * Makes rendered SVG markup stable and reviewable: numbers rounded to one decimal, generated ids
 * renumbered in order of appearance, one element per line.
 */
export function normaliseSvg(markup: string): string {
  const ids = new Map<string, string>();
  const renumber = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
    return ids.get(id)!;
  };
  let text = markup
    // Ids that recharts and React generate (recharts1-clip, :r0:, «r1»).
    .replace(/\b(id|clip-path|href|aria-labelledby|aria-describedby)="([^"]*)"/g, (_, attribute: string, value: string) => {
      const replaced = value.replace(/(recharts\d+-[\w-]+|[:«]r[\w]+[:»])/g, (id) => renumber(id));
      return `${attribute}="${replaced}"`;
    })
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (/recharts\d+|[:«]r/.test(id) ? `url(#${renumber(id)})` : whole))
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (number) => String(Math.round(Number(number) * 10) / 10));
  text = text.replace(/></g, '>\n<');
  return `${text.trim()}\n`;
}
