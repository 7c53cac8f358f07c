// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layering from ARCHITECTURE.md, enforced: the core and the contract know nothing of Electron. */
export const coreLayerRule = [
  'error',
  {
    paths: [
      {
        name: 'electron',
        message:
          'src-main/core and src-main/contract never import electron (ARCHITECTURE.md rule 2).',
      },
    ],
    patterns: [
      {
        group: ['electron/*', '**/electron/*'],
        message: 'src-main/core and src-main/contract never import electron or its adapters.',
      },
      { group: ['**/src-renderer/**'], message: 'The core never reaches into the renderer.' },
    ],
  },
];

/** The renderer is untrusted: it may see the contract's types, nothing else of src-main. */
export const rendererLayerRule = [
  'error',
  {
    paths: [{ name: 'electron', message: 'The renderer never imports electron.' }],
    patterns: [
      {
        group: ['**/src-main/contract', '**/src-main/contract/**'],
        allowTypeImports: true,
        message: 'The renderer imports the contract with `import type` only.',
      },
      {
        group: [
          '**/src-main/*',
          '!**/src-main/contract',
          '**/src-main/core/**',
          '**/src-main/electron/**',
          '**/src-main/preload/**',
        ],
        message: 'The renderer never imports from src-main beyond type-only contract/.',
      },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      '.tmp/**',
      'node_modules/**',
      'coverage/**',
      'docs/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src-main/core/**/*.ts', 'src-main/contract/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': coreLayerRule },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': rendererLayerRule,
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
);
