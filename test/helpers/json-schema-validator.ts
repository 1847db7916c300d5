import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under Node's ESM loader its plugin may sit on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => Ajv2020;

/**
 * A JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1) with the formats the document uses (date-time,
 * date, email, uri). Patterns run as ECMAScript regular expressions with the `u` flag, as the dialect says.
 */
export const jsonSchemaValidator = addFormats(new Ajv2020({ allErrors: true, strict: false }));
