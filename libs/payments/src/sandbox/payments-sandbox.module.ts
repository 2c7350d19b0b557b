import { DynamicModule, Module } from '@nestjs/common';
import { PaymentsSandbox } from './payments-sandbox';
import { PaymentsSandboxPages } from './payments-sandbox-pages';

/** Mounted by `npm start` only, when it runs the sandbox in place of Stripe. */
@Module({})
export class PaymentsSandboxModule {
  static forRoot(sandbox: PaymentsSandbox): DynamicModule {
    return { module: PaymentsSandboxModule, providers: [{ provide: PaymentsSandbox, useValue: sandbox }, PaymentsSandboxPages] };
  }
}
