import type { Request, Response, Server } from 'restify';
import type { Clock } from '../../clock';
import { bookingRedirectTarget, parseBookingRef } from '../../booking/booking-links';
import type { ServicesCatalogue } from '../../booking/services';
import type { Logger } from '../../log';
import type { BookingClickRepository } from '../../booking/booking-clicks';
import { sendError } from '../errors';

export interface BookRouteDependencies {
  catalogue: ServicesCatalogue;
  clicks: BookingClickRepository;
  clock: Clock;
  logger: Logger;
}

/**
 * GET /book/:serviceId?c=<opaque ref>: counts the click and redirects to the service's booking page from
 * services.yaml. The target never comes from the request, and only hosts listed in allowedBookingHosts are
 * redirected to (no open redirect). An unknown service is 404; a missing or malformed ref still redirects.
 */
export function registerBookRoute(server: Server, deps: BookRouteDependencies): void {
  server.get('/book/:serviceId', async (req: Request, res: Response) => {
    const serviceId = String(req.params?.serviceId ?? '');
    const target = bookingRedirectTarget(deps.catalogue, serviceId);
    if (!target) return sendError(res, 404, 'no such service');
    const query = (req.query ?? {}) as Record<string, unknown>;
    try {
      await deps.clicks.recordClick({ ref: parseBookingRef(query.c), serviceId, at: deps.clock.now() });
    } catch (error) {
      // The person still gets to the booking page; a lost count is only logged.
      deps.logger.warn({ err: { message: (error as Error).message }, serviceId }, 'could not record a booking click');
    }
    res.setHeader('Location', target);
    res.setHeader('Cache-Control', 'no-store');
    // The booking system learns nothing about where the person came from, not even the opaque ref.
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.writeHead(302);
    res.end();
  });
}
