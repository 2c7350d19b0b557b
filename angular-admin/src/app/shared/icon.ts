import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** An icon from @mdi/js: the path data is tree-shaken into the bundle, no icon font and no request. */
@Component({
  selector: 'app-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ':host { display: inline-flex; width: 24px; height: 24px; flex: none; } svg { width: 100%; height: 100%; fill: currentColor; }',
  template: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path [attr.d]="path()" /></svg>',
})
export class Icon {
  readonly path = input.required<string>();
}
