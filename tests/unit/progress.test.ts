/** The data build's progress: a bar redrawn in place on a terminal, one line per stage otherwise. */
import { describe, expect, it } from 'vitest';
import { streamProgress } from '../../pipeline/progress';

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) > 0 }, writes };
}

describe('streamProgress', () => {
  it('writes one line per finished stage when the output is not a terminal', () => {
    const { stream, writes } = recorder(false);
    const progress = streamProgress(stream);
    const stage = progress.stage('articles', 3);
    stage.tick();
    stage.tick(2);
    stage.done('3 cached');
    progress.stage('network').done();
    expect(writes).toHaveLength(2);
    expect(writes[0]).toMatch(/^ {2}✓ articles \(3\): \d+ ms, 3 cached\n$/);
    expect(writes[1]).toMatch(/^ {2}✓ network: \d+ ms\n$/);
  });

  it('draws a bar in place on a terminal, and ends the stage on its own line', () => {
    const { stream, writes } = recorder(true);
    const stage = streamProgress(stream).stage('mentions', 4);
    stage.done();
    expect(writes[0]).toContain('\r');
    expect(writes[0]).toContain('░'.repeat(24));
    expect(writes[0]).toContain('mentions 0/4');
    const last = writes.at(-1)!;
    expect(last.startsWith('\r\u001b[2K')).toBe(true);
    expect(last.slice('\r\u001b[2K'.length)).toMatch(/^ {2}✓ mentions \(4\): \d+ ms\n$/);
  });
});
