import { SESClient } from '@aws-sdk/client-ses';
import { type AwsClientOptions, standIn } from './aws-client-options.ts';

/** The client e-mail is sent with. */
export function createSesClient({ region, endpoints = {} }: AwsClientOptions): SESClient {
  return new SESClient({ region, ...standIn(endpoints.ses) });
}
