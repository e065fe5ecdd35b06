import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { clientAddress } from '../../client-address';
import { sendError } from '../../errors';
import { newToken, secretsEqual, tokenHash, verifyPassword } from '../../../staff/passwords';
import type { StaffRole } from '../../../staff/roles';
import type { StaffSession } from '../../../staff/staff-accounts';
import type { BookingClickRepository } from '../../../booking/booking-clicks';
import type { Clock } from '../../../clock';
import type { HandoffService } from '../../../handoff/handoff-service';
import type { Logger } from '../../../log';
import type { ClearanceView } from '../../../screening';
import type { AccountLockout, LoginLimiter } from '../../../staff/login-limiter';
import type { HealthDetailFilter } from '../../../staff/roles';
import type { StaffAccountRepository } from '../../../staff/staff-accounts';

export const SESSION_COOKIE = 'lymph_staff';
const CSRF_HEADER = 'x-csrf-token';
/** A password hash checked when the name is unknown, so timing does not tell which names exist. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export interface StaffRouteDependencies {
  handoff: HandoffService;
  staff: StaffAccountRepository;
  clicks: BookingClickRepository;
  clock: Clock;
  logger: Logger;
  /** Bearer token for the API (clinician role); empty disables it. */
  apiToken: string;
  sessionHours: number;
  /** The service's public address, if configured: its origin is accepted on state-changing requests. */
  publicUrl: string;
  /** Failed logins per client address and name. */
  loginLimiter: LoginLimiter;
  /** Failed logins per client address, whatever the name. */
  addressLimiter: LoginLimiter;
  /** Shown to staff above the console while content is not clinically signed ("demo content"). */
  contentNotice?: string;
  /** Failed logins per account from any address (addresses the account used before are exempt). */
  accountLockout: AccountLockout;
  /** Reverse proxies whose X-Forwarded-For names the client. */
  trustedProxies: readonly string[];
  /** Front desk sees "health details — clinician only" instead of lines this filter flags. */
  healthDetails: HealthDetailFilter;
  /** The front desk's lookup of a clearance reference (CL-7F3K) from a booking card; absent: 404. */
  clearances?: { lookup(code: string): Promise<ClearanceView | undefined> };
}

const LoginBody = z
  .object({ name: z.string().trim().min(1).max(80), password: z.string().min(1).max(1024) })
  .strict();

/** Who calls a staff route: a signed-in session, or the API token acting as a clinician. */
export interface Caller {
  readonly name: string;
  readonly role: StaffRole;
  readonly via: 'session' | 'token';
  readonly session?: StaffSession;
}

/** Who is calling, or undefined with a 401/403 already sent. */
export type Authenticate = (
  req: Request,
  res: Response,
  body?: { staffName?: string },
) => Promise<Caller | undefined>;

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 1) continue;
    const name = part.slice(0, index).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      // A malformed cookie is treated as absent.
    }
  }
  return cookies;
}

/** The first problem of a request body, for the 400 answer. */
export function issue(error: z.ZodError): string {
  const first = error.issues[0];
  const field = first?.path.map(String).join('.');
  return field ? `${field}: ${first?.message}` : (first?.message ?? 'invalid request');
}

/** Where the console's static files are, from src/ under ts-node or dist/src once built. */
export const noStore = (res: Response) => res.setHeader('Cache-Control', 'no-store');

const isSecure = (req: Request, publicUrl: string) =>
  publicUrl.startsWith('https:') || req.headers['x-forwarded-proto'] === 'https' || req.isSecure();

