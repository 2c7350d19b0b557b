import { EMPTY_FILTER, filterFromLink, linkOf, nextDay, transactionQuery } from './transaction-query';

describe('the transactions query', () => {
  it('leaves out empty filters', () => {
    expect(transactionQuery(EMPTY_FILTER)).toEqual({});
  });

  it('turns a day range into whole Brussels days, the last day included', () => {
    expect(transactionQuery({ ...EMPTY_FILTER, fromDay: '2026-03-01', toDay: '2026-03-14' })).toEqual({
      from: '2026-03-01T00:00:00+01:00',
      to: '2026-03-15T00:00:00+01:00',
    });
    // Summer time starts on 29 March 2026: the end of that range is at +02:00.
    expect(transactionQuery({ ...EMPTY_FILTER, toDay: '2026-03-29' }).to).toBe('2026-03-30T00:00:00+02:00');
  });

  it('passes status, kind and method through', () => {
    expect(transactionQuery({ ...EMPTY_FILTER, status: 'succeeded', kind: 'seat', method: 'stripe' })).toEqual({ status: 'succeeded', kind: 'seat', method: 'stripe' });
  });

  it('counts days across months and years', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('reads a filter from a link, dropping what it does not know', () => {
    const link = new URLSearchParams('status=awaiting_review&kind=popcorn&fromDay=2026-03-01&toDay=yesterday&method=stripe');
    expect(filterFromLink((key) => link.get(key))).toEqual({ fromDay: '2026-03-01', toDay: '', status: 'awaiting_review', kind: '', method: 'stripe' });
    expect(filterFromLink(() => null)).toEqual(EMPTY_FILTER);
  });

  it('writes only the filters that are set into the link', () => {
    expect(linkOf({ ...EMPTY_FILTER, status: 'failed', toDay: '2026-03-14' })).toEqual({ status: 'failed', toDay: '2026-03-14' });
  });
});
