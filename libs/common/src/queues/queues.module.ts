import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { redisOptions } from '../redis/redis-connection';
import { defaultJobOptions } from './job-options';
import { QueueName } from './queue-names';

const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));

/** BullMQ root connection and every queue as an injectable producer. */
@Global()
@Module({})
export class QueuesModule {
  static forRoot(): DynamicModule {
    return {
      module: QueuesModule,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection: redisOptions(config.REDIS_URL),
            prefix: config.REDIS_PREFIX,
            defaultJobOptions: defaultJobOptions(config.QUEUE_BACKOFF_MS),
          }),
        }),
        ...queues,
      ],
      exports: queues,
    };
  }
}
