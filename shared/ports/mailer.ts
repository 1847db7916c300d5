export interface EmailMessage {
  to: readonly string[];
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}

/** Remembers which notifications went out, so a replayed event never sends one twice. */
export interface NotificationLedger {
  /** True when this call took the notification; false when it was taken or sent before. */
  claim(notificationId: string): Promise<boolean>;
  markSent(notificationId: string): Promise<void>;
  /** Gives a claimed notification back after a failed send, so a retry can take it. */
  release(notificationId: string): Promise<void>;
}
