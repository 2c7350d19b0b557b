import { Module } from '@nestjs/common';

/** Owns the payments entities, services and routes (see DESIGN.md); filled by its own issue. */
@Module({})
export class PaymentsModule {}
