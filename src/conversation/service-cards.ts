import type { TurnContext } from 'botbuilder';
import { bookingLink, newBookingRef } from '../booking/booking-links';
import type { Service, ServiceRequirement, ServicesCatalogue } from '../booking/services';
import type { MessageId, Messages } from '../content/messages';
import type { Reply, ServiceCard } from './reply';
import type { BookingClickRepository } from '../booking/booking-clicks';

const REQUIREMENT_NOTES: Record<ServiceRequirement, MessageId> = {
  surgeon_clearance: 'booking_requires_surgeon_clearance',
  certified_therapist: 'booking_requires_certified_therapist',
};

/** What booking cards are made from; built once in src/app.ts. */
export interface BookingCards {
  catalogue: ServicesCatalogue;
  clicks: BookingClickRepository;
  /** The service's public address; Book buttons open `<base>/book/<id>?c=<ref>`. */
  publicBaseUrl: string;
}

/** After a clearance outcome: whose OK the person brings, and the front desk's reference for the reasons. */
export interface ClearanceNote {
  readonly clinician: string;
  readonly code?: string;
}

/**
 * One card per service (name, duration and price, description, any condition such as the surgeon's OK)
 * with a Book button. After a clearance outcome each card says to book once the OK is in hand and carries
 * the clearance reference (e.g. CL-7F3K), which staff look up in the console to see the reasons, never
 * the answers. The button opens /book, never the booking system directly, with one opaque reference for
 * this set of cards.
 */
export function serviceCardsReply(
  services: readonly Service[],
  ref: string,
  publicBaseUrl: string,
  messages: Messages,
  clearance?: ClearanceNote,
): Reply {
  const cards = services.map(
    (service): ServiceCard => ({
      title: service.name,
      details: messages.text('booking_card_details', { minutes: service.durationMinutes, price: service.price }),
      lines: [
        service.description,
        ...service.requires.map((requirement) => messages.text(REQUIREMENT_NOTES[requirement])),
        ...(clearance ? [messages.text('booking_card_clearance', { clinician: clearance.clinician })] : []),
        ...(clearance?.code ? [messages.text('booking_card_reference', { code: clearance.code })] : []),
      ],
      label: messages.text('booking_card_book'),
      accessibleName: messages.text('booking_card_book_named', { name: service.name }),
      url: bookingLink(publicBaseUrl, service.id, ref),
    }),
  );
  return { text: messages.text('booking_cards_intro'), cards };
}

/**
 * The cards for these services, once the offer (service ids and the opaque ref only) is recorded for
 * conversion figures; undefined when there is nothing to offer.
 */
export async function offerServices(
  context: TurnContext,
  services: readonly Service[],
  booking: BookingCards,
  messages: Messages,
  now: Date,
  clearance?: ClearanceNote,
): Promise<Reply | undefined> {
  if (services.length === 0) return undefined;
  const ref = newBookingRef();
  await booking.clicks.recordOffer({
    ref,
    serviceIds: services.map((s) => s.id),
    channel: context.activity.channelId || 'unknown',
    at: now,
  });
  return serviceCardsReply(services, ref, booking.publicBaseUrl, messages, clearance);
}
