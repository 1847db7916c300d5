import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** Answers carry personal data: never cached, never sniffed into another type. */
const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function json(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: HEADERS, body: JSON.stringify(body) };
}

/** A CSV file to save, not to show: it holds a municipality's applicants. */
export function csvFile(fileName: string, csv: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 200,
    headers: {
      ...HEADERS,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
    },
    body: csv,
  };
}

/** A JSON document to save, such as a person's copy of their data: the JSON answer, with a name to save it under. */
export function jsonFile(fileName: string, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { ...json(200, body), headers: { ...HEADERS, 'content-disposition': `attachment; filename="${fileName}"` } };
}
