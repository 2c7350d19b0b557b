import { Module } from '@nestjs/common';

/** Owns the ticketing entities, services and routes (see DESIGN.md); filled by its own issue. */
@Module({})
export class TicketingModule {}
