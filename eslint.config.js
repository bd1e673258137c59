// ESLint flat config. Syntax-only rules (no type information), so `npm run lint` stays fast.
'use strict';
const { defineConfig } = require('eslint/config');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/** Folders that must stay pure: no I/O, no frameworks, no clock, no environment. */
const PURE = ['src/domain/**', 'src/understanding/**', 'src/answers/**', 'src/insights/**', 'src/sample/**', 'cards/**'];

const IMPURE_MODULES = [
  'botbuilder', 'botbuilder-*', 'botbuilder/*', 'restify', 'restify-*', 'restify/*',
  'sqlite3', 'pino', 'pino-*', 'fs', 'fs/*', 'node:fs', 'node:fs/*', 'process', 'node:process',
  'child_process', 'node:child_process', 'http', 'node:http', 'https', 'node:https', 'net', 'node:net',
];

const NODE_GLOBALS = {
  require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', console: 'readonly',
  __dirname: 'readonly', __filename: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
};

module.exports = defineConfig([
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'card-previews/**'] },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022, globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Uses the control characters \u0000-\u0003 as placeholders on purpose.
    files: ['src/understanding/normalise.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: IMPURE_MODULES, message: 'Pure code: keep I/O, frameworks and the process out of this folder (pass what it needs in).' }],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'Pure code: take settings and today as arguments, not from the process.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pure code: take today as an argument, not from the clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pure code: take the time as an argument, not from the clock.' },
      ],
    },
  },
]);
