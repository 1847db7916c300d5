import { CfnOutput } from 'aws-cdk-lib';
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
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { serviceTopic } from './service-topic.ts';

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
    this.deliveryEvents = serviceTopic(this, 'DeliveryEvents', {
      displayName: 'Applicant e-mail bounces and complaints',
      encryptionKey: props.encryptionKey,
      publisher: 'ses.amazonaws.com',
    });
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
