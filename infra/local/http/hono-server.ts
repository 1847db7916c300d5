import { createServer, type Server, type ServerOptions } from 'node:http';
import { getRequestListener, type HttpBindings, RequestError } from '@hono/node-server';
import type { Hono } from 'hono';
import { StandInError } from '../stand-ins.ts';

/** What the local servers run on: a Hono app with Node's request and response at hand, as `c.env`. */
export type NodeEnv = { Bindings: HttpBindings };

export interface HonoServerOptions {
  /** 0 picks a free port. */
  port: number;
  hostname: string;
  /** The message when the port is taken: which service, and how to choose another port. */
  portTaken: (port: number) => string;
  serverOptions?: ServerOptions;
  /** The answer to a request Node read but the Fetch API cannot hold, such as a Host header that names no host. */
  unreadable: () => Response;
  /** The answer when something fails outside the app's own error handling. */
  failed: () => Response;
}

export interface HonoServer {
  server: Server;
  /** `http://<hostname>:<port>`, with the port actually taken. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a Hono app on this machine. The adapter puts its own `Request` and `Response` in place of the global ones
 * (its default): they pass for Node's everywhere, and Hono's body limit needs them to read a chunked body.
 */
export async function serveHono<E extends NodeEnv>(app: Hono<E>, options: HonoServerOptions): Promise<HonoServer> {
  const listener = getRequestListener(app.fetch, {
    hostname: options.hostname,
    errorHandler: (error) => (error instanceof RequestError ? options.unreadable() : options.failed()),
  });
  const server = createServer(options.serverOptions ?? {}, listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new StandInError(options.portTaken(options.port)) : error),
    );
    server.listen(options.port, options.hostname, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://${options.hostname}:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
