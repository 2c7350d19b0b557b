import { signal } from '@angular/core';
import type { Observable } from 'rxjs';
import { firstValueFrom } from 'rxjs';
import { fieldErrors, problemMessage } from '../core/problem';

/**
 * One write from a form or a row button: the button is disabled while it runs, the API's field errors land on
 * the fields, the outcome is said once, and the list behind it is reloaded after a success.
 */
export class FormAction {
  readonly busy = signal(false);
  readonly errors = signal<Record<string, string>>({});
  readonly message = signal<{ kind: 'ok' | 'error'; text: string } | null>(null);

  constructor(
    private readonly reload: () => void,
    private readonly describe: (error: unknown) => string = problemMessage,
  ) {}

  async run(call: Observable<unknown>, done: string, after?: () => void): Promise<void> {
    this.busy.set(true);
    this.errors.set({});
    this.message.set(null);
    try {
      await firstValueFrom(call);
      this.message.set({ kind: 'ok', text: done });
      after?.();
      this.reload();
    } catch (error) {
      this.errors.set(fieldErrors(error));
      this.message.set({ kind: 'error', text: this.describe(error) });
    } finally {
      this.busy.set(false);
    }
  }
}
