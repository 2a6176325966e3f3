// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering (docs/STYLE.md §3.1): lib is the foundation and never reaches up.
const LIB_LAYER = {
  group: ['**/entrypoints/**', '**/entrypoints', '**/components/**', '**/components'],
  message: 'lib/ must not import entrypoints/ or components/: move the shared piece into lib/.',
};
// The content bundle loads in every tab: build-time code and Node built-ins must never reach it.
const CONTENT_BUNDLE = [
  {
    group: ['**/compile/**', '**/compile'],
    message: 'Build-time compiler code must not be bundled into the content script.',
  },
  { group: ['node:*'], message: 'Runs in the browser: no Node built-ins.' },
];
const CONTENT_FILES = [
  'entrypoints/content/**',
  'components/hover-card/**',
  'lib/scanner/**',
  'lib/highlight/**',
  'lib/matcher/*.ts',
  'lib/normalize/*.ts',
];

export default tseslint.config(
  {
    ignores: [
      '.output*/**',
      '.wxt/**',
      'node_modules/**',
      'data/generated/**',
      'test-results/**',
      'artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: CONTENT_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [LIB_LAYER] }] },
  },
  {
    files: CONTENT_FILES,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: CONTENT_BUNDLE }],
    },
  },
  {
    files: CONTENT_FILES.filter((f) => f.startsWith('lib/')),
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LIB_LAYER, ...CONTENT_BUNDLE] }] },
  },
);
