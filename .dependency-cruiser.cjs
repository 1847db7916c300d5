/**
 * The shared modules whose values the browser may import: plain rules and words that import only each other (and
 * types), never zod, so the pages check what the server checks, by the same source, and the bundles stay small.
 */
const BROWSER_SAFE_SHARED = [
  '^shared/domain/round-id\\.ts$',
  '^shared/domain/riga-time\\.ts$',
  '^shared/domain/draft-days\\.ts$',
  '^shared/domain/retention-days\\.ts$',
  '^shared/domain/staff-password-policy\\.ts$',
  '^shared/domain/personal-code\\.ts$',
  '^shared/domain/applicant-input\\.ts$',
  '^shared/http/applicant-messages\\.ts$',
  '^shared/http/field-names\\.ts$',
  '^shared/domain/document-check\\.ts$',
  '^shared/domain/document-requirements\\.ts$',
  '^shared/http/error-kinds\\.ts$',
  '^shared/domain/money\\.ts$',
  '^shared/domain/individual-budget\\.ts$',
  '^shared/domain/result-pages\\.ts$',
];

/**
 * A layer of `shared/` that imports only from `allowed`; imports of the kinds in `alsoAllowed` (`type-only`,
 * `core` for Node's own modules) are not held to that.
 */
function reachesOnly(name, comment, layer, allowed, alsoAllowed = []) {
  return {
    name,
    comment,
    from: { path: layer },
    to: { pathNot: allowed, ...(alsoAllowed.length > 0 && { dependencyTypesNot: alsoAllowed }) },
  };
}

/** The layer rules of the architecture, checked on every `npm test`; breaking any of them fails the check. */
module.exports = {
  forbidden: [
    reachesOnly(
      'domain-is-pure',
      'Rules import only schemas and pure libraries: no I/O, no ports, no adapters, no clock.',
      '^shared/domain/',
      ['^shared/(domain|schemas)/', '^node_modules/(zod|@date-fns/tz)/'],
      ['type-only'],
    ),
    reachesOnly(
      'schemas-are-plain',
      'Schemas state shapes with zod and the plain rules of domain/; they reach nothing else.',
      '^shared/schemas/',
      ['^shared/(schemas|domain)/', '^node_modules/zod/'],
    ),
    reachesOnly(
      'ports-are-interfaces',
      'Ports describe what use cases need, in the words of schemas and domain: types only.',
      '^shared/ports/',
      ['^shared/(ports|schemas|domain)/'],
    ),
    {
      name: 'ports-import-types-only',
      from: { path: '^shared/ports/' },
      to: { dependencyTypesNot: ['type-only'] },
    },
    reachesOnly(
      'use-cases-reach-only-rules-ports-and-words',
      'A use case decides with domain/, acts through ports/, speaks with email/; nothing of HTTP or AWS.',
      '^shared/use-cases/',
      // csv-stringify's `/sync` entry is an export map depcruise does not resolve, hence its bare name.
      ['^shared/(use-cases|domain|ports|schemas|email)/', '^(node_modules/)?csv-stringify/'],
      ['core'],
    ),
    reachesOnly(
      'emails-are-words',
      'E-mails are rendered from the application and the round: no ports, no I/O.',
      '^shared/email/',
      ['^shared/(email|domain|schemas)/'],
    ),
    reachesOnly(
      'adapters-reach-only-their-port-and-service',
      'An adapter implements a port with its AWS service; it knows no use case, HTTP or other host.',
      '^shared/adapters/',
      [
        '^shared/(adapters|domain|ports|schemas)/',
        '^node_modules/(@aws-sdk|@smithy|jose|zod)/',
        // The Lambda event types (@types/aws-lambda), which depcruise leaves unresolved.
        '^aws-lambda$',
      ],
      ['core'],
    ),
    {
      name: 'aws-sdk-only-in-adapters',
      comment: 'Only adapters (and the infrastructure code) talk to AWS.',
      from: { pathNot: ['^shared/adapters/', '^infra/', '^test/', '^bench/'] },
      to: { path: '^node_modules/@aws-sdk/' },
    },
    {
      name: 'handlers-are-thin',
      comment: 'Functions parse, call one use case and answer; they do not import infrastructure.',
      from: { path: '^functions/' },
      to: { path: ['^infra/', '^functions/'] },
    },
    {
      name: 'production-never-imports-tests',
      from: { path: '^(shared|functions|infra)/' },
      to: { path: '^test/' },
    },
    {
      name: 'web-takes-only-types-from-the-server',
      comment:
        'The browser shares the API schemas as types (erased at build time), never server code; values only from the plain shared rules.',
      from: { path: '^web/' },
      to: {
        path: ['^shared/', '^functions/', '^infra/'],
        pathNot: BROWSER_SAFE_SHARED,
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'web-reaches-only-schemas',
      from: { path: '^web/' },
      // The route table too, for the types of the one typed client (the rule above keeps it type-only).
      to: {
        path: ['^shared/', '^functions/', '^infra/'],
        pathNot: ['^shared/schemas/', '^shared/routes\\.ts$', ...BROWSER_SAFE_SHARED],
      },
    },
    {
      name: 'browser-safe-rules-stay-plain',
      comment:
        'A shared rule the browser imports pulls in nothing else (no zod), or the applicant bundle would grow; types are erased.',
      from: { path: BROWSER_SAFE_SHARED },
      // Types are erased at build time, so they add nothing to the bundle.
      to: { pathNot: BROWSER_SAFE_SHARED, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'applicant-code-never-imports-staff',
      comment:
        'Applicants never download the staff pages: the application form reaches them only by loading the staff app as its own chunk.',
      from: { path: '^web/src/', pathNot: '^web/src/staff/' },
      to: { path: '^web/src/staff/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'applicant-code-loads-only-the-staff-app',
      comment: 'The one way into the staff pages from the application form is the lazily loaded staff app.',
      from: { path: '^web/src/', pathNot: '^web/src/staff/' },
      to: { path: '^web/src/staff/', pathNot: '^web/src/staff/staff-app\\.tsx$' },
    },
    { name: 'no-circular', from: {}, to: { circular: true } },
  ].map((rule) => ({ ...rule, severity: 'error' })),
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
