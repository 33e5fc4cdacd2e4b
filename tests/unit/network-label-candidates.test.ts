/**
 * Which names the network's label placement considers at all: every name it asks for is either
 * placed or dropped, so placed ∪ dropped is the candidate set. It must be, for any crowd, the
 * rule's: in each LABEL_CELL square the CANDIDATES_PER_CELL most mentioned nodes (ties: the one
 * met first), plus every node in focus up to the cap, plus the hovered, selected and search hit.
 * The placement picks them per cell as it meets the nodes (no sort of 20,000); this checks that
 * against the plain definition, a stable sort of each cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_CELL, largestMarks, placeNetworkLabels, type LabelNode } from '../../src/features/network/network-labels';

const PER_CELL = 4;

function expectedCandidates(nodes: LabelNode[], width: number, height: number, focus: Set<string> | null, exclusive: boolean) {
  const visible = nodes.filter((node) => node.x >= 0 && node.x <= width && node.y >= 0 && node.y <= height);
  const wanted = new Set<string>();
  const cells = new Map<string, LabelNode[]>();
  for (const node of visible) {
    if (focus?.has(node.id)) {
      wanted.add(node.id);
      continue;
    }
    if (exclusive && focus) continue;
    const cell = `${Math.floor(node.x / LABEL_CELL)}:${Math.floor(node.y / LABEL_CELL)}`;
    cells.set(cell, [...(cells.get(cell) ?? []), node]);
  }
  for (const members of cells.values())
    [...members]
      .sort((a, b) => b.mentions - a.mentions)
      .slice(0, PER_CELL)
      .forEach((node) => wanted.add(node.id));
  return wanted;
}

const crowd = (width: number, height: number) =>
  fc.array(
    fc.record({
      x: fc.integer({ min: -20, max: width + 20 }),
      y: fc.integer({ min: -20, max: height + 20 }),
      // Few distinct counts, so ties are common (as at ×1000, where most nodes have 1 or 2).
      mentions: fc.integer({ min: 1, max: 4 }),
      radius: fc.integer({ min: 3, max: 12 }),
    }),
    { minLength: 40, maxLength: 400, size: 'max' },
  );

describe('placeNetworkLabels: the candidates', () => {
  it('are the most mentioned few per cell (ties: first met) and the focus, for any crowd', () => {
    fc.assert(
      fc.property(crowd(700, 450), fc.boolean(), fc.boolean(), fc.nat(), (points, isFocused, isExclusive, seed) => {
        const nodes: LabelNode[] = points.map((point, index) => ({
          ...point,
          id: `n${index}`,
          label: `Name ${index}`,
          shortLabel: `N${index}`,
          compactLabel: `N${index}`,
        }));
        // A focus of a few nodes (fewer than the cap), chosen from the seed.
        const focus = isFocused ? new Set(nodes.filter((_, index) => (index + seed) % 7 === 0).map((node) => node.id)) : null;
        const { placed, dropped } = placeNetworkLabels(nodes, {
          width: 700,
          height: 450,
          activeIds: [],
          selectedId: null,
          searchHitId: null,
          focusIds: focus,
          isFocusExclusive: isExclusive && focus !== null,
        });
        const asked = new Set([...placed.map((label) => label.id), ...dropped]);
        expect(asked).toEqual(expectedCandidates(nodes, 700, 450, focus, isExclusive && focus !== null));
      }),
      { numRuns: 150, seed: 9 },
    );
  });
});

describe('the obstacles of a huge graph', () => {
  it('are the largest marks, ties in input order, as a stable sort by radius picks them', () => {
    fc.assert(
      fc.property(
        // Few distinct radii, so ties at the cut are the rule.
        fc.array(fc.constantFrom(3.5, 4, 4.5, 6, 9), { maxLength: 80 }),
        fc.integer({ min: 0, max: 90 }),
        (radii, limit) => {
          const nodes = radii.map((radius, at) => ({
            id: `n${at}`,
            label: '',
            shortLabel: '',
            compactLabel: '',
            x: 0,
            y: 0,
            radius,
            mentions: 1,
          }));
          const expected = [...nodes].sort((a, b) => b.radius - a.radius).slice(0, limit);
          const picked = largestMarks(nodes, limit);
          expect(picked.map((node) => node.id).sort()).toEqual(expected.map((node) => node.id).sort());
          // In input order.
          expect(picked).toEqual(nodes.filter((node) => picked.includes(node)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
