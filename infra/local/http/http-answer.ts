/** An HTTP answer ready to write. */
export interface HttpAnswer {
  statusCode: number;
  headers: Record<string, string>;
  cookies: string[];
  body: Buffer;
}

/**
 * Turns what a function returned into the HTTP answer, as API Gateway does for payload format 2.0: a result with
 * `statusCode` is taken as it is; anything else is a 200 JSON answer whose body is the string returned, or the
 * value as JSON. Throws on a malformed result, which API Gateway answers with a 500.
 */
export function toHttpAnswer(result: unknown): HttpAnswer {
  if (typeof result === 'object' && result !== null && 'statusCode' in result) {
    const structured = result as {
      statusCode?: unknown;
      headers?: Record<string, unknown>;
      cookies?: unknown;
      body?: unknown;
      isBase64Encoded?: unknown;
    };
    const statusCode = structured.statusCode;
    if (typeof statusCode !== 'number' || !Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599) {
      throw new TypeError(`The function returned an invalid statusCode: ${String(statusCode)}`);
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(structured.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const body = typeof structured.body === 'string' ? structured.body : '';
    return {
      statusCode,
      headers,
      cookies: Array.isArray(structured.cookies) ? structured.cookies.map(String) : [],
      body: Buffer.from(body, structured.isBase64Encoded === true ? 'base64' : 'utf8'),
    };
  }
  const body = typeof result === 'string' ? result : (JSON.stringify(result ?? null) as string);
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, cookies: [], body: Buffer.from(body) };
}

/** Statuses whose answers have no body: a Fetch `Response` refuses one, even an empty one. */
export const NO_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

/** The answer as a Fetch `Response`, for the local servers. */
export function toResponse(answer: HttpAnswer): Response {
  const headers = new Headers(answer.headers);
  for (const cookie of answer.cookies) headers.append('set-cookie', cookie);
  const body = NO_BODY_STATUSES.has(answer.statusCode) ? null : answer.body;
  return new Response(body, { status: answer.statusCode, headers });
}

/** API Gateway's own answer when a function fails: generic on purpose, the details are in the log. */
export function gatewayError(statusCode: 500): HttpAnswer {
  return {
    statusCode,
    headers: { 'content-type': 'application/json' },
    cookies: [],
    body: Buffer.from(JSON.stringify({ message: 'Internal Server Error' })),
  };
}

const HOST_MESSAGES = {
  ROUTE_NOT_FOUND: {
    lv: 'Šajā adresē nekā nav. Pārbaudiet adresi: visas API adreses ir aprakstītas /openapi.json.',
    en: 'There is nothing at this address. Check the address: every API address is described at /openapi.json.',
  },
  METHOD_NOT_ALLOWED: {
    lv: 'Šī adrese nepieņem šo metodi. Atļautās metodes ir norādītas galvenē Allow.',
    en: 'This address does not accept this method. The methods it accepts are listed in the Allow header.',
  },
  REQUEST_TOO_LARGE: {
    lv: 'Pieprasījums ir lielāks par 10 MB. Dokumentus augšupielādējiet ar augšupielādes formu, ko izsniedz API.',
    en: 'The request is larger than 10 MB. Upload documents with the upload form the API hands out.',
  },
  REQUEST_HEADERS_TOO_LARGE: {
    lv: 'Pieprasījuma adrese un galvenes kopā ir garākas par 10 240 baitiem. Saīsiniet adresi vai galvenes un sūtiet vēlreiz.',
    en: 'The address and headers of the request are longer than 10,240 bytes together. Shorten them and send it again.',
  },
  REQUEST_MALFORMED: {
    lv: 'Pieprasījums nav derīgs HTTP pieprasījums. Pārbaudiet, ko sūta jūsu programma.',
    en: 'The request is not a valid HTTP request. Check what your program sends.',
  },
  WEB_APP_NOT_BUILT: {
    lv: 'Tīmekļa lietotne vēl nav uzbūvēta. Palaidiet npm run build:web (npm start to izdara pats) un atveriet lapu vēlreiz.',
    en: 'The web app has not been built yet. Run npm run build:web (npm start does it for you) and open the page again.',
  },
  HOST_NOT_READY: {
    lv: 'Sistēma neieslēdzās. Skatiet kļūdas paziņojumu terminālī un palaidiet to no jauna.',
    en: 'The system did not start. See the error in the terminal and start it again.',
  },
} as const;

/** Answers the host gives itself, before any function runs: same shape as the API's own errors. */
export function hostError(statusCode: number, code: keyof typeof HOST_MESSAGES): HttpAnswer {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    cookies: [],
    body: Buffer.from(JSON.stringify({ error: { code, message: HOST_MESSAGES[code] } })),
  };
}
