import { TestBed } from '@angular/core/testing';
import { DateAdapter, MAT_DATE_FORMATS, MatDateFormats } from '@angular/material/core';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { provideConsoleDates } from './console-dates';

describe('the console date adapter', () => {
  let adapter: DateAdapter<Date>;
  let formats: MatDateFormats;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [TranslocoTestingModule.forRoot({ langs: { fr: {}, en: {} }, translocoConfig: { availableLangs: ['fr', 'en'], defaultLang: 'fr' } })],
      providers: [provideConsoleDates()],
    });
    adapter = TestBed.inject<DateAdapter<Date>>(DateAdapter);
    formats = TestBed.inject(MAT_DATE_FORMATS);
  });

  it('reads a typed day day first, and refuses a day the calendar does not have', () => {
    const day = adapter.parse('05/03/2026', null);
    expect([day?.getFullYear(), day?.getMonth(), day?.getDate()]).toEqual([2026, 2, 5]);
    expect(adapter.isValid(adapter.parse('31/02/2026', null) as Date)).toBe(false);
    expect(adapter.isValid(adapter.parse('2026 March', null) as Date)).toBe(false);
    expect(adapter.parse('  ', null)).toBeNull();
  });

  it('reads 24-hour times as written in Belgium, and refuses an hour past 23', () => {
    for (const typed of ['15:00', '15h00', '15h', '15.00']) {
      const time = adapter.parseTime(typed, null);
      expect([time?.getHours(), time?.getMinutes()]).toEqual([15, 0]);
    }
    expect(adapter.isValid(adapter.parseTime('25:00', null) as Date)).toBe(false);
  });

  it('writes days and times in the active language, 24-hour in both, and follows a switch of language', () => {
    const kickoff = new Date(2026, 2, 14, 15, 0);
    expect(adapter.format(kickoff, formats.display.dateInput)).toBe('14/03/2026');
    expect(adapter.format(kickoff, formats.display.timeInput)).toBe('15:00');
    expect(adapter.getMonthNames('long')[2]).toBe('mars');
    TestBed.inject(TranslocoService).setActiveLang('en');
    expect(adapter.getMonthNames('long')[2]).toBe('March');
    expect(adapter.format(kickoff, formats.display.dateInput)).toBe('14/03/2026');
    expect(adapter.format(kickoff, formats.display.timeInput)).toBe('15:00');
  });
});
