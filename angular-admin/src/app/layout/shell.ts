import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { BreakpointObserver } from '@angular/cdk/layout';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';
import { SessionService } from '../core/auth/session.service';
import { LANGUAGE_KEY } from '../core/i18n/transloco-loader';
import { Icon } from '../shared/icon';
import { mdiAccountGroup, mdiFilmstrip, mdiTelevisionClassic, mdiBoomGate, mdiCreditCardOutline, mdiFormatListChecks, mdiCashCheck, mdiCashMultiple, mdiShieldHomeOutline, mdiTrophyOutline, mdiEmailAlertOutline, mdiLogout, mdiMenu, mdiQrcodeScan, mdiSoccerField, mdiStadium, mdiViewDashboard } from '@mdi/js';

interface NavItem {
  path: string;
  label: string;
  icon: string;
}

const ADMIN_NAV: NavItem[] = [
  { path: '/dashboard', label: 'nav.dashboard', icon: mdiViewDashboard },
  { path: '/payments', label: 'nav.payments', icon: mdiCashCheck },
  { path: '/films', label: 'nav.films', icon: mdiFilmstrip },
  { path: '/series', label: 'nav.series', icon: mdiTelevisionClassic },
  { path: '/transactions', label: 'nav.transactions', icon: mdiCashMultiple },
  { path: '/customers', label: 'nav.customers', icon: mdiAccountGroup },
  { path: '/competitions', label: 'nav.competitions', icon: mdiTrophyOutline },
  { path: '/clubs', label: 'nav.clubs', icon: mdiShieldHomeOutline },
  { path: '/mail', label: 'nav.mail', icon: mdiEmailAlertOutline },
  { path: '/scanner', label: 'nav.scanner', icon: mdiQrcodeScan },
];
const ORGANIZER_NAV: NavItem[] = [
  { path: '/matches', label: 'nav.matches', icon: mdiSoccerField },
  { path: '/stands', label: 'nav.stands', icon: mdiStadium },
  { path: '/gates', label: 'nav.gates', icon: mdiBoomGate },
  { path: '/scans', label: 'nav.scans', icon: mdiFormatListChecks },
  { path: '/club', label: 'nav.club', icon: mdiCreditCardOutline },
  { path: '/scanner', label: 'nav.scanner', icon: mdiQrcodeScan },
];

/** The frame: navigation for the caller's role, language switch, logout. A drawer on phones, a rail on desktops. */
@Component({
  selector: 'app-shell',
  imports: [MatSidenavModule, MatToolbarModule, MatButtonModule, MatButtonToggleModule, RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; height: 100%; }
    mat-sidenav-container { height: 100%; }
    mat-toolbar { background: var(--navy); color: #fff; gap: 8px; position: sticky; top: 0; z-index: 2; }
    mat-toolbar .brand { font-weight: 700; letter-spacing: .02em; }
    mat-toolbar .spacer { flex: 1; }
    mat-toolbar button { color: #fff; }
    .lang { --mat-standard-button-toggle-height: 32px; background: #fff; border-radius: 16px; }
    mat-sidenav { width: 240px; }
    nav a { display: flex; align-items: center; gap: 12px; padding: 12px 16px; color: #1b1b1f; text-decoration: none; min-height: 44px; box-sizing: border-box; }
    nav a.active { background: #e7ecf8; font-weight: 600; border-left: 4px solid var(--navy); }
    .who { padding: 16px; color: #4a4a55; font-size: .9rem; border-bottom: 1px solid #e5e6ee; }
    @media (max-width: 600px) { .username { display: none; } }
  `,
  template: `
    <mat-sidenav-container autosize>
      <mat-sidenav [mode]="wide() ? 'side' : 'over'" [opened]="wide() || drawerOpen()" (closedStart)="drawerOpen.set(false)">
        <nav [attr.aria-label]="'app.menu' | transloco">
          <div class="who">{{ session.user()?.displayName }}<br /><span class="muted">{{ 'roles.' + session.user()?.role | transloco }}</span></div>
          @for (item of nav(); track item.path) {
            <a [routerLink]="item.path" routerLinkActive="active" (click)="drawerOpen.set(false)">
              <app-icon [path]="item.icon" />{{ item.label | transloco }}
            </a>
          }
        </nav>
      </mat-sidenav>
      <mat-sidenav-content>
        <mat-toolbar role="banner">
          @if (!wide()) {
            <button mat-icon-button type="button" (click)="drawerOpen.set(true)" [attr.aria-label]="'app.menu' | transloco">
              <app-icon [path]="menuIcon" />
            </button>
          }
          <span class="brand">{{ 'app.name' | transloco }}</span>
          <span class="spacer"></span>
          <mat-button-toggle-group class="lang" [value]="lang()" (change)="setLanguage($event.value)" [attr.aria-label]="'app.language' | transloco" hideSingleSelectionIndicator>
            <mat-button-toggle value="fr" lang="fr">FR</mat-button-toggle>
            <mat-button-toggle value="en" lang="en">EN</mat-button-toggle>
          </mat-button-toggle-group>
          <button mat-button type="button" (click)="session.logout()" [attr.aria-label]="'app.logout' | transloco">
            <app-icon [path]="logoutIcon" /><span class="username">{{ 'app.logout' | transloco }}</span>
          </button>
        </mat-toolbar>
        <main><router-outlet /></main>
      </mat-sidenav-content>
    </mat-sidenav-container>
  `,
})
export class Shell {
  protected readonly session = inject(SessionService);
  private readonly transloco = inject(TranslocoService);
  protected readonly menuIcon = mdiMenu;
  protected readonly logoutIcon = mdiLogout;
  protected readonly drawerOpen = signal(false);
  protected readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 900px)').pipe(map((state) => state.matches)), { initialValue: false });
  protected readonly lang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly nav = computed(() => (this.session.isAdmin() ? ADMIN_NAV : ORGANIZER_NAV));

  protected setLanguage(lang: 'fr' | 'en'): void {
    this.transloco.setActiveLang(lang);
    try {
      localStorage.setItem(LANGUAGE_KEY, lang);
    } catch {
      // Private mode without storage: the switch still works for this visit.
    }
  }
}
