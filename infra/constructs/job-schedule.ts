import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { acknowledge, findingResource } from '../nag.ts';

export interface JobScheduleProps {
  /** The function the schedule runs. */
  readonly job: IFunction;
  /** An EventBridge Scheduler expression (`rate(1 hour)`, `cron(…)`), read in Riga time. */
  readonly expression: string;
  /** @default - the handler's description */
  readonly description?: string;
}

/**
 * An EventBridge Scheduler schedule that runs a job function, telling it the instant the run was due
 * (`scheduledTime`), which the job measures its periods against. A run that fails is not retried by the schedule:
 * the next run does what is left, and the function's alarms say it failed. The schedule's role may invoke this
 * one function and nothing else.
 */
export class JobSchedule extends Construct {
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: JobScheduleProps) {
    super(scope, id);
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'EventBridge Scheduler: runs this one job function',
    });
    this.schedule = new Schedule(this, 'Schedule', {
      schedule: ScheduleExpression.expression(props.expression, TimeZone.EUROPE_RIGA),
      target: new LambdaInvoke(props.job, {
        role,
        input: ScheduleTargetInput.fromObject({ scheduledTime: ContextAttribute.scheduledTime }),
        retryAttempts: 0,
        maxEventAge: Duration.hours(1),
      }),
      ...(props.description && { description: props.description }),
    });
    acknowledge(role, {
      [`AwsSolutions-IAM5[Resource::${findingResource(this, `${props.job.functionArn}:*`)}]`]:
        'The versions and aliases of this one job function, which is how the Lambda target grant names it; no ' +
        'other function.',
      'HIPAA.Security-IAMNoInlinePolicy':
        "The role's one policy lets the schedule invoke its one job function; it is created and deleted with the " +
        'schedule and attached to nothing else.',
    });
  }
}
