import { randomBytes } from 'node:crypto';
import { findService, type ServicesCatalogue } from './services';

/** The opaque reference a Book button carries: random, short, and never derived from who the person is. */
export const BOOKING_REF = /^[A-Za-z0-9_-]{8,64}$/;

/** A fresh opaque reference for one set of service cards. */
export function newBookingRef(random: (size: number) => Buffer = randomBytes): string {
  return random(12).toString('base64url');
}

/** `/book/<serviceId>?c=<ref>` on the service's public address: the only link a Book button ever opens. */
export function bookingLink(publicBaseUrl: string, serviceId: string, ref: string): string {
  if (!BOOKING_REF.test(ref)) throw new Error('[bookingLink] ref must be an opaque booking reference');
  return `${publicBaseUrl.replace(/\/+$/, '')}/book/${encodeURIComponent(serviceId)}?c=${ref}`;
}

/**
 * Where `/book/<serviceId>` may send the browser: the service's booking URL from services.yaml, and only when
 * it is https on a host listed in allowedBookingHosts (checked again here, not only at load). Anything else is
 * undefined, so the route answers 404 and never redirects to an address taken from the request.
 */
export function bookingRedirectTarget(catalogue: ServicesCatalogue, serviceId: string): string | undefined {
  const service = findService(catalogue, serviceId);
  if (!service) return undefined;
  let url: URL;
  try {
    url = new URL(service.bookingUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !catalogue.allowedBookingHosts.includes(url.host)) return undefined;
  return url.toString();
}

/** The ref from a query string when it is well-formed; anything else counts as no reference. */
export function parseBookingRef(value: unknown): string | undefined {
  return typeof value === 'string' && BOOKING_REF.test(value) ? value : undefined;
}
