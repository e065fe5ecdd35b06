import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { type ClearanceView, normalizeClearanceCode } from '../../screening';
import type { Clock } from '../../clock';
import type { HandoffService, StaffActor } from '../../handoff/handoff-service';
import type { AccountLockout, LoginLimiter } from '../../staff/login-limiter';
import { clientAddress } from '../client-address';
import { newToken, secretsEqual, tokenHash, verifyPassword } from '../../staff/passwords';
import { detailView, type HealthDetailFilter, mayNotActReason, type StaffRole, summaryView } from '../../staff/roles';
import { TICKET_STATUSES, type TicketStatus } from '../../handoff/ticket';
import type { Logger } from '../../log';
import type { BookingClickRepository } from '../../booking/booking-clicks';
import type { StaffAccountRepository, StaffSession } from '../../staff/staff-accounts';
import { sendError } from '../errors';

export const SESSION_COOKIE = 'lymph_staff';
const CSRF_HEADER = 'x-csrf-token';
const HEARTBEAT_MS = 15_000;
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

export interface StaffRoutes {
  /** Ends every live-update stream (shutdown). */
  closeStreams(): void;
  /** Who is calling a staff route (session with CSRF, or the API token), or undefined with a 401/403 sent. */
  authenticate(req: Request, res: Response): Promise<{ name: string; role: StaffRole } | undefined>;
}

const LoginBody = z.object({ name: z.string().trim().min(1).max(80), password: z.string().min(1).max(1024) }).strict();
const ClaimBody = z.object({ staffName: z.string().trim().min(1).max(80).optional() }).strict();
const MessageBody = z.object({ text: z.string().trim().min(1, 'text is required').max(2000) }).strict();
const StatusQuery = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(',') : ['open', 'claimed']))
  .pipe(z.array(z.enum(TICKET_STATUSES)).min(1));
const TicketId = z.string().min(1).max(100);

interface Caller {
  readonly name: string;
  readonly role: StaffRole;
  readonly via: 'session' | 'token';
  readonly session?: StaffSession;
}

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

function issue(error: z.ZodError): string {
  const first = error.issues[0];
  const field = first?.path.map(String).join('.');
  return field ? `${field}: ${first?.message}` : (first?.message ?? 'invalid request');
}

/** Where the console's static files are, from src/ under ts-node or dist/src once built. */
function consoleDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'src', 'http', 'staff-console');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('[staff routes] cannot find src/http/staff-console');
    dir = parent;
  }
}

const CONSOLE_FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
};

function setConsoleHeaders(res: Response): void {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
      "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cache-Control', 'no-store');
}

/**
 * The staff side of the hand-off: the console at /staff (static page, sign-in, live updates by server-sent
 * events) and the JSON API under /staff/api. Callers are a signed-in session (HttpOnly, SameSite=Strict
 * cookie; state-changing requests also need the session's CSRF token in X-CSRF-Token and, when the browser
 * sends one, a matching Origin) or `Authorization: Bearer STAFF_API_TOKEN`, which acts as a clinician.
 */
