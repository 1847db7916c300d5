import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { errorResponse } from './error-response.ts';
import { originCheck } from './origin-check.ts';

type Handle = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * The one middleware stack of every HTTP function: first the check that the request came through the site's
 * distribution, then the function; whatever is thrown becomes the mapped error answer.
 */
export function httpHandler(handle: Handle) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
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