/** Checks the session cookie (with CSRF token and origin on state-changing requests) or the API token. */
export function staffAuthentication(deps: StaffRouteDependencies): Authenticate {
  const { clock } = deps;
  const secure = (req: Request) => isSecure(req, deps.publicUrl);
  async function authenticate(
    req: Request,
    res: Response,
    body?: { staffName?: string },
  ): Promise<Caller | undefined> {
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!deps.apiToken || !match || !secretsEqual(match[1]!, deps.apiToken)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="lymph-staff"');
        sendError(res, 401, 'invalid or missing API token');
        return undefined;
      }
      return { name: body?.staffName ?? 'api', role: 'clinician', via: 'token' };
    }
    const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    const session = token ? await deps.staff.findSession(tokenHash(token), clock.now()) : undefined;
    const account = session ? await deps.staff.get(session.name) : undefined;
    if (!session || !account) {
      sendError(res, 401, 'sign in first');
      return undefined;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD' && !sameOriginWithToken(req, session)) {
      sendError(res, 403, 'missing or wrong CSRF token or origin');
      return undefined;
    }
    return { name: account.name, role: account.role, via: 'session', session };
  }

  function sameOriginWithToken(req: Request, session: StaffSession): boolean {
    const given = req.headers[CSRF_HEADER];
    if (typeof given !== 'string' || !secretsEqual(given, session.csrfToken)) return false;
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    const allowed = new Set<string>();
    if (req.headers.host) allowed.add(`${secure(req) ? 'https' : 'http'}://${req.headers.host}`);
    if (deps.publicUrl) allowed.add(new URL(deps.publicUrl).origin);
    return allowed.has(origin);
  }

  return authenticate;
}

/** Sign in (rate-limited per address and name, per address, and per account), sign out, and who am I. */
export function registerSessionRoutes(
  server: Server,
  deps: StaffRouteDependencies,
  authenticate: Authenticate,
): void {
  const { handoff, clock } = deps;
  const secure = (req: Request) => isSecure(req, deps.publicUrl);
  server.post('/staff/login', async (req: Request, res: Response) => {
    noStore(res);
    const origin = req.headers.origin;
    if (
      origin !== undefined &&
      req.headers.host &&
      !origin.endsWith(`//${req.headers.host}`) &&
      !(deps.publicUrl && new URL(deps.publicUrl).origin === origin)
    ) {
      return sendError(res, 403, 'cross-origin sign-in refused');
    }
    const parsed = LoginBody.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, issue(parsed.error));
    const { name, password } = parsed.data;
    const address = clientAddress(req, deps.trustedProxies);
    const keys = [`${address}|${name.toLowerCase()}`];
    const wait = Math.max(
      await deps.loginLimiter.retryAfterSeconds(keys),
      await deps.addressLimiter.retryAfterSeconds([address]),
      await deps.accountLockout.retryAfterSeconds(name, address),
    );
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      await handoff.audit(name, 'login.throttled');
      return sendError(res, 429, 'too many failed sign-ins; try again later');
    }
    const account = await deps.staff.get(name);
    const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !valid) {
      await deps.loginLimiter.fail(keys);
      await deps.addressLimiter.fail([address]);
      await deps.accountLockout.fail(name, address);
      await handoff.audit(name, 'login.failed');
      return sendError(res, 401, 'wrong name or password');
    }
    await deps.loginLimiter.succeed(keys);
    deps.accountLockout.succeed(name, address);
    const token = newToken();
    const now = clock.now();
    const session: StaffSession = {
      tokenHash: tokenHash(token),
      name: account.name,
      csrfToken: newToken(),
      createdAt: now,
      expiresAt: new Date(now.getTime() + deps.sessionHours * 3_600_000),
    };
    await deps.staff.deleteExpiredSessions(now);
    await deps.staff.createSession(session);
    await handoff.audit(account.name, 'login', undefined, { role: account.role });
    const cookie = [
      `${SESSION_COOKIE}=${token}`,
      'Path=/staff',
      'HttpOnly',
      'SameSite=Strict',
      `Max-Age=${deps.sessionHours * 3600}`,
      ...(secure(req) ? ['Secure'] : []),
    ].join('; ');
    res.setHeader('Set-Cookie', cookie);
    res.json({ name: account.name, role: account.role, csrfToken: session.csrfToken });
  });

  server.post('/staff/logout', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    if (caller.session) await deps.staff.deleteSession(caller.session.tokenHash);
    await handoff.audit(caller.name, 'logout');
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=; Path=/staff; HttpOnly; SameSite=Strict; Max-Age=0`);
    res.json({ ok: true });
  });

  server.get('/staff/api/me', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    res.json({
      name: caller.name,
      role: caller.role,
      ...(caller.session ? { csrfToken: caller.session.csrfToken } : {}),
      ...(deps.contentNotice ? { contentNotice: deps.contentNotice } : {}),
    });
  });
}
