import { z } from 'zod';
import type { BookingClick, BookingClickRepository, BookingConversion, BookingOffer } from '../booking/booking-clicks';
import type { PostgresDatabase } from './postgres-database';

const ConversionRow = z.object({ service_id: z.string().min(1), offers: z.number().int(), clicks: z.number().int() });

/** Booking offers and clicks on PostgreSQL (tables booking_offers, booking_clicks). */
export class PostgresBookingClicks implements BookingClickRepository {
  constructor(private readonly db: PostgresDatabase) {}

  async recordOffer(offer: BookingOffer): Promise<void> {
    if (offer.serviceIds.length === 0) return;
    await this.db.pool.query(
      `INSERT INTO booking_offers (ref, service_id, channel, at)
         SELECT $1, service_id, $3, $4 FROM unnest($2::text[]) AS service_id`,
      [offer.ref, [...offer.serviceIds], offer.channel, offer.at.getTime()],
    );
  }

  async recordClick(click: BookingClick): Promise<void> {
    await this.db.pool.query('INSERT INTO booking_clicks (ref, service_id, at) VALUES ($1, $2, $3)', [
      click.ref ?? null,
      click.serviceId,
      click.at.getTime(),
    ]);
  }

  async conversions(since?: Date): Promise<BookingConversion[]> {
    const from = since?.getTime() ?? Number.MIN_SAFE_INTEGER;
    const { rows } = await this.db.pool.query(
      `SELECT service_id, SUM(offers)::bigint AS offers, SUM(clicks)::bigint AS clicks FROM (
           SELECT service_id, 1 AS offers, 0 AS clicks FROM booking_offers WHERE at >= $1
           UNION ALL
           SELECT service_id, 0 AS offers, 1 AS clicks FROM booking_clicks WHERE at >= $1
         ) AS events GROUP BY service_id ORDER BY service_id COLLATE "C"`,
      [from],
    );
    return rows.map((raw) => {
      const row = ConversionRow.parse(raw);
      return { serviceId: row.service_id, offers: row.offers, clicks: row.clicks };
    });
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return this.db.transaction(async (client) => {
      const at = before.getTime();
      const offers = await client.query('DELETE FROM booking_offers WHERE at < $1', [at]);
      const clicks = await client.query('DELETE FROM booking_clicks WHERE at < $1', [at]);
      return (offers.rowCount ?? 0) + (clicks.rowCount ?? 0);
    });
  }
}
