export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Base64 so that the job payload stays JSON. */
  contentBase64: string;
  /** Set to reference the attachment inline from the HTML as `cid:<cid>`. */
  cid?: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}
