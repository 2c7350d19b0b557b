/** Every queue and job of the platform; a job name belongs to exactly one queue. */
export enum QueueName {
  Mail = 'mail',
}

export enum JobName {
  SendMail = 'send-mail',
}

export const JOBS_BY_QUEUE: Record<QueueName, readonly JobName[]> = {
  [QueueName.Mail]: [JobName.SendMail],
};
