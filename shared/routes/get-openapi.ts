import type { PublicRoute } from '../http/route-declaration.ts';
import { OpenApiDocumentSchema } from '../schemas/api.ts';

export const getOpenApiRoute = {
  method: 'GET',
  path: '/openapi.json',
  handler: 'get-openapi',
  access: 'public',
  summary: 'This document.',
  answers: { 200: { json: OpenApiDocumentSchema } },
  needs: {},
} as const satisfies PublicRoute;
