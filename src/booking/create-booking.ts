import type { BookingClickRepository } from './booking-clicks';
import type { ServicesCatalogue } from './services';

/** Booking links: the services catalogue, where offers and clicks are counted, and the public address links point to. */
export interface Booking {
  readonly catalogue: ServicesCatalogue;
  readonly clicks: BookingClickRepository;
  readonly publicBaseUrl: string;
}

/** PUBLIC_URL, or this machine on PORT when none is configured (local runs). */
export function createBooking(
  config: { publicUrl: string; port: number },
  catalogue: ServicesCatalogue,
  clicks: BookingClickRepository,
): Booking {
  return { catalogue, clicks, publicBaseUrl: config.publicUrl || `http://localhost:${config.port}` };
}
