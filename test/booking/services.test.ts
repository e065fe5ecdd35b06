import path from 'node:path';
import YAML from 'yaml';
import { readFileSync } from 'node:fs';
import { ContentError } from '../../src/errors';
import { bookingLink, bookingRedirectTarget, newBookingRef, parseBookingRef } from '../../src/booking/booking-links';
import { eligibleServices, loadServices, parseServices } from '../../src/booking/services';
import { BODY_AREAS, type GateDecision, OUTCOMES, SERVICE_IDS } from '../../src/screening';

const KNOWLEDGE = path.join(__dirname, '../../knowledge');
const catalogue = loadServices(KNOWLEDGE);
const raw = () => YAML.parse(readFileSync(path.join(KNOWLEDGE, 'services.yaml'), 'utf8'));
const allowed = (...ids: string[]): GateDecision => ({ allowed: true, allowedServices: ids as never });

describe('the services catalogue (knowledge/services.yaml)', () => {
  it('has every service the screening knows, with a price, a duration and an https booking link', () => {
    expect(catalogue.services.map((s) => s.id).sort()).toEqual([...SERVICE_IDS].sort());
    for (const service of catalogue.services) {
      expect(service.bookingUrl).toMatch(/^https:\/\//);
      expect(service.durationMinutes).toBeGreaterThan(0);
      expect(service.price).not.toBe('');
    }
  });

  it.each([
    ['a booking link on a host not in the allow-list', (d: any) => (d.services[0].bookingUrl = 'https://evil.example/x'), 'services.0.bookingUrl'],
    ['a plain http booking link', (d: any) => (d.services[0].bookingUrl = 'http://book.willow-lymph.example/x'), 'services.0.bookingUrl'],
    ['the post-op package without the surgeon clearance condition', (d: any) => (d.services[3].requires = []), 'services.3.requires'],
    ['clinical therapy without a certified therapist', (d: any) => delete d.services[4].deliveredBy, 'services.4.deliveredBy'],
    ['a service offered after not_now', (d: any) => (d.services[0].outcomes = ['not_now']), 'services.0.outcomes.0'],
    ['a missing service', (d: any) => d.services.pop(), 'services'],
    ['an unknown service id', (d: any) => (d.services[0].id = 'hot-stones'), 'services.0.id'],
    ['a manage page off the allow-list', (d: any) => (d.manageBookingUrl = 'https://other.example/m'), 'manageBookingUrl'],
  ])('refuses %s, naming the field', (_name, change, field) => {
    const data = raw();
    change(data);
    try {
      parseServices(data);
      throw new Error('expected a ContentError');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).field).toBe(field);
      expect((error as ContentError).file).toBe('services.yaml');
    }
  });
});

describe('which services a screening allows', () => {
  it('offers the standard sessions after a suitable screening', () => {
    const services = eligibleServices(catalogue, {
      gate: allowed('mld-60', 'mld-90', 'facial-mld'),
      outcome: 'suitable',
      clinicianKinds: [],
    });
    expect(services.map((s) => s.id)).toEqual(['mld-60', 'mld-90', 'facial-mld']);
  });

  it('offers the post-op package only when the screening names the surgeon', () => {
    const gate = allowed('post-op-package');
    expect(
      eligibleServices(catalogue, { gate, outcome: 'needs_clearance', clinicianKinds: ['surgeon'] }).map((s) => s.id),
    ).toEqual(['post-op-package']);
    expect(eligibleServices(catalogue, { gate, outcome: 'needs_clearance', clinicianKinds: ['doctor'] })).toEqual([]);
    expect(eligibleServices(catalogue, { gate, outcome: 'suitable', clinicianKinds: ['surgeon'] })).toEqual([]);
  });

  it('offers clinical lymphedema therapy (certified therapist) after a clearance that allows it', () => {
    const services = eligibleServices(catalogue, {
      gate: allowed('clinical-lymphedema'),
      outcome: 'needs_clearance',
      clinicianKinds: ['oncologist'],
    });
    expect(services.map((s) => [s.id, s.deliveredBy])).toEqual([['clinical-lymphedema', 'certified_lymphedema_therapist']]);
  });

  it('offers nothing when the gate says no', () => {
    const gate: GateDecision = { allowed: false, reason: 'safety_hold' };
    expect(eligibleServices(catalogue, { gate, outcome: 'suitable', clinicianKinds: [] })).toEqual([]);
  });

  it('never offers a service the screening did not allow or the outcome does not allow', () => {
    const subsets = SERVICE_IDS.flatMap((_, i) => [SERVICE_IDS.slice(i), SERVICE_IDS.slice(0, i + 1)]);
    for (const outcome of OUTCOMES) {
      for (const subset of subsets) {
        for (const kinds of [[], ['surgeon'], ['doctor', 'surgeon']]) {
          const offered = eligibleServices(catalogue, { gate: allowed(...subset), outcome, clinicianKinds: kinds });
          for (const service of offered) {
            expect(subset).toContain(service.id);
            expect(service.outcomes as readonly string[]).toContain(outcome);
          }
        }
      }
    }
  });

  it.each(['urgent', 'not_now', 'refer_specialist'] as const)('offers nothing at all after the outcome %s', (outcome) => {
    for (const subset of [SERVICE_IDS, ...SERVICE_IDS.map((id) => [id])]) {
      for (const kinds of [[], ['surgeon'], ['doctor', 'surgeon']]) {
        expect(eligibleServices(catalogue, { gate: allowed(...subset), outcome, clinicianKinds: kinds })).toEqual([]);
      }
    }
  });
});

