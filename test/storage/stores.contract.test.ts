import { MemoryAuditLog } from '../../src/storage/memory-audit-log';
import { MemoryBookingClicks } from '../../src/storage/memory-booking-clicks';
import { SqliteAuditLog } from '../../src/storage/sqlite-audit-log';
import { SqliteBookingClicks } from '../../src/storage/sqlite-booking-clicks';
import { openSqliteDatabase } from '../../src/storage/sqlite-database';
import { SqliteStaffAccounts } from '../../src/storage/sqlite-staff-accounts';
import { SqliteTickets } from '../../src/storage/sqlite-tickets';
import { MemoryStaffAccounts } from '../../src/storage/memory-staff-accounts';
import { MemoryTickets } from '../../src/storage/memory-tickets';
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
