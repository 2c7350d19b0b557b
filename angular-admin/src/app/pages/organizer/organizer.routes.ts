import { Routes } from '@angular/router';

export const ORGANIZER_ROUTES: Routes = [
  { path: 'matches', loadComponent: () => import('./matches').then((m) => m.MatchesPage) },
  { path: 'matches/:matchId/orders', loadComponent: () => import('./match-orders').then((m) => m.MatchOrdersPage) },
  { path: 'matches/:matchId/attendance', loadComponent: () => import('./attendance').then((m) => m.AttendancePage) },
  { path: 'gates', loadComponent: () => import('./gates').then((m) => m.GatesPage) },
  { path: 'scans', loadComponent: () => import('./scan-log').then((m) => m.ScanLogPage) },
  { path: 'club', loadComponent: () => import('./club').then((m) => m.ClubPage) },
  { path: 'club/stripe/:outcome', loadComponent: () => import('./club').then((m) => m.ClubPage) },
  { path: 'stands', loadComponent: () => import('./stands').then((m) => m.StandsPage) },
];
