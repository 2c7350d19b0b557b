import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

const run = promisify(execFile);

describe('console API types', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({}, false);
  });
  afterAll(() => testApp.close());

  it('are generated from the OpenAPI document the API serves today', async () => {
    const document = await request(testApp.app.getHttpServer()).get('/api/docs-json').expect(200);
    const file = join(tmpdir(), 'guichet-docs.json');
    await writeFile(file, JSON.stringify(document.body));
    // Fails (exit 1, naming the command that regenerates) when angular-admin's api-types.ts is stale.
    const { stdout } = await run('node', ['angular-admin/scripts/api-types.mjs', '--check', '--input', file]);
    expect(stdout).toContain('matches');
  });
});
