import { Routes } from '@angular/router';

export const ORGANIZER_ROUTES: Routes = [
  { path: 'matches', loadComponent: () => import('./matches').then((m) => m.MatchesPage) },
  { path: 'matches/:matchId/attendance', loadComponent: () => import('./attendance').then((m) => m.AttendancePage) },
  { path: 'stands', loadComponent: () => import('./stands').then((m) => m.StandsPage) },
];
