// Lint rules, including the house boundaries (shared/STYLE.md): the pipeline may import only the
// schemas from src/, nothing in src/ imports the pipeline, only src/state imports zustand, and
// only src/data/fetch-json.ts calls fetch, and features never import each other.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

// Features never import each other: the app page composes them (shared/STYLE.md, Boundaries).
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['**/pipeline/**'], message: 'src/ never imports the pipeline.' },
          {
            regex: `^(\\.\\./)+(features/)?(${FEATURES.filter((other) => other !== feature).join('|')})(/|$)`,
            message: 'Features never import each other: move the shared part to src/lib, src/charts or src/components.',
          },
        ],
        paths: [{ name: 'zustand', message: 'Only src/state/ imports zustand: use its atomic hooks.' }],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'scratch',
      'dist-bench-client',
      'dist-single',
      'dist-bench',
      'node_modules',
      'public/data',
      'test-results',
      'playwright-report',
      'tests/svg/output',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/pipeline/**'], message: 'src/ never imports the pipeline.' }],
          paths: [{ name: 'zustand', message: 'Only src/state/ imports zustand: use its atomic hooks.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/data/fetch-json.ts calls fetch.' }],
    },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/pipeline/**'], message: 'src/ never imports the pipeline.' }] }],
    },
  },
  ...featureBoundaries,
  { files: ['src/data/fetch-json.ts'], rules: { 'no-restricted-globals': 'off' } },
  {
    files: ['pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!data/schemas/)',
              message: 'The pipeline may import only src/data/schemas/ from the app.',
            },
          ],
        },
      ],
    },
  },
);
