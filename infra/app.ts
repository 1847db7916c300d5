import { App } from 'aws-cdk-lib';
import { addIntakeStacks } from './stacks/intake-stacks.ts';
import { resolveStage } from './stages.ts';

/**
 * CDK entry: `cdk synth -c stage=dev|prod` (default from cdk.json). Runs on Node 24, which strips the types
 * itself, so no build step stands between the source and the synthesized templates.
 */
const app = new App();
addIntakeStacks(app, resolveStage(app.node));
app.synth();
