import { components } from './api-types';

/** Request and response shapes: from the generated OpenAPI types where the document declares them. */
type Schemas = components['schemas'];
export type ConsoleSession = Schemas['ConsoleSessionView'];
export type ConsoleUser = ConsoleSession['user'];
export type Role = ConsoleUser['role'];
export type CreateCustomer = Schemas['CreateCustomerDto'];
export type CreateStand = Schemas['CreateStandDto'];
export type CreateMatch = Schemas['CreateMatchDto'];
/** `competitionId: null` takes a match out of its competition (the API lets null through its optional UUID and clears it). */
export type UpdateMatch = Omit<Schemas['UpdateMatchDto'], 'competitionId'> & { competitionId?: string | null };
export type MatchStandInput = Schemas['MatchStandDto'];
export type MatchOrderPage = Schemas['MatchOrderPage'];
export type MatchOrder = Schemas['MatchOrderView'];
export type MatchOrderStatus = MatchOrder['status'];
export type Transaction = Schemas['TransactionView'];
export type Competition = Schemas['CompetitionView'];
export type Club = Schemas['ClubView'];
export type CustomerRow = Schemas['CustomerView'];
export type GeneratedCredentials = Schemas['CreatedCustomerView'];
export type MailStatus = Schemas['MailStatusView'];
export type FailedMail = Schemas['FailedMailView'];

// The API does not declare these responses in its OpenAPI document yet (see the issue); shapes from API.md.
export interface Money {
  amount: number;
  currency: string;
}
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
export interface AdminStats {
  range: { from: string; to: string };
  counts: Record<string, number | undefined>;
  awaitingReview: number;
  revenue: { total: Money[]; byDay: { day: string; method: string; currency: string; payments: number; amount: number }[] };
  recentPayments: { id: string; orderId: string; method: string; status: string; amount: Money; at: string }[];
}
export interface ReviewedPayment {
  id: string;
  orderId: string;
  method: string;
  status: string;
  amount: Money;
  reference: string | null;
  customer: { id: string; displayName: string; username: string; email: string | null; phone: string | null };
  hasProof: boolean;
  proofUrl: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  rejectReason: string | null;
  createdAt: string;
}
export interface Stand {
  id: string;
  clubId: string;
  name: string;
  capacity: number;
  price: Money;
}
export interface Match {
  id: string;
  club: { id: string; name: string };
  opponent: string;
  kickoffAt: string;
  venue: 'home' | 'away';
  competition: { id: string; name: string } | null;
  status: 'scheduled' | 'cancelled';
  stands: { standId: string; name: string; price: Money; quota: number; remaining: number }[];
}
export interface Attendance {
  matchId: string;
  sold: number;
  checkedIn: number;
  byStand: { standId: string; name: string; sold: number; checkedIn: number }[];
}
export interface ScanResult {
  status: string;
  usedAt?: string;
  ticket?: { id: string; standId?: string; matchId?: string };
}
