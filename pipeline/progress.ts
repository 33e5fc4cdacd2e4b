/**
 * What a long data build is doing: a progress bar redrawn in place when the output is a terminal,
 * and one line per finished stage otherwise (CI logs stay a handful of lines).
 */
import type { WriteStream } from 'node:tty';

export interface StageProgress {
  /** `count` more items of the stage are done. */
  tick(count?: number): void;
  /** The stage is over; `detail` is added to its line ("4 990 cached"). */
  done(detail?: string): void;
}

export interface Progress {
  stage(name: string, total?: number): StageProgress;
}

export const SILENT_PROGRESS: Progress = { stage: () => ({ tick: () => undefined, done: () => undefined }) };

const BAR_WIDTH = 24;
/** Redraws at most this often, in ms: a terminal write per item would cost more than the item. */
const REDRAW_MS = 80;

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

export function streamProgress(stream: Pick<WriteStream, 'write'> & { isTTY?: boolean } = process.stdout): Progress {
  const isTTY = stream.isTTY === true;
  return {
    stage(name, total) {
      const start = performance.now();
      let doneCount = 0;
      let lastDraw = 0;
      const draw = () => {
        if (!total) return stream.write(`\r\x1b[2K  … ${name}`);
        const filled = Math.round((doneCount / total) * BAR_WIDTH);
        stream.write(`\r\x1b[2K  [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${name} ${doneCount}/${total}`);
      };
      if (isTTY) draw();
      return {
        tick(count = 1) {
          doneCount += count;
          const now = performance.now();
          if (isTTY && now - lastDraw > REDRAW_MS) {
            lastDraw = now;
            draw();
          }
        },
        done(detail) {
          const line = `  ✓ ${name}${total ? ` (${total})` : ''}: ${seconds(performance.now() - start)}${detail ? `, ${detail}` : ''}`;
          stream.write(isTTY ? `\r\x1b[2K${line}\n` : `${line}\n`);
        },
      };
    },
  };
}
