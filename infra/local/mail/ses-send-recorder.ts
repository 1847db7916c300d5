import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';

/** A message the SES stand-in accepted, with what real SES keeps of it for its events and the stand-in drops. */
export interface SentMessage {
  messageId: string;
  source: string;
  /** Every recipient: To, Cc and Bcc. */
  destination: string[];
  /** The message tags it was sent with, as SES publishes them in `mail.tags`: each name with its values. */
  tags: Record<string, string[]>;
  configurationSet?: string;
  sentAt: Date;
}

export type SentMessageListener = (message: SentMessage) => void;

export interface SesSendRecorder {
  /** Calls `listener` with every message sent from now on; the returned function stops that. */
  onSent(listener: SentMessageListener): () => void;
  close(): Promise<void>;
}

/** Headers about one hop of a connection, not the message: each side of the front sets its own. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/**
 * The SES stand-in keeps a sent message's addresses and text, but drops the `Tags` and `ConfigurationSetName`
 * of v1 `SendEmail`, which real SES publishes with every event of the message. This front listens on the SES
 * port and passes every request through to the stand-in unchanged; for each `SendEmail` the stand-in accepted,
 * it tells its listeners the message id (from the stand-in's answer), the recipients and the tags.
 */
export async function startSesSendRecorder(options: {
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** The stand-in itself, listening on a port of its own. */
  standIn: Server;
}): Promise<SesSendRecorder> {
  const address = options.standIn.address();
  if (!address || typeof address === 'string') throw new Error('The SES stand-in is not listening on a TCP port.');
  const target = { hostname: address.address, port: address.port };
  const listeners = new Set<SentMessageListener>();

  const server = createServer((incoming, answer) => {
    readAll(incoming)
      .then((body) => {
        const forwarded = request(
          {
            hostname: target.hostname,
            port: target.port,
            method: incoming.method,
            path: incoming.url,
            headers: { ...endToEnd(incoming.headers), 'content-length': String(body.length) },
          },
          (response) => {
            readAll(response)
              .then((reply) => {
                answer.writeHead(response.statusCode ?? 502, {
                  ...endToEnd(response.headers),
                  'content-length': String(reply.length),
                });
                answer.end(reply);
                if (incoming.method === 'POST' && response.statusCode === 200) {
                  const sent = sentMessage(body, reply);
                  if (sent) for (const listener of listeners) tellListener(listener, sent);
                }
              })
              .catch(() => answer.destroy());
          },
        );
        forwarded.on('error', () => {
          answer.writeHead(502).end();
        });
        forwarded.end(body);
      })
      .catch(() => answer.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });

  return {
    onSent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The message of a v1 `SendEmail` request (a form, as the SDK's query protocol sends it) that the stand-in
 * answered with a message id; undefined for any other request.
 */
export function sentMessage(requestBody: Buffer, answerBody: Buffer, now = new Date()): SentMessage | undefined {
  const form = new URLSearchParams(requestBody.toString('utf8'));
  if (form.get('Action') !== 'SendEmail') return undefined;
  const messageId = /<MessageId>([^<]+)<\/MessageId>/.exec(answerBody.toString('utf8'))?.[1];
  if (!messageId) return undefined;
  const members = (prefix: string) => {
    const values: string[] = [];
    for (let n = 1; form.has(`${prefix}.member.${n}`); n++) values.push(form.get(`${prefix}.member.${n}`) as string);
    return values;
  };
  const tags: Record<string, string[]> = {};
  for (let n = 1; form.has(`Tags.member.${n}.Name`); n++) {
    const name = form.get(`Tags.member.${n}.Name`) as string;
    tags[name] = [...(tags[name] ?? []), form.get(`Tags.member.${n}.Value`) ?? ''];
  }
  const configurationSet = form.get('ConfigurationSetName');
  return {
    messageId,
    source: form.get('Source') ?? '',
    destination: [
      ...members('Destination.ToAddresses'),
      ...members('Destination.CcAddresses'),
      ...members('Destination.BccAddresses'),
    ],
    tags,
    ...(configurationSet && { configurationSet }),
    sentAt: now,
  };
}

/** A listener's failure is its own: the sender has had its answer, and the other listeners still hear of it. */
export function tellListener(listener: SentMessageListener, message: SentMessage): void {
  try {
    listener(message);
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    console.error(JSON.stringify({ level: 'error', event: 'sent-message-listener-failed', name }));
  }
}

function endToEnd(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_HEADERS.has(name)) kept[name] = value;
  }
  return kept;
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
