import { App, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { nagPacks } from '../../infra/nag.ts';
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

describe.each(STAGE_NAMES)('cdk-nag on the %s stage', (stageName) => {
  let app: App;

  beforeAll(() => {
    app = new App({ context: { ...cdkJson.context, stage: stageName, 'aws:cdk:bundling-stacks': [] } });
    addIntakeStacks(app, resolveStage(app.node));
  });

  it.each(nagPacks().map((pack) => [pack.readPackName, pack] as const))(
    'leaves no %s finding unacknowledged',
    (_name, pack) => {
      const unacknowledged = pack
        .validateScope(app)
        .violations.flatMap((violation) =>
          violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath}`),
        );
      expect(unacknowledged).toEqual([]);
    },
  );

  it('gives every acknowledgement a rule of the packs and a reason of its own', () => {
    const acknowledgements = acknowledgementsUnder(app);
    for (const { path, id, reason } of acknowledgements) {
      expect(id, path).toMatch(/^(AwsSolutions|HIPAA\.Security)-[A-Za-z0-9]+(\[.+\])?$/);
      expect(reason.length, `${id} at ${path}`).toBeGreaterThanOrEqual(40);
    }
    const distinct = new Map(acknowledgements.map(({ id, reason }) => [`${id}: ${reason}`, id]));
    console.log(`${stageName}: ${acknowledgements.length} acknowledgements, ${distinct.size} distinct`);
  });
});
