import { AdminStats } from '../../../core/api/models';
import { paymentsByKind, revenueSeries } from './revenue-charts';

const stats = (byDay: AdminStats['revenue']['byDay']): AdminStats => ({
  range: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-04T00:00:00.000Z' },
  counts: {},
  awaitingReview: 0,
  revenue: { total: [], byDay },
  recentPayments: [],
});

describe('revenue charts', () => {
  it('draws one line per currency over every day of the range, never adding EUR and XAF', () => {
    const series = revenueSeries(stats([
      { day: '2026-03-01', method: 'stripe', currency: 'EUR', payments: 2, amount: 3000 },
      { day: '2026-03-03', method: 'mobile_money', currency: 'XAF', payments: 1, amount: 2500 },
      { day: '2026-03-03', method: 'stripe', currency: 'EUR', payments: 1, amount: 1550 },
    ]));
    expect(series).toEqual([
      { currency: 'EUR', labels: ['2026-03-01', '2026-03-02', '2026-03-03'], values: [30, 0, 15.5] },
      { currency: 'XAF', labels: ['2026-03-01', '2026-03-02', '2026-03-03'], values: [0, 0, 2500] },
    ]);
  });

  it('counts payments by method for the doughnut', () => {
    expect(paymentsByKind(stats([
      { day: '2026-03-01', method: 'stripe', currency: 'EUR', payments: 2, amount: 3000 },
      { day: '2026-03-02', method: 'stripe', currency: 'EUR', payments: 3, amount: 3000 },
      { day: '2026-03-02', method: 'mobile_money', currency: 'XAF', payments: 1, amount: 900 },
    ]))).toEqual([{ method: 'stripe', payments: 5 }, { method: 'mobile_money', payments: 1 }]);
  });
});
