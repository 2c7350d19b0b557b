import { MigrationClass } from '@guichet/common';
import { CreateContent1763800000000 } from './1763800000000-create-content';

export const catalogueMigrations: MigrationClass[] = [CreateContent1763800000000];
