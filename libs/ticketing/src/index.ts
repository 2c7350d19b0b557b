export * from './ticketing.module';
export * from './ticketing-worker.module';
export * from './migrations';
export * from './tickets/ticket.entity';
export * from './tickets/ticket-keys.service';
