import { Routes } from '@angular/router';

export const ADMIN_ROUTES: Routes = [
  { path: 'dashboard', loadComponent: () => import('./dashboard/dashboard').then((m) => m.DashboardPage) },
  { path: 'payments', loadComponent: () => import('./payments/review-queue').then((m) => m.ReviewQueuePage) },
  { path: 'films', loadComponent: () => import('./catalogue/films').then((m) => m.FilmsPage) },
  { path: 'films/:id', loadComponent: () => import('./catalogue/film-edit').then((m) => m.FilmEditPage) },
  { path: 'series', loadComponent: () => import('./catalogue/series-list').then((m) => m.SeriesListPage) },
  { path: 'series/:id', loadComponent: () => import('./catalogue/series-detail').then((m) => m.SeriesDetailPage) },
  { path: 'customers', loadComponent: () => import('./customers/customers').then((m) => m.CustomersPage) },
  { path: 'transactions', loadComponent: () => import('./transactions/transactions').then((m) => m.TransactionsPage) },
  { path: 'competitions', loadComponent: () => import('./competitions/competitions').then((m) => m.CompetitionsPage) },
  { path: 'clubs', loadComponent: () => import('./clubs/clubs').then((m) => m.ClubsPage) },
  { path: 'mail', loadComponent: () => import('./mail/mail').then((m) => m.MailPage) },
];
