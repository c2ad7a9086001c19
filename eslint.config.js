// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Config is read once, in one place (STYLE.md rule 5): nothing else may touch process.env.
    files: ['bot/**/*.ts', 'knowledge/**/*.ts', 'workflows/**/*.ts', 'adapters/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['bot/config/env.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through bot/config (loadConfig), never process.env.' }],
    },
  },
  {
    // The core never sees a platform SDK (DESIGN.md: arrows point inward only).
    files: ['bot/**/*.ts', 'knowledge/**/*.ts', 'workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@slack/*', 'botbuilder', 'botbuilder-*', 'botframework-*'], message: 'Platform SDKs belong in adapters/.' },
        { group: ['**/adapters/slack/**', '**/adapters/teams/**', '**/adapters/console/**'], message: 'The core must not import adapters.' },
      ] }],
    },
  },
);
