import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and pipeline tests run in node; component tests opt into jsdom with a file comment.
export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/pipeline/**/*.test.ts',
      'tests/components/**/*.test.tsx',
      'tests/svg/**/*.test.tsx',
      'src/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 20_000,
  },
});
