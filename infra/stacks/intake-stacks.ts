import type { App } from 'aws-cdk-lib';
import type { StageSettings } from '../stages.ts';
import { ApiStack } from './api-stack.ts';
import { DataStack } from './data-stack.ts';

export interface IntakeStacks {
  readonly data: DataStack;
  readonly api: ApiStack;
}

/**
 * The whole system for one stage. Shared by `infra/app.ts` and the infra tests, so the tests assert on exactly
 * what `cdk synth` produces. Stack ids carry the stage, so stages can share an account.
 */
export function addIntakeStacks(app: App, stage: StageSettings): IntakeStacks {
  const env = { account: stage.account ?? process.env.CDK_DEFAULT_ACCOUNT, region: stage.region };
  const common = {
    env,
    terminationProtection: stage.terminationProtection,
    tags: { project: 'intake', stage: stage.name },
  };
  const data = new DataStack(app, `Intake-${stage.name}-Data`, {
    ...common,
    description: `Intake (${stage.name}): applications and audit tables, documents bucket, key, secret, staff users`,
    uploadOrigins: [new URL(stage.publicWebUrl).origin],
  });
  const api = new ApiStack(app, `Intake-${stage.name}-Api`, {
    ...common,
    description: `Intake (${stage.name}): HTTP API, functions and stream consumers`,
    table: data.table,
    auditTable: data.auditTable,
    bucket: data.bucket,
    appSecret: data.appSecret,
    mailFrom: stage.mailFrom,
    publicWebUrl: stage.publicWebUrl,
    staffAuth: data.staffUsers.tokenSettings,
    throttle: stage.throttle,
    staffThrottle: stage.staffThrottle,
    logRetention: stage.logRetention,
    removalPolicy: stage.removalPolicy,
  });
  return { data, api };
}
