// ESLint: the recommended rules of JavaScript, typescript-eslint and eslint-plugin-astro,
// run with zero warnings allowed (`npm run lint`, part of `npm test`). Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'reports/',
      'private/',
      'node_modules/',
      'tests/bench/baseline/',
      '.trangxa/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // TypeScript already reports undefined names (and knows ambient types such as ImageMetadata).
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/lib/search/**/*.ts', 'src/components/**/*.astro', 'src/pages/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
