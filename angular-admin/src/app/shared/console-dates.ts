import { inject, Injectable, Provider } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DateAdapter, MAT_DATE_FORMATS, MAT_NATIVE_DATE_FORMATS, MatDateFormats, NativeDateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';
import { localeOf } from './format';

/** `14/03/2026` (also `14.03.2026`, `14-03-2026`): day, month, year, the order of fr-BE and en-GB alike. */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** `15:00`, `15.00`, `15h00`, `15h`: 24-hour times as people write them in Belgium. */
const HOURS_MINUTES = /^(\d{1,2})\s*[:.hH]\s*(\d{2})?$/;

/**
 * The pickers' dates in the console's language rather than the browser's: the calendar's month and day names and
 * the typed formats follow Transloco, and typed text is read day first (the native adapter reads `03/04` as March).
 */
@Injectable()
export class ConsoleDateAdapter extends NativeDateAdapter {
  constructor() {
    super();
    inject(TranslocoService)
      .langChanges$.pipe(takeUntilDestroyed())
      .subscribe((lang) => this.setLocale(localeOf(lang)));
  }

  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value !== 'string') return super.parse(value, parseFormat);
    const text = value.trim();
    if (!text) return null;
    const match = DAY_MONTH_YEAR.exec(text);
    if (!match) return this.invalid();
    const [day, month, year] = match.slice(1).map(Number);
    const date = new Date(year, month - 1, day);
    // Date rolls 31/02 over into March: a day the calendar does not have is refused instead.
    return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : this.invalid();
  }

  override parseTime(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value !== 'string') return super.parseTime(value, parseFormat);
    const text = value.trim();
    if (!text) return null;
    const match = HOURS_MINUTES.exec(text);
    const hours = Number(match?.[1]);
    const minutes = Number(match?.[2] ?? 0);
    return match && hours <= 23 && minutes <= 59 ? this.setTime(this.today(), hours, minutes, 0) : this.invalid();
  }
}

/** Two digits for day and month as typed (`05/03/2026`), and 24-hour times in both languages. */
const CONSOLE_DATE_FORMATS: MatDateFormats = {
  ...MAT_NATIVE_DATE_FORMATS,
  display: {
    ...MAT_NATIVE_DATE_FORMATS.display,
    dateInput: { day: '2-digit', month: '2-digit', year: 'numeric' },
    timeInput: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    timeOptionLabel: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  },
};

type PickerLabels = Pick<
  MatDatepickerIntl,
  | 'calendarLabel' | 'openCalendarLabel' | 'closeCalendarLabel' | 'prevMonthLabel' | 'nextMonthLabel' | 'prevYearLabel' | 'nextYearLabel'
  | 'prevMultiYearLabel' | 'nextMultiYearLabel' | 'switchToMonthViewLabel' | 'switchToMultiYearViewLabel'
>;

/** The calendar's buttons named in the console's language (screen readers read them; Material's are English). */
@Injectable()
export class ConsoleDatepickerIntl extends MatDatepickerIntl {
  constructor() {
    super();
    inject(TranslocoService)
      .selectTranslateObject<PickerLabels>('dates.picker')
      .pipe(takeUntilDestroyed())
      .subscribe((labels) => {
        Object.assign(this, labels);
        this.changes.next();
      });
  }
}

/** For a component holding date or time pickers: the adapter, formats and labels above. */
export function provideConsoleDates(): Provider[] {
  return [
    { provide: DateAdapter, useClass: ConsoleDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: CONSOLE_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: ConsoleDatepickerIntl },
  ];
}
