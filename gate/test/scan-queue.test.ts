import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AdmittedCodes } from '../src/offline/admitted-codes.js';
import { type QueuedScan, ScanQueue } from '../src/offline/scan-queue.js';
import { captureLog } from './support/capture-log.js';

function scan(code: string): QueuedScan {
  return { nonce: randomUUID(), code, scannedAt: new Date().toISOString(), result: 'ok' };
}

describe('scan queue file', () => {
  it('survives a restart and removes only the acknowledged nonces', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gate-queue-')), 'queue.jsonl');
    const { log } = captureLog();
    const first = new ScanQueue(path, log);
    const [a, b, c] = [scan('a'), scan('b'), scan('c')];
    await Promise.all([first.append(a), first.append(b), first.append(c)]);

    const reopened = new ScanQueue(path, log);
    assert.deepEqual(await reopened.all(), [a, b, c]);
    await reopened.remove(new Set([a.nonce, c.nonce]));
    assert.deepEqual(await new ScanQueue(path, log).all(), [b]);
  });

  it('skips a line torn by a power cut and keeps the rest', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gate-queue-')), 'queue.jsonl');
    const captured = captureLog();
    const queue = new ScanQueue(path, captured.log);
    const kept = scan('kept');
    await queue.append(kept);
    appendFileSync(path, '{"nonce":"x","code":"to');
    assert.deepEqual(await queue.all(), [kept]);
    assert.ok(captured.has('warn', 'damaged line'));
    const after = scan('after');
    await queue.append(after);
    assert.deepEqual(await queue.all(), [kept, after], 'the next append starts on a line of its own');
  });
});

describe('admitted codes file', () => {
  it('remembers admitted codes across restarts and forgets those the bundle lists as used', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gate-admitted-')), 'admitted.jsonl');
    const { log } = captureLog();
    const admitted = new AdmittedCodes(path, log);
    await admitted.add('one');
    await admitted.add('two');

    const reloaded = new AdmittedCodes(path, log);
    await reloaded.load();
    assert.ok(reloaded.has('one') && reloaded.has('two'));
    await reloaded.prune(new Set(['one']));

    const again = new AdmittedCodes(path, log);
    await again.load();
    assert.deepEqual([again.has('one'), again.has('two')], [false, true]);
  });
});
