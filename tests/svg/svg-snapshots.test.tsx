// @vitest-environment jsdom
/**
 * SVG snapshots of the charts drawn from their pure build functions at a fixed size. A change
 * shows up as a diff of tests/svg/output/<case>.svg in review; update with `npx vitest -u`.
 */
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { normaliseSvg } from './normalise-svg';

const cases = import.meta.glob<{ element: ReactElement }>('./cases/*.tsx', { eager: true });

afterEach(cleanup);

describe('SVG snapshots', () => {
  const entries = Object.entries(cases).filter(([path]) => !path.endsWith('fixtures.tsx'));
  it.each(entries)('%s', async (path, module) => {
    const { container } = render(module.element);
    const svg = container.querySelector('svg');
    expect(svg, 'the case renders an <svg>').not.toBeNull();
    const name = path.replace('./cases/', '').replace('.tsx', '');
    await expect(normaliseSvg(svg!.outerHTML)).toMatchFileSnapshot(`output/${name}.svg`);
  });
});
