// The doors of ARCHITECTURE.md, enforced: each src/ folder may import only what its layer allows.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'This layer must not touch Node.' };
const electron = {
  group: ['electron', 'electron/*', 'electron-store'],
  message: 'Only src/main and src/preload may import electron.',
};
const layer = (name) => ({
  group: [`**/${name}/**`, `**/${name}`],
  message: `This layer must not import src/${name}.`,
});
const react = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'lexical', '@lexical/*'],
  message: 'UI libraries belong in src/renderer.',
};
const nodeOnly = {
  group: ['better-sqlite3', 'ws', 'pg', '@electric-sql/*'],
  message: 'Node-only libraries do not belong here.',
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'bench/results/**',
      'bench/.cache/**',
      'test-results/**',
      'playwright-report/**',
      '.native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        nodeBuiltins,
        electron,
        nodeOnly,
        layer('core'),
        layer('main'),
        layer('preload'),
        layer('web'),
        layer('server'),
      ),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      nodeBuiltins,
      electron,
      react,
      nodeOnly,
      layer('core'),
      layer('main'),
      layer('preload'),
      layer('renderer'),
      layer('web'),
      layer('server'),
    ),
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(
      electron,
      react,
      layer('main'),
      layer('preload'),
      layer('renderer'),
      layer('web'),
      layer('server'),
    ),
  },
  {
    files: ['src/server/**/*.ts'],
    rules: restrict(
      electron,
      react,
      layer('core'),
      layer('main'),
      layer('preload'),
      layer('renderer'),
      layer('web'),
    ),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(react, layer('renderer'), layer('preload'), layer('web'), layer('server')),
  },
  {
    files: ['src/web/**/*.ts'],
    rules: restrict(electron, react, layer('renderer'), layer('main'), layer('preload'), layer('server')),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            react,
            nodeOnly,
            layer('core'),
            layer('main'),
            layer('renderer'),
            layer('web'),
            layer('server'),
          ],
        },
      ],
    },
  },
);
