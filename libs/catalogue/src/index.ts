export * from './catalogue.module';
export * from './migrations';
export * from './matches/matches.service';
export * from './matches/seat-inventory.service';
export * from './matches/match-view';
export * from './content/content.service';
export * from './content/content-type';
export * from './stats/catalogue-stats.service';
