/** The layer rules of the architecture, checked on every `npm test`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Rules import only schemas and pure libraries: no I/O, no ports, no adapters, no clock.',
      severity: 'error',
      from: { path: '^shared/domain/' },
      to: {
        pathNot: ['^shared/(domain|schemas)/', '^node_modules/(zod|date-fns-tz|date-fns)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'aws-sdk-only-in-adapters',
      comment: 'Only adapters (and the infrastructure code) talk to AWS.',
      severity: 'error',
      from: { pathNot: ['^shared/adapters/', '^infra/', '^test/', '^bench/'] },
      to: { path: '^node_modules/@aws-sdk/' },
    },
    {
      name: 'use-cases-use-ports',
      comment: 'Use cases reach the world through ports, never through a concrete adapter or the composition root.',
      severity: 'error',
      from: { path: '^shared/(use-cases|domain|ports|schemas)/' },
      to: { path: ['^shared/adapters/', '^shared/composition\\.ts$', '^shared/config\\.ts$'] },
    },
    {
      name: 'handlers-are-thin',
      comment: 'Functions parse, call one use case and answer; they do not import infrastructure.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: ['^infra/', '^functions/'] },
    },
    {
      name: 'production-never-imports-tests',
      severity: 'error',
      from: { path: '^(shared|functions|infra)/' },
      to: { path: '^test/' },
    },
    {
      name: 'web-takes-only-types-from-the-server',
      comment: 'The browser shares the API schemas as types (erased at build time), never server code.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^shared/', '^functions/', '^infra/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-reaches-only-schemas',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^shared/', '^functions/', '^infra/'], pathNot: '^shared/schemas/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
