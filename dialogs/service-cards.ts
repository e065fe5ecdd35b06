import { type Activity, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { bookingLink, newBookingRef } from '../src/booking/booking-links';
import type { Service, ServiceRequirement, ServicesCatalogue } from '../src/booking/services';
import type { MessageId, Messages } from '../src/content/messages';
import type { BookingClickRepository } from '../src/booking/booking-clicks';

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
 * the answers. Hero cards are the Bot Framework's own card type: Web Chat, Teams, Slack and the
 * Emulator all show them. The button opens /book, never the booking system directly, with one opaque
 * reference for this set of cards.
 */
export function serviceCardsActivity(
  services: readonly Service[],
  ref: string,
  publicBaseUrl: string,
  messages: Messages,
  clearance?: ClearanceNote,
): Partial<Activity> {
  const cards = services.map((service) => {
    const lines = [
      messages.text('booking_card_details', { minutes: service.durationMinutes, price: service.price }),
      service.description,
      ...service.requires.map((requirement) => messages.text(REQUIREMENT_NOTES[requirement])),
      ...(clearance ? [messages.text('booking_card_clearance', { clinician: clearance.clinician })] : []),
      ...(clearance?.code ? [messages.text('booking_card_reference', { code: clearance.code })] : []),
    ];
    return CardFactory.heroCard(service.name, lines.join('\n\n'), undefined, [
      {
        type: 'openUrl',
        title: messages.text('booking_card_book'),
        value: bookingLink(publicBaseUrl, service.id, ref),
        // Read out in full where the channel can (Web Chat): every card's button is otherwise just "Book".
        text: messages.text('booking_card_book_named', { name: service.name }),
      },
    ]);
  });
  return MessageFactory.carousel(cards, messages.text('booking_cards_intro'));
}

/** Sends the cards and records the offer (service ids and the opaque ref only) for conversion figures. */
export async function offerServices(
  context: TurnContext,
  services: readonly Service[],
  booking: BookingCards,
  messages: Messages,
  now: Date,
  clearance?: ClearanceNote,
): Promise<void> {
  if (services.length === 0) return;
  const ref = newBookingRef();
  await booking.clicks.recordOffer({
    ref,
    serviceIds: services.map((s) => s.id),
    channel: context.activity.channelId || 'unknown',
    at: now,
  });
  await context.sendActivity(serviceCardsActivity(services, ref, booking.publicBaseUrl, messages, clearance));
}
