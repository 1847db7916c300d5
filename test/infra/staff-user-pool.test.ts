import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnUserPool, CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { beforeAll, describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { DataStack } from '../../infra/stacks/data-stack.ts';
import { MUNICIPALITY_CLAIM, STAFF_GROUPS } from '../../shared/schemas/staff-identity.ts';
import { TEST_DATA_STACK_PROPS } from './support/data-stack-props.ts';

interface Resource {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
}

let template: Template;
let pool: Resource;
let poolId: string;
let client: Resource;

beforeAll(() => {
  const app = new App({ context: { ...cdkJson.context } });
  const stack = new DataStack(app, 'Data', { ...TEST_DATA_STACK_PROPS, uploadOrigins: ['https://x.example'] });
  template = Template.fromStack(stack);
  const resources = template.toJSON().Resources as Record<string, Resource>;
  poolId = stack.getLogicalId(stack.staffUsers.userPool.node.defaultChild as CfnUserPool);
  pool = resources[poolId] as Resource;
  client = resources[stack.getLogicalId(stack.staffUsers.webClient.node.defaultChild as CfnUserPoolClient)] as Resource;
});

describe('staff user pool', () => {
  it('is the only user pool, and only administrators create users in it', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    expect(pool.Properties.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
  });

  it('blocks leaked credentials and risky sign-ins with threat protection (the Plus plan)', () => {
    expect(pool.Properties).toMatchObject({
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  it('signs in by username only', () => {
    expect(pool.Properties.UsernameAttributes).toBeUndefined();
    expect(pool.Properties.AliasAttributes).toBeUndefined();
  });

  it('requires MFA for everyone, with an authenticator app and never SMS', () => {
    expect(pool.Properties.MfaConfiguration).toBe('ON');
    expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
  });

  it('requires passwords of at least 12 characters from every character class', () => {
    expect(pool.Properties.Policies).toMatchObject({
      PasswordPolicy: {
        MinimumLength: 12,
        RequireLowercase: true,
        RequireUppercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
      },
    });
  });

  it('keeps each user in one municipality: the attribute cannot be changed once set', () => {
    const name = MUNICIPALITY_CLAIM.replace(/^custom:/, '');
    expect(pool.Properties.Schema).toContainEqual(
      expect.objectContaining({ Name: name, AttributeDataType: 'String', Mutable: false }),
    );
  });

  it('recovers accounts by verified e-mail only', () => {
    expect(pool.Properties.AccountRecoverySetting).toEqual({
      RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }],
    });
  });

  it('is deletion-protected and retained, with its groups', () => {
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(pool.DeletionPolicy).toBe('Retain');
    for (const group of Object.values(template.findResources('AWS::Cognito::UserPoolGroup'))) {
      expect(group.DeletionPolicy).toBe('Retain');
    }
  });

  it('has the two staff groups the functions know', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup'));
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual(Object.values(STAFF_GROUPS).sort());
    for (const group of groups) expect(group.Properties.UserPoolId).toEqual({ Ref: poolId });
  });

  it('outputs the pool id, the web client id and the token issuer', () => {
    for (const name of ['StaffUserPoolId', 'StaffWebClientId', 'StaffTokenIssuer']) template.hasOutput(name, {});
  });
});

describe('web app client', () => {
  it('is public (no secret) and signs in with a password or SRP, without OAuth', () => {
    expect(client.Properties.GenerateSecret).toBe(false);
    expect((client.Properties.ExplicitAuthFlows as string[]).sort()).toEqual(
      ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH'].sort(),
    );
    expect(client.Properties.AllowedOAuthFlowsUserPoolClient).toBe(false);
  });

  it('issues ID tokens for an hour and refresh tokens for eight', () => {
    expect(client.Properties).toMatchObject({
      IdTokenValidity: 60,
      RefreshTokenValidity: 480,
      TokenValidityUnits: { IdToken: 'minutes', RefreshToken: 'minutes' },
    });
  });

  it('does not tell whether a username exists', () => {
    expect(client.Properties.PreventUserExistenceErrors).toBe('ENABLED');
  });

  it('can read the municipality but never write it (and its write list is not empty, which would mean all)', () => {
    expect(client.Properties.ReadAttributes).toContain(MUNICIPALITY_CLAIM);
    const writable = client.Properties.WriteAttributes as string[];
    expect(writable.length).toBeGreaterThan(0);
    expect(writable).not.toContain(MUNICIPALITY_CLAIM);
    expect(writable.filter((attribute) => attribute.startsWith('custom:'))).toEqual([]);
  });
});
