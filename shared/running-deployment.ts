import packageJson from '../package.json' with { type: 'json' };
import { readConfig } from './config.ts';
import type { Deployment } from './domain/processing-record.ts';

/**
 * The deployment this process runs in, as the record of processing names it: the AWS region Lambda runs the
 * function in, which is the stage's `region` (infra/stages.ts; every stack of the stage but the edge one is
 * deployed there), and the version of the code as package.json states it.
 */
export function runningDeployment(): Deployment {
  return { region: readConfig('aws').AWS_REGION, codeVersion: packageJson.version };
}
