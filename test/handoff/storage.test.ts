import { MemoryAuditLog } from '../../src/storage/audit-log';
import { MemoryBookingClicks } from '../../src/storage/booking-clicks';
import { SqliteAuditLog } from '../../src/storage/sqlite-audit-log';
import { SqliteBookingClicks } from '../../src/storage/sqlite-booking-clicks';
import { openSqliteDatabase } from '../../src/storage/sqlite-database';
import { SqliteStaffAccounts } from '../../src/storage/sqlite-staff-accounts';
import { SqliteTickets } from '../../src/storage/sqlite-tickets';
import { MemoryStaffAccounts } from '../../src/storage/staff-accounts';
import { MemoryTickets } from '../../src/storage/tickets';
import { describeStaffContract } from '../helpers/contracts/staff-contract';
import {
  describeAuditLogContract,
  describeBookingClicksContract,
  describeTicketsContract,
} from '../helpers/contracts/tickets-contract';

const sqlite = () => openSqliteDatabase(':memory:');

describeTicketsContract('memory', () => new MemoryTickets());
describeTicketsContract('SQLite', () => new SqliteTickets(sqlite()));
describeStaffContract('memory', () => new MemoryStaffAccounts());
describeStaffContract('SQLite', () => new SqliteStaffAccounts(sqlite()));
describeBookingClicksContract('memory', () => new MemoryBookingClicks());
describeBookingClicksContract('SQLite', () => new SqliteBookingClicks(sqlite()));
describeAuditLogContract('memory', () => new MemoryAuditLog());
describeAuditLogContract('SQLite', () => new SqliteAuditLog(sqlite()));
