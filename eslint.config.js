import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/atlas/**', 'coverage/**', 'bench/results/**', '.tmp/**', '.e2e/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only the mermaid module may import mermaid, so it stays lazy and configured once.
    files: ['src/**'],
    ignores: ['src/diagram/mermaid.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'mermaid', message: 'Use src/diagram/mermaid.ts.' }] }] },
  },
  {
    // The pure model must stay free of React, cytoscape, mermaid and the store (see README, Architecture).
    files: ['src/model/**'],
    // schema.ts is the build-time validator; the app imports only its types.
    ignores: ['src/model/schema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'cytoscape*', 'mermaid', 'zustand', 'zod', '../store/*', '../graph/*', '../panel/*'] },
      ],
    },
  },
);
