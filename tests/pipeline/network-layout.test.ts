/** The build-time network layout past GLOBAL_LAYOUT_MAX_NODES: components laid out apart and packed. */
import { describe, expect, it } from 'vitest';
import { GLOBAL_LAYOUT_MAX_NODES, layoutNetwork, type LayoutMemo } from '../../pipeline/transform/network-layout';
import type { NetworkObjects as Network } from '../../src/data/schemas/network-columns';

/** Triangles and pairs, with varied mention counts, ids in sorted order. */
function graph(components: number): { nodes: Omit<Network['nodes'][number], 'x' | 'y'>[]; edges: Network['edges'] } {
  const nodes: Omit<Network['nodes'][number], 'x' | 'y'>[] = [];
  const edges: Network['edges'] = [];
  for (let component = 0; component < components; component++) {
    const size = component % 3 === 0 ? 3 : 2;
    const ids = Array.from({ length: size }, (_, member) => `n${String(component).padStart(4, '0')}-${member}`);
    ids.forEach((id, member) => nodes.push({ id, kind: 'person', mentionCount: 1 + ((component + member) % 4), articleCount: 1 }));
    for (let a = 0; a < size; a++)
      for (let b = a + 1; b < size; b++) edges.push({ source: ids[a]!, target: ids[b]!, weight: 1 + (component % 2), paragraphs: [] });
  }
  return { nodes, edges };
}

function countingMemo(): LayoutMemo & { sets: number; hits: number } {
  const stored = new Map<string, number[]>();
  const memo = {
    sets: 0,
    hits: 0,
    get: (key: string) => {
      const found = stored.get(key);
      if (found) memo.hits++;
      return found;
    },
    set: (key: string, positions: number[]) => {
      memo.sets++;
      stored.set(key, positions);
    },
  };
  return memo;
}

describe('the packed network layout', () => {
  const { nodes, edges } = graph(260);

  it('is used past the global threshold, and gives the same positions with or without a memo', () => {
    expect(nodes.length).toBeGreaterThan(GLOBAL_LAYOUT_MAX_NODES);
    const plain = layoutNetwork(nodes, edges);
    const memo = countingMemo();
    expect(layoutNetwork(nodes, edges, memo)).toEqual(plain);
    // Equal shapes are simulated once: far fewer simulations than components.
    expect(memo.sets).toBeLessThan(20);
    expect(layoutNetwork(nodes, edges, memo)).toEqual(plain);
    expect(memo.hits).toBe(memo.sets);
  });

  it('keeps every node in the unit square and every component apart from the others', () => {
    const placed = new Map(layoutNetwork(nodes, edges).map((node) => [node.id, node]));
    for (const node of placed.values()) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(1);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(1);
    }
    const groups = new Map<string, Network['nodes']>();
    for (const node of placed.values()) groups.set(node.id.split('-')[0]!, [...(groups.get(node.id.split('-')[0]!) ?? []), node]);
    const boxes = [...groups.values()].map((members) => ({
      minX: Math.min(...members.map((node) => node.x)),
      maxX: Math.max(...members.map((node) => node.x)),
      minY: Math.min(...members.map((node) => node.y)),
      maxY: Math.max(...members.map((node) => node.y)),
    }));
    let overlaps = 0;
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) {
        const [p, q] = [boxes[a]!, boxes[b]!];
        if (p.minX < q.maxX && q.minX < p.maxX && p.minY < q.maxY && q.minY < p.maxY) overlaps++;
      }
    expect(overlaps).toBe(0);
  });
});
