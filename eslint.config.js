// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
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
    // The core never sees a platform or vendor SDK (DESIGN.md: arrows point inward only). The one exception is
    // knowledge/retrieval/vector-store.ts, where LangChain's HNSWLib store is the seam itself.
    files: ['bot/**/*.ts', 'knowledge/**/*.ts', 'workflows/**/*.ts'],
    ignores: ['knowledge/retrieval/vector-store.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@slack/*', 'botbuilder', 'botbuilder-*', 'botframework-*'], message: 'Platform SDKs belong in adapters/.' },
        { group: ['**/adapters/**', '@langchain/*', 'pg', 'better-sqlite3'], message: 'The core must not import adapters or vendor SDKs: take them through an interface (adapters/app.ts wires them).' },
      ] }],
    },
  },
  {
    files: ['knowledge/retrieval/vector-store.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/adapters/**'], message: 'The core must not import adapters.' }] }],
    },
  },
);
