import { Duration, TimeZone } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';

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
    this.schedule = new Schedule(this, 'Schedule', {
      schedule: ScheduleExpression.expression(props.expression, TimeZone.EUROPE_RIGA),
      target: new LambdaInvoke(props.job, {
        input: ScheduleTargetInput.fromObject({ scheduledTime: ContextAttribute.scheduledTime }),
        retryAttempts: 0,
        maxEventAge: Duration.hours(1),
      }),
      ...(props.description && { description: props.description }),
    });
  }
}
