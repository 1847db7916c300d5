import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { logContext } from '../logging/logger.ts';
import { errorResponse } from './error-response.ts';
import { originCheck } from './origin-check.ts';

type Handle = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * The one middleware stack of every HTTP function: first the logger takes the invocation's context, then the check
 * that the request came through the site's distribution, then the function; whatever is thrown becomes the mapped
 * error answer (5xx logged there).
 */
export function httpHandler(handle: Handle) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use(logContext())
    .use(originCheck())
    .use({
      onError: (request) => {
        request.response = errorResponse(
          request.error,
          request.event.requestContext?.requestId ?? request.context.awsRequestId,
        );
      },
    })
    .handler(handle);
}
