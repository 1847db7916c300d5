import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { DEPLOYED_HANDLERS } from '../../infra/constructs/function-entries.ts';
import type { ApiStack } from '../../infra/stacks/api-stack.ts';
import { addIntakeStacks } from '../../infra/stacks/intake-stacks.ts';
import { resolveStage } from '../../infra/stages.ts';
import { mailEventConsumers, routes, scheduledJobs, streamConsumers } from '../../shared/routes.ts';

const FUNCTIONS_DIR = new URL('../../functions/', import.meta.url);
const ROUTES_DIR = new URL('../../shared/routes/', import.meta.url);

/** A value of a module that is a route's declaration rather than a part several declarations share. */
function isDeclaration(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'method' in value && 'path' in value && 'handler' in value;
}

let api: ApiStack;
let template: Template;

beforeAll(() => {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  api = addIntakeStacks(app, resolveStage(app.node)).api;
  template = Template.fromStack(api);
});

/** Route key → logical id of the function its integration invokes. */
function synthesizedRoutes(): Map<string, string> {
  const resources = template.toJSON().Resources as Record<
    string,
    { Type: string; Properties: Record<string, unknown> }
  >;
  const result = new Map<string, string>();
  for (const route of Object.values(resources).filter((resource) => resource.Type === 'AWS::ApiGatewayV2::Route')) {
    const target = JSON.stringify(route.Properties.Target);
    const integrationId = /"Ref":"([^"]+)"/.exec(target)?.[1] ?? '';
    const uri = resources[integrationId]?.Properties.IntegrationUri as { 'Fn::GetAtt': string[] } | undefined;
    result.set(route.Properties.RouteKey as string, uri?.['Fn::GetAtt'][0] ?? '');
  }
  return result;
}

describe('one route table for both hosts', () => {
  it('synthesizes exactly the routes of the route table', () => {
    const expected = routes.map((route) => `${route.method} ${route.path}`).sort();
    expect([...synthesizedRoutes().keys()].sort()).toEqual(expected);
  });

  it('sends each route to the function built from the handler its row names', () => {
    const synthesized = synthesizedRoutes();
    for (const route of routes) {
      const fn = api.functions.get(route.handler)?.function;
      expect(fn, route.handler).toBeDefined();
      const functionId = api.getLogicalId(fn?.node.defaultChild as CfnFunction);
      expect(synthesized.get(`${route.method} ${route.path}`), `${route.method} ${route.path}`).toBe(functionId);
    }
  });

  it('has one handler file in functions/ per route, consumer and scheduled job, and no other', () => {
    const files = readdirSync(FUNCTIONS_DIR)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => name.slice(0, -'.ts'.length));
    const handlers = [
      ...routes.map((route) => route.handler),
      ...[...streamConsumers, ...mailEventConsumers, ...scheduledJobs].map((consumer) => consumer.handler),
    ];
    expect(files.sort()).toEqual([...handlers].sort());
  });

  it('has one module in shared/routes/ per route, declaring that row of the table and nothing else', async () => {
    const files = readdirSync(ROUTES_DIR).filter((name) => name.endsWith('.ts'));
    for (const route of routes) expect(files, route.handler).toContain(`${route.handler}.ts`);
    for (const file of files) {
      const declarations = Object.values(await import(new URL(file, ROUTES_DIR).href)).filter(isDeclaration);
      const row = routes.find((route) => `${route.handler}.ts` === file);
      // The table holds the module's own object, so what a function binds is exactly what the CDK deploys.
      expect(declarations, file).toEqual(row ? [row] : []);
      if (row) expect(declarations[0], file).toBe(row);
    }
  });

  it('reaches every use case and no adapter or AWS client, so the CDK app and the local host load none by reading it', async () => {
    const { metafile } = await build({
      entryPoints: [fileURLToPath(new URL('../../shared/routes.ts', import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
    });
    const modules = Object.keys(metafile.inputs);
    const packages = Object.values(metafile.inputs).flatMap(({ imports }) =>
      imports.filter((imported) => imported.external).map((imported) => imported.path),
    );
    // A run imports its use case like any module: the table reaches it, and the bundles that run no route drop it.
    expect(modules).toContain('shared/use-cases/staff/review-decisions.ts');
    expect(modules.filter((module) => /^shared\/(adapters|composition)\b/.test(module))).toEqual([]);
    expect(packages.filter((name) => /^(@aws-sdk|@smithy|jose)\b/.test(name))).toEqual([]);
  });

  it('names each handler once', () => {
    expect(new Set(DEPLOYED_HANDLERS).size).toBe(DEPLOYED_HANDLERS.length);
  });
});