describe('services by body area', () => {
  const everything = allowed(...SERVICE_IDS);
  const kinds = ['surgeon', 'oncologist', 'doctor'];

  it('declares the areas each service treats: the facial session the face and neck, the 90 minutes the tummy', () => {
    const areas = Object.fromEntries(catalogue.services.map((s) => [s.id, s.areas]));
    expect(areas['facial-mld']).toEqual(['face_neck']);
    expect(areas['mld-90']).toContain('abdomen');
    expect(areas['mld-60']).not.toContain('abdomen');
  });

  it.each(OUTCOMES.flatMap((outcome) => BODY_AREAS.map((area) => [outcome, area] as const)))(
    'after %s with %s left out, offers exactly the allowed services that do not work on it',
    (outcome, area) => {
      const offered = eligibleServices(catalogue, {
        gate: everything,
        outcome,
        clinicianKinds: kinds,
        excludedAreas: [area],
      }).map((s) => s.id);
      const expected = catalogue.services
        .filter((s) => (s.outcomes as readonly string[]).includes(outcome) && !s.areas.includes(area))
        .map((s) => s.id);
      expect(offered).toEqual(expected);
    },
  );

  it('offers a pregnant client no session that includes the tummy, and an overactive thyroid no facial session', () => {
    const offer = (area: 'abdomen' | 'face_neck') =>
      eligibleServices(catalogue, {
        gate: allowed('mld-60', 'mld-90', 'facial-mld'),
        outcome: 'needs_clearance',
        clinicianKinds: ['obstetrician_or_midwife'],
        excludedAreas: [area],
      }).map((s) => s.id);
    expect(offer('abdomen')).toEqual(['mld-60', 'facial-mld']);
    expect(offer('face_neck')).toEqual(['mld-60', 'mld-90']);
  });

  it('refuses a service without areas, naming the field', () => {
    const data = raw();
    delete data.services[0].areas;
    expect(() => parseServices(data)).toThrow(ContentError);
  });
});

describe('booking links', () => {
  it('go through /book with an opaque reference and nothing personal', () => {
    const ref = newBookingRef();
    expect(parseBookingRef(ref)).toBe(ref);
    expect(bookingLink('https://chat.example.com/', 'mld-60', ref)).toBe(`https://chat.example.com/book/mld-60?c=${ref}`);
    expect(() => bookingLink('https://chat.example.com', 'mld-60', 'jo@example.com')).toThrow();
  });

  it('redirect only to the service page on an allowed host', () => {
    expect(bookingRedirectTarget(catalogue, 'mld-90')).toBe('https://book.willow-lymph.example/services/mld-90');
    expect(bookingRedirectTarget(catalogue, 'https://evil.example')).toBeUndefined();
    expect(bookingRedirectTarget(catalogue, '../mld-60')).toBeUndefined();
    const tampered = { ...catalogue, allowedBookingHosts: ['elsewhere.example'] };
    expect(bookingRedirectTarget(tampered, 'mld-60')).toBeUndefined();
  });

  it('treat a malformed reference as none', () => {
    for (const bad of [undefined, '', 'short', 'a b c d e f g h', 'x'.repeat(65), ['abcdefgh1234']])
      expect(parseBookingRef(bad)).toBeUndefined();
  });
});
