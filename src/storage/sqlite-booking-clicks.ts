import { z } from 'zod';
import type { BookingClick, BookingClickRepository, BookingConversion, BookingOffer } from '../booking/booking-clicks';
import { prepared, type SqliteDatabase } from './sqlite-database';

const ConversionRow = z.object({
  service_id: z.string().min(1),
  offers: z.number().int(),
  clicks: z.number().int(),
});

/** Booking offers and clicks on SQLite (tables booking_offers, booking_clicks). */
export class SqliteBookingClicks implements BookingClickRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async recordOffer(offer: BookingOffer): Promise<void> {
    const insert = prepared(
      this.db,
      'INSERT INTO booking_offers (ref, service_id, channel, at) VALUES (?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const id of offer.serviceIds) insert.run(offer.ref, id, offer.channel, offer.at.getTime());
    })();
  }

  async recordClick(click: BookingClick): Promise<void> {
    prepared(this.db, 'INSERT INTO booking_clicks (ref, service_id, at) VALUES (?, ?, ?)').run(
      click.ref ?? null,
      click.serviceId,
      click.at.getTime(),
    );
  }

  async conversions(since?: Date): Promise<BookingConversion[]> {
    const from = since?.getTime() ?? Number.MIN_SAFE_INTEGER;
    const rows = prepared(
      this.db,
      `SELECT service_id, SUM(offers) AS offers, SUM(clicks) AS clicks FROM (
           SELECT service_id, 1 AS offers, 0 AS clicks FROM booking_offers WHERE at >= @from
           UNION ALL
           SELECT service_id, 0 AS offers, 1 AS clicks FROM booking_clicks WHERE at >= @from
         ) GROUP BY service_id ORDER BY service_id`,
    ).all({ from });
    return rows.map((raw) => {
      const row = ConversionRow.parse(raw);
      return { serviceId: row.service_id, offers: row.offers, clicks: row.clicks };
    });
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return this.db.transaction(() => {
      const at = before.getTime();
      return (
        prepared(this.db, 'DELETE FROM booking_offers WHERE at < ?').run(at).changes +
        prepared(this.db, 'DELETE FROM booking_clicks WHERE at < ?').run(at).changes
      );
    })();
  }
}
