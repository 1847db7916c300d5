import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { routes } from '../../shared/routes.ts';

describe('OpenAPI document', () => {
  it('describes every route of the route table and nothing else', () => {
    const document = openApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe('3.1.0');
    const described = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(described.sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('takes the create request body from the zod schema, refusing unknown fields', () => {
    type Schema = { additionalProperties?: boolean; required?: string[]; properties: Record<string, Schema> };
    const paths = openApiDocument().paths as Record<
      string,
      Record<string, { requestBody: { content: Record<string, { schema: Schema }> } }>
    >;
    const schema = paths['/rounds/{roundId}/applications']?.post?.requestBody.content['application/json']
      ?.schema as Schema;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['person', 'contact', 'consent']));
    expect(schema.properties.person?.properties.disabilityGroup).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 3,
    });
  });
});
