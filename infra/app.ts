import { App } from 'aws-cdk-lib';
import { addNagChecks } from './nag.ts';
import { addIntakeStacks } from './stacks/intake-stacks.ts';
import { resolveStage } from './stages.ts';

/**
 * CDK entry: `cdk synth -c stage=dev|prod` (default from cdk.json). Synthesis fails on any cdk-nag finding that
 * is not acknowledged (infra/nag.ts). Runs on Node 24, which strips the types
 * itself, so no build step stands between the source and the synthesized templates.
 */
const app = new App();
addIntakeStacks(app, resolveStage(app.node));
addNagChecks(app);
app.synth();
