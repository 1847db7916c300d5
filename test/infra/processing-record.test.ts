import { App, CfnResource } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { addIntakeStacks } from '../../infra/stacks/intake-stacks.ts';
import { resolveStage, STAGE_NAMES } from '../../infra/stages.ts';
import { DATA_STORES, EDGE_LOG_REGION } from '../../shared/domain/processing-services.ts';

/**
 * The record of processing says where the data live from the region the functions run in, and names the stores by
 * role. These hold that to what the CDK deploys: every stack with data in the stage's region but the edge stack,
 * which is where the record places the AWS WAF log, and one store of the record per table and user pool.
 */

function stacksOf(stage: string) {
  const app = new App({ context: { ...cdkJson.context, stage, 'aws:cdk:bundling-stacks': [] } });
  const settings = resolveStage(app.node);
  return { app, settings, stacks: addIntakeStacks(app, settings) };
}

describe('where the record of processing says the data live', () => {
  it.each(STAGE_NAMES)(
    '%s: the functions run where the data, the logs and the web stack are; AWS WAF logs at the edge',
    (stage) => {
      const { settings, stacks } = stacksOf(stage);
      for (const stack of [stacks.data, stacks.api, stacks.web])
        expect(stack.region, stack.stackName).toBe(settings.region);
      expect(stacks.edge.region).toBe(EDGE_LOG_REGION);
    },
  );

  it('names a store for each table and for the staff user pool the stage deploys', () => {
    const { app } = stacksOf('prod');
    const resources = app.node.findAll().filter(CfnResource.isCfnResource);
    const count = (type: string) => resources.filter((resource) => resource.cfnResourceType === type).length;
    const stores = Object.values(DATA_STORES);
    expect(count('AWS::DynamoDB::GlobalTable')).toBe(stores.filter((store) => store.processor === 'dynamodb').length);
    expect(count('AWS::Cognito::UserPool')).toBe(stores.filter((store) => store.processor === 'cognito').length);
  });
});
