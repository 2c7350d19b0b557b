export * from './access.module';
export * from './migrations';
export * from './scans/scan-status';
export type { ScanAnswer } from './scans/scans.service';
export type { Attendance } from './attendance/attendance.service';
