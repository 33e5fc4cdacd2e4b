/**
 * The colour a CSS variable stands for right now (variables hold light-dark() pairs, which only a
 * colour property resolves), as rgb(): for standalone files and canvases, which cannot see them.
 */
export function resolveCssColour(variable: string, within: Element = document.documentElement): string {
  return resolveCssColours([variable], within)[0]!;
}

/**
 * Several at once: all probes go in before the first is read, so the page's style is worked out
 * once, not once per colour (a canvas redraw asks for six).
 */
export function resolveCssColours(variables: readonly string[], within: Element = document.documentElement): string[] {
  const probes = variables.map((variable) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${variable})`;
    return probe;
  });
  within.append(...probes);
  const colours = probes.map((probe) => getComputedStyle(probe).color);
  probes.forEach((probe) => probe.remove());
  return colours;
}
