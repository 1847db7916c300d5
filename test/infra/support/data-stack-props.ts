import { Duration } from 'aws-cdk-lib';

/** A data stack's settings apart from the upload origins, for tests that build the data stack alone. */
export const TEST_DATA_STACK_PROPS = {
  env: { region: 'eu-north-1', account: '123456789012' },
  mailFrom: 'no-reply@intake.example',
  documentRetention: Duration.days(1000),
  accessLogRetention: Duration.days(400),
} as const;
