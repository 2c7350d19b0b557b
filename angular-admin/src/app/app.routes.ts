import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { authGuard, homeFor, roleGuard } from './core/auth/guards';
import { SessionService } from './core/auth/session.service';
import { Shell } from './layout/shell';

export const routes: Routes = [
  { path: 'login', loadComponent: () => import('./pages/login/login').then((m) => m.LoginPage) },
  {
    path: '',
    component: Shell,
    canMatch: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => homeFor(inject(SessionService).user()?.role) },
      { path: '', canMatch: [roleGuard('admin')], loadChildren: () => import('./pages/admin/admin.routes').then((m) => m.ADMIN_ROUTES) },
      {
        path: '',
        canMatch: [roleGuard('organizer')],
        loadChildren: () => import('./pages/organizer/organizer.routes').then((m) => m.ORGANIZER_ROUTES),
      },
      {
        path: 'scanner',
        canMatch: [roleGuard('organizer', 'admin')],
        loadComponent: () => import('./pages/scanner/scanner').then((m) => m.ScannerPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
