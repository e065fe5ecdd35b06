import type { Clock } from '../clock';
import type { Messages } from '../content/messages';
import { HealthWords, type PrivacyLexicon } from '../content/personal-data-redaction';
import { type ClearanceView, clearanceView } from '../screening/clearance-code';
import type { ScreeningContent } from '../screening/screening-content';
import type { ClearanceCodeLookup, ScreeningRecordRepository } from '../screening/screening-records';
import { AccountLockout, type LoginFailureCounter, LoginLimiter } from './login-limiter';
import type { HealthDetailFilter } from './roles';

export interface StaffGuards {
  /** Failed logins per client address and name. */
  loginLimiter: LoginLimiter;
  /** Failed logins per client address, whatever the name. */
  addressLimiter: LoginLimiter;
  /** Failed logins per account from any address. */
  accountLockout: AccountLockout;
  /** The front desk's lookup of a clearance reference (CL-7F3K) from a booking card. */
  clearances: { lookup(code: string): Promise<ClearanceView | undefined> };
  /** Front desk sees "health details — clinician only" instead of lines this filter flags. */
  healthDetails: HealthDetailFilter;
  /** Shown above the console while content is not clinically signed ("demo content"). */
  contentNotice?: string;
}

/**
 * The staff console's login limits and the clearance lookup. Failures are counted where `failures` keeps
 * them: in the database on PostgreSQL, so the limits hold across instances.
 */
export function createStaff(
  parts: { clock: Clock; failures: LoginFailureCounter; records: ScreeningRecordRepository },
  content: {
    screening: ScreeningContent;
    messages: Messages;
    privacy: { redaction: PrivacyLexicon['redaction'] };
    /** Whether any content is not clinically signed. */
    demoContent: boolean;
  },
): StaffGuards {
  const { clock, failures, records } = parts;
  const { messages } = content;
  return {
    healthDetails: new HealthWords(content.privacy.redaction, messages.text('staff_health_details_withheld')),
    ...(content.demoContent ? { contentNotice: messages.text('staff_demo_content_notice') } : {}),
    loginLimiter: new LoginLimiter(clock, 5, undefined, failures),
    addressLimiter: new LoginLimiter(clock, 20, undefined, failures),
    accountLockout: new AccountLockout(clock, 10, undefined, undefined, undefined, failures),
    clearances: {
      async lookup(code) {
        // Only the stores that index clearance codes can answer (an override may not).
        if (!('findByClearanceCode' in records)) return undefined;
        const record = await (records as ScreeningRecordRepository & ClearanceCodeLookup).findByClearanceCode(
          code,
        );
        return record ? clearanceView(record, content.screening) : undefined;
      },
    },
  };
}
