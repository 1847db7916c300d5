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

  it('reads the web certificate ARN of the chosen stage from cdk.json', () => {
    const prod = resolveStage(contextWith({ stage: 'prod' }));
    expect(prod.webCertificateArn).toBe(cdkJson.context['intake:stages'].prod.webCertificateArn);
  });

  it('rejects a web certificate outside us-east-1, saying CloudFront takes certificates only from there', () => {
    const stages = {
      ...cdkJson.context['intake:stages'],
      dev: {
        ...cdkJson.context['intake:stages'].dev,
        webCertificateArn: 'arn:aws:acm:eu-north-1:123456789012:certificate/0d1f6c2e-7a4b-4c39-9e1d-3f2a8b5c6d71',
      },
    };
    expect(() => resolveStage(contextWith({ 'intake:stages': stages }))).toThrow(
      /intake:stages\.dev.*webCertificateArn: .*CloudFront takes certificates only from us-east-1/,
    );
  });

  it('rejects a stage without a web certificate ARN', () => {
    const { webCertificateArn: _, ...withoutCertificate } = cdkJson.context['intake:stages'].dev;
    const stages = { ...cdkJson.context['intake:stages'], dev: withoutCertificate };
    expect(() => resolveStage(contextWith({ 'intake:stages': stages }))).toThrow(/webCertificateArn/);
  });

  it('limits new applications and staff requests per IP at the edge below the general limit in every stage', () => {
    for (const name of ['dev', 'prod']) {
      const { edgeRateLimits } = resolveStage(contextWith({ stage: name }));
      expect(edgeRateLimits.applicationCreation).toBeLessThan(edgeRateLimits.staff);
      expect(edgeRateLimits.staff).toBeLessThan(edgeRateLimits.perIp);
      // AWS WAF counts at least 10 requests in a window.
      expect(edgeRateLimits.applicationCreation).toBeGreaterThanOrEqual(10);
    }
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
    // What holds data or decides who reaches it; the rest (policies, the web client, the SES and GuardDuty
    // settings, the event topic) is configuration, made again on deploy.
    const dataTypes = [
      'AWS::DynamoDB::GlobalTable',
      'AWS::S3::Bucket',
      'AWS::KMS::Key',
      'AWS::SecretsManager::Secret',
      'AWS::Cognito::UserPool',
      'AWS::Cognito::UserPoolGroup',
    ];
    const stateful = dataResources.filter((resource) => dataTypes.includes(resource.Type));
    expect(new Set(stateful.map((resource) => resource.Type))).toEqual(new Set(dataTypes));
    expect(stateful.every((resource) => resource.DeletionPolicy === 'Retain')).toBe(true);
  });
});
