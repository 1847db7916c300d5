import { App, RemovalPolicy } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { addIntakeStacks } from '../../infra/stacks/intake-stacks.ts';
import { resolveStage } from '../../infra/stages.ts';

const contextWith = (extra: Record<string, unknown>) => new App({ context: { ...cdkJson.context, ...extra } }).node;

describe('stage settings', () => {
  it('uses the stage named in cdk.json when none is passed', () => {
    expect(resolveStage(contextWith({})).name).toBe(cdkJson.context.stage);
  });

  it('reads the mail sender and web URL of the chosen stage from cdk.json', () => {
    const prod = resolveStage(contextWith({ stage: 'prod' }));
    expect(prod.mailFrom).toBe(cdkJson.context['intake:stages'].prod.mailFrom);
    expect(prod.publicWebUrl).toBe(cdkJson.context['intake:stages'].prod.publicWebUrl);
  });

  it('limits each staff route below the public routes in every stage', () => {
    for (const name of ['dev', 'prod']) {
      const stage = resolveStage(contextWith({ stage: name }));
      expect(stage.staffThrottle.rateLimit).toBeLessThan(stage.throttle.rateLimit);
      expect(stage.staffThrottle.burstLimit).toBeLessThan(stage.throttle.burstLimit);
    }
  });

  it('rejects an unknown stage name, naming the accepted ones', () => {
    expect(() => resolveStage(contextWith({ stage: 'test' }))).toThrow(/-c stage=dev\|prod/);
  });

  it('rejects a stage whose sender address is not an e-mail address', () => {
    const stages = {
      ...cdkJson.context['intake:stages'],
      dev: { region: 'eu-north-1', mailFrom: 'nobody', publicWebUrl: 'https://x.example' },
    };
    expect(() => resolveStage(contextWith({ 'intake:stages': stages }))).toThrow(/intake:stages\.dev.*mailFrom/);
  });

  it('rejects a web URL that is not https', () => {
    const stages = {
      ...cdkJson.context['intake:stages'],
      dev: { region: 'eu-north-1', mailFrom: 'a@b.example', publicWebUrl: 'http://x.example' },
    };
    expect(() => resolveStage(contextWith({ 'intake:stages': stages }))).toThrow(/publicWebUrl/);
  });

  it('protects prod stacks from termination and keeps prod logs when the API stack is removed', () => {
    const app = new App({ context: { ...cdkJson.context, stage: 'prod', 'aws:cdk:bundling-stacks': [] } });
    const stage = resolveStage(app.node);
    const { data, api } = addIntakeStacks(app, stage);
    expect(stage.removalPolicy).toBe(RemovalPolicy.RETAIN);
    expect(data.terminationProtection).toBe(true);
    expect(api.terminationProtection).toBe(true);
    const logGroups = Template.fromStack(api).findResources('AWS::Logs::LogGroup');
    expect(Object.values(logGroups).every((group) => group.DeletionPolicy === 'Retain')).toBe(true);
  });

  it('lets a dev API stack be destroyed with its logs while its data stays', () => {
    const app = new App({ context: { ...cdkJson.context, stage: 'dev', 'aws:cdk:bundling-stacks': [] } });
    const { data, api } = addIntakeStacks(app, resolveStage(app.node));
    expect(api.terminationProtection).toBe(false);
    const logGroups = Template.fromStack(api).findResources('AWS::Logs::LogGroup');
    expect(Object.values(logGroups).every((group) => group.DeletionPolicy === 'Delete')).toBe(true);
    const dataResources = Object.values(
      Template.fromStack(data).toJSON().Resources as Record<string, { Type: string; DeletionPolicy?: string }>,
    );
    // The bucket policy and the web app's client hold no data: they are configuration, made again on deploy.
    const notData = ['AWS::S3::BucketPolicy', 'AWS::Cognito::UserPoolClient'];
    const stateful = dataResources.filter((resource) => !notData.includes(resource.Type));
    expect(stateful.map((resource) => resource.Type)).toEqual(
      expect.arrayContaining(['AWS::DynamoDB::GlobalTable', 'AWS::Cognito::UserPool', 'AWS::Cognito::UserPoolGroup']),
    );
    expect(stateful.every((resource) => resource.DeletionPolicy === 'Retain')).toBe(true);
  });
});
