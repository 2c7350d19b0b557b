import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@guichet/common';
import { PaymentsSandbox, PaymentsSandboxModule } from '@guichet/payments';
import { allMigrations } from '@guichet/schema';
import { ApiFeaturesModule, BotFeaturesModule, WorkerFeaturesModule } from '@guichet/features';

/** api + worker + bot in one process: the zero-setup mode behind `npm start`; with the sandbox's pages when it runs. */
@Module({})
export class StandaloneAppModule {
  static forRoot(config: AppConfig, sandbox?: PaymentsSandbox): DynamicModule {
    return {
      module: StandaloneAppModule,
      imports: [
        CoreModule.forRoot(config, allMigrations),
        ApiFeaturesModule,
        WorkerFeaturesModule,
        BotFeaturesModule.forRoot(config),
        ...(sandbox ? [PaymentsSandboxModule.forRoot(sandbox)] : []),
      ],
    };
  }
}
