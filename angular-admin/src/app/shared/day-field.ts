import { ChangeDetectionStrategy, Component, input, linkedSignal, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { provideConsoleDates } from './console-dates';
import { dateOfDay, dayOf } from './picker-values';

/** A day typed (`14/03/2026`) or picked in a calendar, in the console's language, held as `YYYY-MM-DD` (empty when unset or unreadable). */
@Component({
  selector: 'app-day-field',
  imports: [FormsModule, MatDatepickerModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  providers: [provideConsoleDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The margin keeps the hint or an error off the field below (its subscript grows with the text).
  styles: `:host { display: block; min-width: 0; } mat-form-field { width: 100%; margin-bottom: 12px; }`,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() | transloco }}</mat-label>
      <input matInput [matDatepicker]="picker" [name]="name()" autocomplete="off" #field="ngModel" [ngModel]="date()" (ngModelChange)="value.set($event ? dayOf($event) : '')" />
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker />
      @if (field.hasError('matDatepickerParse')) { <mat-error>{{ 'dates.badDay' | transloco }}</mat-error> }
      @else { <mat-hint>{{ 'dates.dayHint' | transloco }}</mat-hint> }
    </mat-form-field>
  `,
})
export class DayField {
  /** A translation key. */
  readonly label = input.required<string>();
  readonly name = input.required<string>();
  readonly value = model('');
  // The field keeps its own Date while it says the same day: no rewrite of what is being typed.
  protected readonly date = linkedSignal<string, Date | null>({
    source: this.value,
    computation: (day, previous) => (previous?.value && dayOf(previous.value) === day ? previous.value : day ? dateOfDay(day) : null),
  });
  protected readonly dayOf = dayOf;
}
