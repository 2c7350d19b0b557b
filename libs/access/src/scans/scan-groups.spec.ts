import { randomUUID } from 'node:crypto';
import type { ScanInput, ScanRow } from './scan-groups';
import { groupStatement, ScanGroups, STALL_MS } from './scan-groups';

/** A statement that answers when the test says so, as Postgres would for each scan of the group. */
class Statements {
  readonly calls: { codes: string[]; finish(): void; fail(error: Error): void }[] = [];

  readonly run = (inputs: ScanInput[]) =>
    new Promise<ScanRow[]>((resolve, reject) => {
      const rows = inputs.map((input): ScanRow => ({ scanId: input.scanId, result: 'ok', ticketId: null, matchId: null, standId: null, usedAt: null }));
      this.calls.push({ codes: inputs.map((input) => input.code), finish: () => resolve(rows), fail: reject });
    });
}

const scanOf = (code: string): ScanInput => ({
  scanId: randomUUID(),
  code,
  scannerClub: null,
  forMatch: null,
  gateId: null,
  staffUserId: null,
  codeRef: code.slice(0, 12),
});

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ScanGroups', () => {
  it('sends a lone scan at once, as the one-scan statement', async () => {
    const statements = new Statements();
    const groups = new ScanGroups(statements.run);
    const answer = groups.scan(scanOf('a'));
    expect(statements.calls.map((call) => call.codes)).toEqual([['a']]);
    statements.calls[0].finish();
    expect((await answer).result).toBe('ok');
    expect(groupStatement([scanOf('a')]).statement.name).toBe('access-online-scan');
    expect(groupStatement([scanOf('a'), scanOf('b')]).statement.name).toBe('access-online-scans');
  });

  it("gives a group's tickets in the codes' order, so that two groups crossing on them lock in the same order", () => {
    const { values } = groupStatement([scanOf('c'), scanOf('a'), scanOf('b')]);
    expect(values[1]).toEqual(['a', 'b', 'c']);
  });

  it('sends the scans that arrive while a statement runs together, in one statement, when it ends', async () => {
    const statements = new Statements();
    const groups = new ScanGroups(statements.run);
    const answers = ['a', 'b', 'c', 'd'].map((code) => groups.scan(scanOf(code)));
    expect(statements.calls.map((call) => call.codes)).toEqual([['a']]);
    statements.calls[0].finish();
    await settle();
    expect(statements.calls.map((call) => call.codes)).toEqual([['a'], ['b', 'c', 'd']]);
    statements.calls[1].finish();
    expect((await Promise.all(answers)).map((row) => row.result)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('never puts two scans of one code in one statement, nor runs them at the same time', async () => {
    const statements = new Statements();
    const groups = new ScanGroups(statements.run);
    const answers = ['a', 'a', 'b', 'a'].map((code) => groups.scan(scanOf(code)));
    statements.calls[0].finish();
    await settle();
    expect(statements.calls[1].codes).toEqual(['a', 'b']);
    statements.calls[1].finish();
    await settle();
    expect(statements.calls[2].codes).toEqual(['a']);
    statements.calls[2].finish();
    await Promise.all(answers);
    expect(statements.calls).toHaveLength(3);
  });

  it('opens another lane when a statement is stuck, so the other scans do not wait behind it', async () => {
    const statements = new Statements();
    const groups = new ScanGroups(statements.run);
    void groups.scan(scanOf('held'));
    const other = groups.scan(scanOf('free'));
    expect(statements.calls).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, STALL_MS * 3));
    expect(statements.calls.map((call) => call.codes)).toEqual([['held'], ['free']]);
    statements.calls[1].finish();
    expect((await other).result).toBe('ok');
    statements.calls[0].finish();
  });

  it('fails every scan of a failed statement, and goes on with the next group', async () => {
    const statements = new Statements();
    const groups = new ScanGroups(statements.run);
    void groups.scan(scanOf('first'));
    const failing = [groups.scan(scanOf('b')), groups.scan(scanOf('c'))];
    statements.calls[0].finish();
    await settle();
    const after = groups.scan(scanOf('d'));
    statements.calls[1].fail(new Error('connection lost'));
    await expect(Promise.all(failing.map((answer) => answer.catch((error: Error) => error.message)))).resolves.toEqual(['connection lost', 'connection lost']);
    await settle();
    statements.calls[2].finish();
    expect((await after).result).toBe('ok');
  });
});
