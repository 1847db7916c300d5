import { Agent, request } from 'node:http';

/** One request exactly as it goes on the wire: the path is sent as given, never normalised or re-encoded. */
export interface RawRequest {
  method: string;
  /** Path and query string, already percent-encoded where needed. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
}

export interface RawAnswer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * A client that sends what `fetch` would refuse or tidy up: dot segments, encoded slashes, invalid percent
 * escapes, raw UTF-8 bytes in header values. Connections are kept alive and shared, a few at a time.
 */
export function rawHttpClient(baseUrl: string, maxSockets = 6) {
  const { hostname, port } = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets });
  function send(raw: RawRequest): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      const outgoing = request(
        { agent, hostname, port, method: raw.method, path: raw.path, headers: raw.headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              contentType: String(response.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(raw.body);
    });
  }
  return { send, close: () => agent.destroy() };
}
