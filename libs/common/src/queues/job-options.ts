import type { JobsOptions } from 'bullmq';

export const JOB_ATTEMPTS = 5;

/** Defaults for every job: retried with exponential backoff, bounded retention so Redis does not grow forever. */
export function defaultJobOptions(backoffMs: number): JobsOptions {
  return {
    attempts: JOB_ATTEMPTS,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 14 * 24 * 3600, count: 5000 },
  };
}
