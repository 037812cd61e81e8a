import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const eslintConfig = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  // `const { title: _title, ...rest } = metadata` leaves out a key on purpose.
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] } },
  { ignores: ['.next/**', '.next-*/**', 'next-env.d.ts', 'bench-results/**', 'test-results/**', 'playwright-report/**'] },
];

export default eslintConfig;
