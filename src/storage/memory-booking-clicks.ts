import type {
  BookingClick,
  BookingClickRepository,
  BookingConversion,
  BookingOffer,
} from '../booking/booking-clicks';

export class MemoryBookingClicks implements BookingClickRepository {
  private offers: BookingOffer[] = [];
  private clicks: BookingClick[] = [];

  async recordOffer(offer: BookingOffer): Promise<void> {
    this.offers.push({ ...offer, serviceIds: [...offer.serviceIds], at: new Date(offer.at) });
  }

  async recordClick(click: BookingClick): Promise<void> {
    this.clicks.push({ ...click, at: new Date(click.at) });
  }

  async conversions(since?: Date): Promise<BookingConversion[]> {
    const from = since?.getTime() ?? Number.NEGATIVE_INFINITY;
    const counts = new Map<string, { offers: number; clicks: number }>();
    const entry = (id: string) => {
      const found = counts.get(id) ?? { offers: 0, clicks: 0 };
      counts.set(id, found);
      return found;
    };
    for (const offer of this.offers)
      if (offer.at.getTime() >= from) for (const id of offer.serviceIds) entry(id).offers++;
    for (const click of this.clicks) if (click.at.getTime() >= from) entry(click.serviceId).clicks++;
    return [...counts]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([serviceId, c]) => ({ serviceId, ...c }));
  }

  /** Returns how many figures went: one per service offered, one per click. */
  async deleteOlderThan(before: Date): Promise<number> {
    const figures = () => this.offers.reduce((n, o) => n + o.serviceIds.length, 0) + this.clicks.length;
    const count = figures();
    this.offers = this.offers.filter((o) => o.at >= before);
    this.clicks = this.clicks.filter((c) => c.at >= before);
    return count - figures();
  }
}
