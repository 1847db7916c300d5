import { randomBytes } from 'node:crypto';
import type { Context } from 'aws-lambda';

/** Not a real account: it only gives ARNs and the request context their usual shape. */
export const LOCAL_ACCOUNT_ID = '000000000000';

/** API Gateway's integration timeout: the longest a function can keep a request open. */
const FUNCTION_TIMEOUT_MS = 30_000;

/** The Lambda context a function gets: its name, the request id and a deadline it can check. */
export function lambdaContext(functionName: string, awsRequestId: string, region: string): Context {
  const deadline = Date.now() + FUNCTION_TIMEOUT_MS;
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
  const callbackStyle = () => {
    throw new Error('Callback-style completion is not supported: return a promise.');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${LOCAL_ACCOUNT_ID}:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `${day}/[$LATEST]${randomBytes(16).toString('hex')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: callbackStyle,
    fail: callbackStyle,
    succeed: callbackStyle,
  };
}
