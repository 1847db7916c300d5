import { Logger, type LogItem } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { redactForLog } from './redact.ts';

/** What Powertools adds to every line for CloudWatch; a line printed outside Lambda leaves it out. */
const LOCAL_LINE_OMITS = new Set([
  'level',
  'event',
  'timestamp',
  'service',
  'sampling_rate',
  'cold_start',
  'function_arn',
  'function_memory_size',
  'function_name',
  'function_request_id',
  'xray_trace_id',
  'tenant_id',
]);

type ConsoleMethod = 'debug' | 'log' | 'warn' | 'error';

/**
 * Inside Lambda, lines go out as Powertools writes them: one JSON object per line on stdout, with the invocation's
 * context. Anywhere else (the local host, tests, tools) a line is the event and its fields only, as compact JSON
 * through the global console, so the local host's output stays readable. Either way every value passes the
 * redaction first.
 */
class RedactingLogger extends Logger {
  protected override printLog(logLevel: number, log: LogItem): void {
    if (inLambdaRuntime()) {
      super.printLog(logLevel, log);
      return;
    }
    log.prepareForPrint();
    const { level, message, ...rest } = log.getAttributes();
    // `level` and `event` name the line: a field of the same name cannot take their place.
    const fields = Object.fromEntries(Object.entries(rest).filter(([key]) => !LOCAL_LINE_OMITS.has(key)));
    const name = String(level).toLowerCase();
    console[consoleMethod(name)](JSON.stringify({ level: name, event: message, ...fields }, this.getJsonReplacer()));
  }
}

/**
 * The Node.js runtime of Lambda gives handlers the global `awslambda.streamifyResponse` (response streaming).
 * Only the function is telling: libraries create an empty `awslambda` object of their own.
 */
function inLambdaRuntime(): boolean {
  const runtime = (globalThis as { awslambda?: { streamifyResponse?: unknown } }).awslambda;
  return typeof runtime?.streamifyResponse === 'function';
}

/** Warnings and errors to stderr, the rest to stdout, as the local host has always printed them. */
function consoleMethod(level: string): ConsoleMethod {
  if (level === 'warn') return 'warn';
  if (level === 'error' || level === 'critical') return 'error';
  return level === 'info' ? 'log' : 'debug';
}

/**
 * The one logger of every function. The message of a line is its event name (`mail-event-skipped`); its fields
 * name ids, codes and outcomes. Personal data is never logged on purpose, and `redactForLog` withholds it when it
 * is logged by mistake.
 */
export const logger = new RedactingLogger({ serviceName: 'intake-selection', jsonReplacerFn: redactForLog });

/**
 * The logger as middy middleware: each line carries the invocation's context (function, request id, cold start).
 * The event is never logged, whatever `POWERTOOLS_LOGGER_LOG_EVENT` says: it holds the request body.
 */
export function logContext() {
  return injectLambdaContext(logger, { logEvent: false, resetKeys: true });
}