export function registerStaffRoutes(server: Server, deps: StaffRouteDependencies): StaffRoutes {
  const { handoff, clock } = deps;
  const files = new Map<string, Buffer>();
  const dir = consoleDir();
  for (const name of Object.keys(CONSOLE_FILES)) files.set(name, readFileSync(path.join(dir, name)));
  const streams = new Set<Response>();

  const secure = (req: Request) =>
    deps.publicUrl.startsWith('https:') || req.headers['x-forwarded-proto'] === 'https' || req.isSecure();

  const sendFile = (res: Response, name: string) => {
    setConsoleHeaders(res);
    res.setHeader('Content-Type', CONSOLE_FILES[name]!);
    res.writeHead(200);
    res.end(files.get(name));
  };

  /** Who is calling, or a response already sent (401/403). */
  async function authenticate(req: Request, res: Response, body?: { staffName?: string }): Promise<Caller | undefined> {
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

  const actorOf = (caller: Caller): StaffActor => ({ name: caller.name, role: caller.role });

  /** With the API token, replies and closes speak as whoever claimed the ticket. */
  async function actorOnTicket(caller: Caller, id: string): Promise<StaffActor> {
    if (caller.via !== 'token') return actorOf(caller);
    const ticket = await handoff.get(id);
    const claimedBy = ticket && (ticket.status === 'claimed' || ticket.status === 'closed') ? ticket.claimedBy : undefined;
    return { name: claimedBy ?? caller.name, role: caller.role };
  }

  /** Refuses (403, audited) an action on a clinician-only ticket or one someone else claimed. */
  async function allowedToAct(actor: StaffActor, id: string, action: string, res: Response): Promise<boolean> {
    const ticket = await handoff.get(id);
    if (!ticket) return true; // the service answers 404 itself
    const reason = mayNotActReason(actor, ticket);
    if (!reason) return true;
    await handoff.audit(actor.name, `${action}.denied`, id, { role: actor.role });
    sendError(res, 403, reason);
    return false;
  }

  const noStore = (res: Response) => res.setHeader('Cache-Control', 'no-store');

  // --- The console page ---------------------------------------------------------------------------
  server.get('/staff', async (_req: Request, res: Response) => sendFile(res, 'index.html'));
  server.get('/staff/', async (_req: Request, res: Response) => sendFile(res, 'index.html'));
  server.get('/staff/console.js', async (_req: Request, res: Response) => sendFile(res, 'console.js'));
  server.get('/staff/console.css', async (_req: Request, res: Response) => sendFile(res, 'console.css'));

  // --- Sign in and out ----------------------------------------------------------------------------
  server.post('/staff/login', async (req: Request, res: Response) => {
    noStore(res);
    const origin = req.headers.origin;
    if (origin !== undefined && req.headers.host && !origin.endsWith(`//${req.headers.host}`) &&
      !(deps.publicUrl && new URL(deps.publicUrl).origin === origin)) {
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

  // --- Tickets ------------------------------------------------------------------------------------
  server.get('/staff/api/tickets', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const statuses = StatusQuery.safeParse((req.query as Record<string, unknown> | undefined)?.status);
    if (!statuses.success) return sendError(res, 400, `status: expected one or more of ${TICKET_STATUSES.join(', ')}`);
    const now = clock.now();
    const [tickets, open] = await Promise.all([
      handoff.list(statuses.data as TicketStatus[]),
      handoff.list(['open']),
    ]);
    await handoff.audit(caller.name, 'tickets.list', undefined, { role: caller.role });
    res.json({ tickets: tickets.map((ticket) => summaryView(ticket, caller.role, now, open)) });
  });

  server.get('/staff/api/tickets/:id', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const id = TicketId.safeParse(req.params?.id);
    const ticket = id.success ? await handoff.get(id.data) : undefined;
    if (!ticket) return sendError(res, 404, 'no such ticket');
    const [open, messages] = await Promise.all([handoff.list(['open']), handoff.messagesOf(ticket.id)]);
    await handoff.recordView(ticket.id, actorOf(caller));
    res.json({
      ticket: detailView(
        ticket,
        caller.role,
        clock.now(),
        open,
        messages.map((m) => ({
          id: m.id,
          from: m.from,
          ...(m.author ? { author: m.author } : {}),
          text: m.text,
          at: m.at.toISOString(),
        })),
        deps.healthDetails,
      ),
    });
  });

  server.post('/staff/api/tickets/:id/claim', async (req: Request, res: Response) => {
    noStore(res);
    const body = ClaimBody.safeParse(req.body ?? {});
    if (!body.success) return sendError(res, 400, issue(body.error));
    const caller = await authenticate(req, res, body.data);
    if (!caller) return;
    if (caller.via === 'token' && !body.data.staffName) return sendError(res, 400, 'staffName: is required with the API token');
    const result = await handoff.claim(String(req.params?.id ?? ''), actorOf(caller));
    if (!result.ok) {
      await handoff.audit(caller.name, result.status === 403 ? 'ticket.claim.denied' : 'ticket.claim.failed',
        String(req.params?.id ?? '').slice(0, 100), { role: caller.role, status: result.status });
      return sendError(res, result.status, result.reason);
    }
    res.json({ ticket: summaryView(result.value, caller.role, clock.now(), await handoff.list(['open'])) });
  });

  server.post('/staff/api/tickets/:id/messages', async (req: Request, res: Response) => {
    noStore(res);
    const body = MessageBody.safeParse(req.body ?? {});
    const caller = await authenticate(req, res);
    if (!caller) return;
    if (!body.success) return sendError(res, 400, issue(body.error));
    const id = String(req.params?.id ?? '');
    const actor = await actorOnTicket(caller, id);
    if (!(await allowedToAct(actor, id, 'ticket.reply', res))) return;
    const result = await handoff.reply(id, actor, body.data.text);
    if (!result.ok) return sendError(res, result.status, result.reason);
    res.status(201);
    res.json({ message: { id: result.value.id, from: 'staff', author: result.value.author, text: result.value.text, at: result.value.at.toISOString() } });
  });

  // The console calls this while a team member writes a reply (at most every few seconds).
  server.post('/staff/api/tickets/:id/typing', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const id = String(req.params?.id ?? '');
    const result = await handoff.typing(id, await actorOnTicket(caller, id));
    if (!result.ok) return sendError(res, result.status, result.reason);
    res.status(204);
    res.end();
  });

  server.post('/staff/api/tickets/:id/close', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const id = String(req.params?.id ?? '');
    const actor = await actorOnTicket(caller, id);
    if (!(await allowedToAct(actor, id, 'ticket.close', res))) return;
    const result = await handoff.close(id, actor);
    if (!result.ok) return sendError(res, result.status, result.reason);
    res.json({ ticket: summaryView(result.value, caller.role, clock.now(), await handoff.list(['open'])) });
  });

  // --- Clearance references (screening engineer) ---------------------------------------------------
  // The reasons behind a booking card's "Front desk reference", never the health answers (not kept).
  server.get('/staff/api/clearances/:code', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const code = normalizeClearanceCode(String(req.params?.code ?? ''));
    if (!code) return sendError(res, 400, 'code: expected a clearance reference such as CL-7F3K');
    const view = await deps.clearances?.lookup(code);
    if (!view) return sendError(res, 404, 'no screening with this reference (it may have expired)');
    res.json({ clearance: view });
  });

  server.get('/staff/api/bookings', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    await handoff.audit(caller.name, 'bookings.view', undefined, { role: caller.role });
    res.json({ services: await deps.clicks.conversions() });
  });

  // --- Live updates -------------------------------------------------------------------------------
  server.get('/staff/api/events', async (req: Request, res: Response) => {
    const caller = await authenticate(req, res);
    if (!caller) return;
    // Audited before the stream opens: once the headers are out an error can no longer be answered, and a
    // failed audit (database away) would leave an open stream that never subscribed to anything.
    await handoff.audit(caller.name, 'events.open', undefined, { role: caller.role });
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    streams.add(res);
    // Only ids go out: each client fetches what its role may see.
    const unsubscribe = handoff.subscribe((change) => {
      res.write(`event: ticket\ndata: ${JSON.stringify({ id: change.ticketId })}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    };
    // The response's close: the request's own 'close' fires as soon as its (empty) body has been read.
    res.on('close', stop);
  });

  return {
    closeStreams() {
      for (const res of streams) res.end();
      streams.clear();
    },
    authenticate: (req, res) => authenticate(req, res),
  };
}
