import { CfnOutput, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface MailSendingProps {
  /** The sender address; its domain becomes the SES identity. */
  readonly mailFrom: string;
  /** Encrypts the delivery-event topic (SES events name recipients' addresses). */
  readonly encryptionKey: IKey;
}

/**
 * How applicant e-mail leaves: the sender's domain as an SES identity signed with DKIM, and a configuration set
 * that every message of that identity goes through. The set requires TLS to the receiving server, keeps the
 * account's suppression list for bounces and complaints, publishes reputation metrics (the bounce-rate alarm
 * reads them), and sends bounce and complaint events to a topic, from which they are recorded on the
 * application they concern so staff can reach the person another way.
 */
export class MailSending extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  /** Bounce and complaint events, as SES publishes them. */
  readonly deliveryEvents: Topic;

  constructor(scope: Construct, id: string, props: MailSendingProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.deliveryEvents = new Topic(this, 'DeliveryEvents', {
      displayName: 'Applicant e-mail bounces and complaints',
      masterKey: props.encryptionKey,
      enforceSSL: true,
    });
    // SES publishes into the encrypted topic under its own principal, for this account only.
    props.encryptionKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      sendingEnabled: true,
    });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.deliveryEvents),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    const domain = props.mailFrom.split('@')[1] ?? props.mailFrom;
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(domain),
      configurationSet: this.configurationSet,
      // Bounces and complaints arrive as events above, not as e-mail to the sender.
      feedbackForwarding: false,
    });
    this.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: `DNS record ${index + 1} of 3 that verifies ${domain} for SES (DKIM)`,
      });
    });
  }
}
