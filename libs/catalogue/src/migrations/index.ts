import type { MigrationClass } from '@guichet/common';
import { CreateContent1763800000000 } from './1763800000000-create-content';
import { CreateMatches1763810000000 } from './1763810000000-create-matches';
import { ContentVersionOnRealChanges1764500000000 } from './1764500000000-content-version-on-real-changes';

export const catalogueMigrations: MigrationClass[] = [CreateContent1763800000000, CreateMatches1763810000000, ContentVersionOnRealChanges1764500000000];
