import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** The import paths of these top-level folders, by alias or relative path. */
const below = (folders) => folders.flatMap((folder) => [`@/${folder}`, `@/${folder}/*`, `**/../${folder}`, `**/../${folder}/*`]);
const layer = (files, message, group) => [
  { files: [files], rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] } },
];

const eslintConfig = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  // `const { title: _title, ...rest } = metadata` leaves out a key on purpose.
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] } },
  // The layers (README: Where things are), as rules: each folder imports only from the layers below it.
  ...layer('lib/**', 'lib/ is the pure domain: no framework, no request, no words', [
    'next',
    'next/*',
    'react',
    'react/*',
    'react-dom',
    'next-intl',
    'next-intl/*',
    'server-only',
    // Reads no files and no build output: the domain is data and functions.
    'node:*',
    ...below(['server', 'i18n', 'components', 'app']),
  ]),
  ...layer(
    'i18n/**',
    'i18n/ is next-intl’s configuration: no request plumbing, no components',
    below(['server', 'components', 'app']),
  ),
  ...layer('server/**', 'server/ is request plumbing: it renders nothing', below(['components', 'app'])),
  ...layer('components/**', 'components/ do not reach into app/', below(['app'])),
  // The two features share the form kit (components/forms/), not each other's files. A later entry
  // replaces an earlier one for the same files, so each repeats the rule above.
  ...layer('components/link-kit/**', 'the link kit and the self-check share components/forms/ only', [
    ...below(['app']),
    '@/components/self-check/*',
    '../self-check/*',
    '../../self-check/*',
  ]),
  ...layer('components/self-check/**', 'the link kit and the self-check share components/forms/ only', [
    ...below(['app']),
    '@/components/link-kit/*',
    '../link-kit/*',
    '../../link-kit/*',
  ]),
  { ignores: ['.next/**', '.next-*/**', 'next-env.d.ts', 'bench-results/**', 'test-results/**', 'playwright-report/**'] },
];

export default eslintConfig;
