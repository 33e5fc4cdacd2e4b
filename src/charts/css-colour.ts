/**
 * The colour a CSS variable stands for right now (variables hold light-dark() pairs, which only a
 * colour property resolves), as rgb(): for standalone files and canvases, which cannot see them.
 */
export function resolveCssColour(variable: string, within: Element = document.documentElement): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  within.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}
