/**
 * Conversion figures for booking: which services were offered as cards, and which Book buttons were
 * pressed. Keyed by an opaque reference and a service id only: no conversation id, user id or contact
 * details, so the figures hold no personal data.
 */
export interface BookingOffer {
  readonly ref: string;
  readonly serviceIds: readonly string[];
  readonly channel: string;
  readonly at: Date;
}

export interface BookingClick {
  /** Undefined when the link arrived without a (well-formed) reference. */
  readonly ref?: string;
  readonly serviceId: string;
  readonly at: Date;
}

export interface BookingConversion {
  readonly serviceId: string;
  readonly offers: number;
  readonly clicks: number;
}

export interface BookingClickRepository {
  recordOffer(offer: BookingOffer): Promise<void>;
  recordClick(click: BookingClick): Promise<void>;
  /** Offers and clicks per service since `since` (all time when absent), by service id. */
  conversions(since?: Date): Promise<BookingConversion[]>;
  deleteOlderThan(before: Date): Promise<number>;
}
