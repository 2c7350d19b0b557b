export * from './catalogue.module';
export * from './migrations';
export * from './matches/matches.service';
export * from './matches/seat-inventory.service';
export * from './matches/match-view';
