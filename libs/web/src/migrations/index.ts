import { CreateWebSessions1764100000001 } from './1764100000001-create-web-sessions';

export const webMigrations = [CreateWebSessions1764100000001];
