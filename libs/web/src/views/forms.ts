import type { SafeHtml } from '../http/html';
import { html } from '../http/html';

export type FieldErrors = Record<string, string | undefined>;

export interface InputOptions {
  name: string;
  /** Defaults to `f-<name>`; set when two forms of one page share a field name. */
  id?: string;
  label: string;
  value?: string;
  type?: string;
  autocomplete?: string;
  hint?: string;
  required?: boolean;
  error?: string;
  extra?: SafeHtml;
}

/** A labelled input with its hint and error tied to it for screen readers. */
export function input(options: InputOptions): SafeHtml {
  const id = options.id ?? `f-${options.name}`;
  const described = [options.hint ? `${id}-hint` : '', options.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<label for="${id}">${options.label}</label>
<input id="${id}" name="${options.name}" type="${options.type ?? 'text'}" value="${options.value ?? ''}"${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${options.required ? html` required` : ''}${described ? html` aria-describedby="${described}"` : ''}${options.error ? html` aria-invalid="true"` : ''}${options.extra ?? ''}>
${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ''}
${options.error ? html`<p class="field-error" id="${id}-error">${options.error}</p>` : ''}`;
}

export const notice = (kind: 'ok' | 'bad' | 'wait' | 'info', text: string | SafeHtml) =>
  html`<div class="notice ${kind}" role="${kind === 'bad' ? 'alert' : 'status'}">${text}</div>`;
