import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { addNagChecks, nagPacks } from '../../infra/nag.ts';
import { addIntakeStacks } from '../../infra/stacks/intake-stacks.ts';
import { resolveStage, STAGE_NAMES } from '../../infra/stages.ts';

/** Every acknowledgement made anywhere in the app: construct path, finding id, reason. */
function acknowledgementsUnder(root: IConstruct): { path: string; id: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe.each(STAGE_NAMES)('cdk-nag on the %s stage, as `npm run synth` runs it', (stageName) => {
  const outdir = mkdtempSync(join(tmpdir(), 'intake-synth-'));
  let app: App;
  let synthError: unknown;

  beforeAll(() => {
    app = new App({ outdir, context: { ...cdkJson.context, stage: stageName, 'aws:cdk:bundling-stacks': [] } });
    addIntakeStacks(app, resolveStage(app.node));
    addNagChecks(app);
    try {
      app.synth();
    } catch (error) {
      synthError = error;
    }
  });

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('synthesizes every stack with no finding of either pack left unacknowledged', () => {
    // Checked again on the synthesized tree, where cross-stack references are resolved as synth sees them, to
    // name each finding in the failure message.
    const unacknowledged = nagPacks().flatMap((pack) =>
      pack
        .validateScope(app)
        .violations.flatMap((violation) =>
          violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath}`),
        ),
    );
    expect(unacknowledged).toEqual([]);
    expect(synthError).toBeUndefined();
  });

  it('gives every acknowledgement a rule of the packs and a reason of its own', () => {
    const acknowledgements = acknowledgementsUnder(app);
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { path, id, reason } of acknowledgements) {
      expect(id, path).toMatch(/^(AwsSolutions|HIPAA\.Security)-[A-Za-z0-9]+(\[.+\])?$/);
      expect(reason.length, `${id} at ${path}`).toBeGreaterThanOrEqual(40);
    }
    const distinct = new Set(acknowledgements.map(({ id, reason }) => `${id}: ${reason}`));
    console.log(`${stageName}: ${acknowledgements.length} acknowledgements, ${distinct.size} distinct`);
  });
});
