import { ChangeDetectionStrategy, ChangeDetectorRef, Component, inject, input, linkedSignal, model, viewChild } from '@angular/core';
import { FormsModule, NgModel } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTimepickerModule, MatTimepickerOption } from '@angular/material/timepicker';
import { TranslocoPipe } from '@jsverse/transloco';
import { provideConsoleDates } from '../../shared/console-dates';
import { splitWallClock, timeOf, wallClock } from '../../shared/picker-values';

interface Parts {
  day: Date | null;
  time: Date | null;
}

/** The time list: amateur kickoffs, 09:00 to 22:00 by quarter hours (any other time can still be typed). */
const LISTED_HOURS = { first: 9, last: 22 };
const LISTED_STEP_MINUTES = 15;

function kickoffTimes(): MatTimepickerOption<Date>[] {
  const times: MatTimepickerOption<Date>[] = [];
  for (let minutes = LISTED_HOURS.first * 60; minutes <= LISTED_HOURS.last * 60; minutes += LISTED_STEP_MINUTES) {
    const value = new Date();
    value.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
    times.push({ value, label: timeOf(value) });
  }
  return times;
}

const joined = (parts: Parts) => (parts.day && parts.time ? wallClock(parts.day, parts.time) : '');

/**
 * A match's kickoff as two fields in the console's language, a day (`14/03/2026`, or the calendar) and a 24-hour
 * time (`15:00`, or the list), held as Brussels wall clock `YYYY-MM-DDTHH:MM` (empty until both are readable).
 */
@Component({
  selector: 'app-kickoff-field',
  imports: [FormsModule, MatDatepickerModule, MatFormFieldModule, MatInputModule, MatTimepickerModule, TranslocoPipe],
  providers: [provideConsoleDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The two fields are cells of the form's own grid; the margin keeps a hint or an error off the next field's label.
  styles: `:host { display: contents; } mat-form-field { margin-bottom: 12px; } .error { color: var(--bad); }`,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ 'matches.kickoffDay' | transloco }}</mat-label>
      <input matInput [matDatepicker]="dayPicker" [name]="name() + 'Day'" required autocomplete="off"
             #day="ngModel" [ngModel]="parts().day" (ngModelChange)="set('day', $event)" />
      <mat-datepicker-toggle matIconSuffix [for]="dayPicker" />
      <mat-datepicker #dayPicker />
      @if (day.hasError('matDatepickerParse')) { <mat-error>{{ 'dates.badDay' | transloco }}</mat-error> }
      @else if (day.hasError('required')) { <mat-error>{{ 'dates.dayRequired' | transloco }}</mat-error> }
      @else if (apiError(); as error) { <mat-hint class="error">{{ error }}</mat-hint> }
      @else { <mat-hint>{{ 'dates.dayHint' | transloco }}</mat-hint> }
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ 'matches.kickoffTime' | transloco }}</mat-label>
      <input matInput [matTimepicker]="timePicker" [name]="name() + 'Time'" required autocomplete="off"
             #time="ngModel" [ngModel]="parts().time" (ngModelChange)="set('time', $event)" />
      <mat-timepicker-toggle matIconSuffix [for]="timePicker" [aria-label]="'dates.openTimes' | transloco" />
      <mat-timepicker #timePicker [options]="times" [aria-label]="'matches.kickoffTime' | transloco" />
      @if (time.hasError('matTimepickerParse')) { <mat-error>{{ 'dates.badTime' | transloco }}</mat-error> }
      @else if (time.hasError('required')) { <mat-error>{{ 'dates.timeRequired' | transloco }}</mat-error> }
      @else { <mat-hint>{{ 'dates.timeHint' | transloco }}</mat-hint> }
    </mat-form-field>
  `,
})
export class KickoffField {
  /** Prefix of the inputs' names: `kickoff` gives `kickoffDay` and `kickoffTime`. */
  readonly name = input.required<string>();
  readonly value = model('');
  protected readonly times = kickoffTimes();
  /** The API's word on the kickoff (`kickoffAt must be in the future`), under the day. */
  readonly apiError = input<string>();
  // Own edits come back through value: while the text says the same, the fields keep their Dates (and what is typed).
  protected readonly parts = linkedSignal<string, Parts>({
    source: this.value,
    computation: (value, previous) => (previous && value === joined(previous.value) ? previous.value : value ? splitWallClock(value) : { day: null, time: null }),
  });
  private readonly dayModel = viewChild.required('day', { read: NgModel });
  private readonly timeModel = viewChild.required('time', { read: NgModel });
  private readonly changes = inject(ChangeDetectorRef);

  protected set(part: keyof Parts, date: Date | null): void {
    const next = { ...this.parts(), [part]: date };
    this.parts.set(next);
    this.value.set(joined(next));
  }

  /** Before sending: says under the fields what is missing or unreadable, and whether the kickoff can go. */
  check(): boolean {
    const models = [this.dayModel(), this.timeModel()];
    for (const field of models) field.control.markAsTouched();
    // The errors show on this component's next check (OnPush: the parent's submit does not reach it).
    this.changes.markForCheck();
    return models.every((field) => field.valid);
  }
}
