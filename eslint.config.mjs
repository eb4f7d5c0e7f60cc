import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

const layers = {
  'type:app': ['type:feature', 'type:data-access', 'type:domain', 'type:util'],
  'type:feature': ['type:feature', 'type:data-access', 'type:domain', 'type:util'],
  'type:data-access': ['type:data-access', 'type:domain', 'type:util'],
  'type:domain': ['type:domain', 'type:util'],
  'type:util': ['type:util'],
  'type:testing': ['type:testing', 'type:feature', 'type:data-access', 'type:domain', 'type:util'],
};
const scopes = {
  'scope:api': ['scope:api', 'scope:shared'],
  'scope:worker': ['scope:worker', 'scope:shared'],
  'scope:shared': ['scope:shared'],
  'scope:testing': ['scope:testing', 'scope:api', 'scope:worker', 'scope:shared'],
};

function constraints({ forTests }) {
  const extra = (tags, extraTag) => (forTests ? [...tags, extraTag] : tags);
  return [
    ...Object.entries(layers).map(([sourceTag, allowed]) => ({
      sourceTag,
      onlyDependOnLibsWithTags: extra(allowed, 'type:testing'),
    })),
    // The api app may host the worker role in the same process (small installs, the demo).
    {
      allSourceTags: ['type:app', 'scope:api'],
      onlyDependOnLibsWithTags: ['scope:api', 'scope:worker', 'scope:shared'],
    },
    ...Object.entries(scopes)
      .filter(([sourceTag]) => sourceTag !== 'scope:api')
      .map(([sourceTag, allowed]) => ({
        sourceTag,
        onlyDependOnLibsWithTags: extra(allowed, 'scope:testing'),
      })),
  ];
}

const testFiles = [
  '**/*.spec.ts',
  '**/*.int-spec.ts',
  '**/*.e2e-spec.ts',
  'test/**/*.ts',
  'bench/**/*.ts',
  'tools/**/*.ts',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.var',
      '**/tmp',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      'coverage',
    ],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: constraints({ forTests: false }),
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
          message: 'a focused test would make CI run only it',
        },
      ],
    },
  },
  {
    files: testFiles,
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: constraints({ forTests: true }),
        },
      ],
    },
  },
];
