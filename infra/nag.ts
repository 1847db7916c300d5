import { type App, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, type NagPack } from 'cdk-nag';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/**
 * The rule packs every stack must pass: AWS Solutions (general good practice) and HIPAA Security (health data).
 * `cdk synth` runs them and fails on any finding that is not acknowledged; the infra tests run the same packs.
 */
export function nagPacks(): NagPack[] {
  return [new AwsSolutionsChecks(), new HIPAASecurityChecks()];
}

export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(...nagPacks());
}

/**
 * Accepts findings of the packs on `scope` and everything under it. Each key is one finding's id exactly as the
 * pack reports it (`AwsSolutions-IAM5[Action::kms:ReEncrypt*]`), each value says why it is right here; there is
 * no wildcard, so a new finding of the same rule is never accepted silently.
 */
export function acknowledge(scope: IConstruct, findings: Readonly<Record<string, string>>): void {
  for (const [id, reason] of Object.entries(findings)) Validations.of(scope).acknowledge({ id, reason });
}

/**
 * A policy resource as the packs write it inside a finding id (`IAM5[Resource::…]`): the resolved value with
 * references flattened, e.g. `arn:aws:s3:::bucket-<AWS::AccountId>/*`. Resources of another stack must be named
 * by values this stack can resolve itself: a cross-stack reference reads differently before and after synthesis.
 */
export function findingResource(scope: IConstruct, value: string): string {
  return flattenCfnReference(Stack.of(scope).resolve(value));
}
