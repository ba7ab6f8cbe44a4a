// One ESLint config for the whole repository (decision 0010). Each package's `lint` script runs `eslint .` in its own
// folder and ESLint finds this file by looking up from the linted files; the root's `lint:root` covers bench/ and scripts/.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const apps = ['admin', 'api', 'miniapp'];

// Feature folders of the API are closed: other folders import only the files listed here (who uses each is noted).
// Folders not listed (http, db, audit, sheets, areas, personal-data) are shared infrastructure, open to all.
const apiFeatures = {
  accounts: [
    'accounts.routes.ts', // app.ts
    'accounts.service.ts', // server.ts (bootstrap admin), cli, demo
    'account.model.ts', // db (models), auth (sign-in reads the account)
    'account.dto.ts', // auth (the signed-in account's answer)
  ],
  auth: [
    'auth.routes.ts', // app.ts
    'auth.service.ts', // demo (tokens for the demo accounts)
    'require-auth.ts', // http/route.ts
    'scope.ts', // every feature that filters by the caller's area scope
    'passwords.ts', // accounts
    'access-token.ts', // context.ts
    'refresh-tokens.ts', // context.ts
    'login-limiter.ts', // context.ts
    'refresh-token.model.ts', // db (models)
    'wechat.ts', // notifications (subscribe messages share the WeChat client)
  ],
  courses: [
    'courses.routes.ts', // app.ts
    'courses.service.ts', // demo
    'enrollments.service.ts', // demo
    'open-classes.ts', // context.ts
    'course.model.ts', // db (models)
    'enrollment.model.ts', // db (models)
  ],
  points: [
    'points.routes.ts', // app.ts
    'reports.routes.ts', // app.ts
    'map-fast-path.ts', // app.ts
    'point-store.ts', // context.ts
    'points.service.ts', // overview
    'point.model.ts', // db (models)
    'point-report.model.ts', // db (models)
  ],
  jobs: [
    'jobs.routes.ts', // app.ts
    'job.model.ts', // db (models)
    'open-jobs.ts', // context.ts
    'order-class.ts', // courses (an order class's interviews on certification, its jobs on its page)
    'demo-jobs.ts', // demo
  ],
  wishes: [
    'wishes.routes.ts', // app.ts
    'wish.model.ts', // db (models)
    'wish-figures.ts', // overview (overdue wishes)
    'wish-changes.ts', // notifications (subscribeToWishChanges)
    'wish-access.ts', // uploads (who sees a wish's photos)
    'demo-wishes.ts', // demo
  ],
  notifications: [
    'notifications.routes.ts', // app.ts
    'events.ts', // app.ts, courses (review and class changes tell the workers)
    'scheduler.ts', // server.ts
    'notification.model.ts', // db (models)
  ],
  demand: [
    'demand.routes.ts', // app.ts
    'demand.model.ts', // db (models)
    'search-misses.ts', // courses (a class search that found nothing)
    'demo-demand.ts', // demo
  ],
  overview: ['overview.routes.ts'],
  stats: ['stats.routes.ts'],
  uploads: ['uploads.routes.ts', 'upload.model.ts'],
  health: ['health.routes.ts'],
  demo: ['seed.ts'], // cli
  cli: [], // entry points run by npm scripts
};

const testFiles = ['**/__tests__/**', '**/test/**', 'e2e/**'];

/** import-x/no-restricted-paths zones: paths are relative to this file's folder. */
const boundaryZones = [
  ...apps.map((app) => ({
    target: `apps/${app}`,
    from: apps.filter((other) => other !== app).map((other) => `apps/${other}`),
    message: 'An app never imports another app: move what both need into packages/ (decision 0010).',
  })),
  {
    target: 'packages',
    from: 'apps',
    message: 'packages/ never import apps/ (only their tests may start the API): move the code into a package (decision 0010).',
  },
  ...Object.entries(apiFeatures).map(([feature, publicFiles]) => ({
    target: [`apps/api/src/!(${feature})/**`, 'apps/api/src/*.ts'],
    from: `apps/api/src/${feature}`,
    except: publicFiles.map((file) => `./${file}`),
    message:
      `apps/api/src/${feature} is a feature folder: other folders use only ${publicFiles.join(', ') || 'none of its files'}` +
      ' (add a file to its public list in eslint.config.js only when it is meant to be used from outside).',
  })),
];

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/bin/',
    '**/.reports/',
    '**/.turbo/',
    '**/.swc/',
    '**/coverage/',
    '.tools/',
    '.data/',
    'packages/embedded-db/go/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // An unused argument is often the price of a callback's signature; a leading _ says it is on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // Services and rules read like their use case: a function that outgrows a screen is split (tests and views excepted).
  {
    files: ['apps/api/src/**/*.ts', 'packages/*/src/**/*.ts'],
    ignores: ['**/__tests__/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },

  // Where the code runs.
  { languageOptions: { globals: globals.node } },
  { files: ['apps/admin/src/**', 'apps/miniapp/src/**', 'apps/miniapp/test/**'], languageOptions: { globals: globals.browser } },
  { files: ['apps/miniapp/babel.config.js'], languageOptions: { sourceType: 'commonjs' } },

  // The admin: Vue 3 single-file components with TypeScript in <script setup lang="ts">.
  {
    files: ['apps/admin/**/*.{ts,vue}'],
    extends: [vue.configs['flat/recommended']],
    rules: {
      // Dialogs and the pager are views of a composable (useAccountForm, usePagedList, …) handed in as a prop: they bind
      // into the refs the composable owns, by design. Replacing a prop is still an error.
      'vue/no-mutating-props': ['error', { shallowOnly: true }],
    },
  },
  {
    files: ['apps/admin/**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },

  // The mini-program: React 18 function components.
  {
    files: ['apps/miniapp/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['apps/miniapp/src/**/*.tsx'],
    ignores: ['apps/miniapp/src/components/action-button/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tarojs/components',
              importNames: ['Button'],
              message: 'Use components/action-button: on h5 Taro’s Button is a <div> without a role or focus.',
            },
          ],
        },
      ],
    },
  },

  // Import boundaries (decision 0010). Tests may reach anywhere: e2e drives the apps, and package tests start the real API.
  {
    files: ['**/*.{js,mjs,ts,tsx,vue}'],
    ignores: testFiles,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: [`${import.meta.dirname}/apps/*/tsconfig.json`, `${import.meta.dirname}/packages/*/tsconfig.json`],
          alwaysTryTypes: true,
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: boundaryZones }] },
  },

  // Formatting is Prettier's (prettier.config.js): turn off the rules it would fight with. Last on purpose.
  prettier,
);
