import type { Request, Response, Server } from 'restify';
import type { StaffRole } from '../../../staff/roles';
import { registerConsoleRoutes } from './console';
import { registerEventRoutes } from './events';
import { registerSessionRoutes, type StaffRouteDependencies, staffAuthentication } from './session';
import { registerTicketRoutes } from './tickets';

export { SESSION_COOKIE, type StaffRouteDependencies } from './session';

export interface StaffRoutes {
  /** Ends every live-update stream (shutdown). */
  closeStreams(): void;
  /** Who is calling a staff route (session with CSRF, or the API token), or undefined with a 401/403 sent. */
  authenticate(req: Request, res: Response): Promise<{ name: string; role: StaffRole } | undefined>;
}

/**
 * The staff side of the hand-off: the console at /staff (static page, sign-in, live updates by server-sent
 * events) and the JSON API under /staff/api. Callers are a signed-in session (HttpOnly, SameSite=Strict
 * cookie; state-changing requests also need the session's CSRF token in X-CSRF-Token and, when the browser
 * sends one, a matching Origin) or `Authorization: Bearer STAFF_API_TOKEN`, which acts as a clinician.
 */
export function registerStaffRoutes(server: Server, deps: StaffRouteDependencies): StaffRoutes {
  const authenticate = staffAuthentication(deps);
  registerConsoleRoutes(server);
  registerSessionRoutes(server, deps, authenticate);
  registerTicketRoutes(server, deps, authenticate);
  const closeStreams = registerEventRoutes(server, deps, authenticate);
  return { closeStreams, authenticate: (req: Request, res: Response) => authenticate(req, res) };
}
