import { z } from 'zod';
import { ContentError } from '../errors';
import { parseContent, readYamlFile } from '../content/content-file';
import { SIGN_OFF_FIELDS } from '../kb/sign-off';
import type { GateDecision, Outcome } from '../screening';
import { BODY_AREAS, type BodyArea } from '../screening/body-areas';
import { SERVICE_IDS, type ServiceId } from '../screening/service-ids';

export const SERVICES_FILE = 'services.yaml';

/** Conditions a service may carry beyond the screening outcome; each is checked and shown on the card. */
export const SERVICE_REQUIREMENTS = ['surgeon_clearance', 'certified_therapist'] as const;
export type ServiceRequirement = (typeof SERVICE_REQUIREMENTS)[number];

/**
 * Safety policy that content cannot loosen: the post-op package only with the surgeon's clearance, and
 * clinical lymphedema therapy only by a certified therapist. A services.yaml without these stops start-up.
 */
const REQUIRED_BY_POLICY: Partial<Record<ServiceId, readonly ServiceRequirement[]>> = {
  'post-op-package': ['surgeon_clearance'],
  'clinical-lymphedema': ['certified_therapist'],
};

/** Outcomes after which a service may be offered at all (the recommendation gate's own list). */
const BOOKABLE_OUTCOMES = ['suitable', 'needs_clearance'] as const;

const HOST = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.-]+(:\d+)?$/, 'expected a host name such as "book.example.com"');

const HTTPS_URL = z.url({ protocol: /^https$/, error: 'expected an https URL' });

const ServiceSchema = z
  .object({
    id: z.enum(SERVICE_IDS),
    name: z.string().trim().min(1),
    durationMinutes: z.number().int().positive().max(600),
    price: z.string().trim().min(1),
    description: z.string().trim().min(1).max(400),
    bookingUrl: HTTPS_URL,
    outcomes: z.array(z.enum(BOOKABLE_OUTCOMES)).min(1),
    requires: z.array(z.enum(SERVICE_REQUIREMENTS)).default([]),
    deliveredBy: z.enum(['certified_lymphedema_therapist']).optional(),
    /** Body areas the session works on; a screening caution that excludes one of them rules it out. */
    areas: z.array(z.enum(BODY_AREAS)).min(1),
  })
  .strict();

export const ServicesSchema = z
  .object({
    allowedBookingHosts: z.array(HOST).min(1),
    manageBookingUrl: HTTPS_URL,
    services: z.array(ServiceSchema).min(1),
    ...SIGN_OFF_FIELDS,
  })
  .strict();

export type Service = z.infer<typeof ServiceSchema>;

export interface ServicesCatalogue {
  readonly allowedBookingHosts: readonly string[];
  readonly manageBookingUrl: string;
  readonly services: readonly Service[];
}

/** Cross-field checks: unique ids, every screening service present, safety policy, links on allowed hosts. */
export function checkServices(data: z.infer<typeof ServicesSchema>, file = SERVICES_FILE): ServicesCatalogue {
  const fail = (field: string, problem: string): never => {
    throw new ContentError(file, field, problem);
  };
  const hosts = new Set(data.allowedBookingHosts);
  const seen = new Set<string>();
  data.services.forEach((service, index) => {
    const at = `services.${index}`;
    if (seen.has(service.id)) fail(`${at}.id`, `duplicate service id "${service.id}"`);
    seen.add(service.id);
    if (!hosts.has(new URL(service.bookingUrl).host))
      fail(`${at}.bookingUrl`, 'host is not listed in allowedBookingHosts');
    for (const needed of REQUIRED_BY_POLICY[service.id] ?? []) {
      if (!service.requires.includes(needed)) fail(`${at}.requires`, `must include ${needed}`);
    }
    if (service.requires.includes('certified_therapist') && service.deliveredBy !== 'certified_lymphedema_therapist')
      fail(`${at}.deliveredBy`, 'must be certified_lymphedema_therapist when certified_therapist is required');
  });
  for (const id of SERVICE_IDS) if (!seen.has(id)) fail('services', `is missing service "${id}"`);
  if (!hosts.has(new URL(data.manageBookingUrl).host))
    fail('manageBookingUrl', 'host is not listed in allowedBookingHosts');
  return Object.freeze({
    allowedBookingHosts: Object.freeze([...hosts]),
    manageBookingUrl: data.manageBookingUrl,
    services: Object.freeze(data.services.map((s) => Object.freeze({ ...s }))),
  });
}

export function parseServices(data: unknown, file = SERVICES_FILE): ServicesCatalogue {
  return checkServices(parseContent(file, data, ServicesSchema), file);
}

export function loadServices(knowledgeDir: string): ServicesCatalogue {
  return checkServices(readYamlFile(knowledgeDir, SERVICES_FILE, ServicesSchema));
}

export function findService(catalogue: ServicesCatalogue, id: string): Service | undefined {
  return catalogue.services.find((service) => service.id === id);
}

/** What eligibility looks at: the gate's decision and the screening it was made on. */
export interface EligibilityInput {
  readonly gate: GateDecision;
  readonly outcome: Outcome;
  /** Every clinician kind the screening's fired rules name (surgeon, oncologist…). */
  readonly clinicianKinds: readonly string[];
  /** Body areas the screening's cautions exclude (evaluate's `excludedAreas`); none when absent. */
  readonly excludedAreas?: readonly BodyArea[];
}

/**
 * The services a person may be offered, in catalogue order. Nothing unless the recommendation gate allows
 * it; then only services the screening allowed, whose outcomes include this one, that work on no area a
 * caution excludes, and whose conditions hold: surgeon_clearance needs a screening rule that names the
 * surgeon; certified_therapist needs the service to be delivered by a certified lymphedema therapist.
 */
export function eligibleServices(catalogue: ServicesCatalogue, input: EligibilityInput): Service[] {
  const { gate } = input;
  if (!gate.allowed) return [];
  const allowed = new Set<string>(gate.allowedServices);
  const excluded = new Set<string>(input.excludedAreas ?? []);
  return catalogue.services.filter(
    (service) =>
      allowed.has(service.id) &&
      (service.outcomes as readonly string[]).includes(input.outcome) &&
      !service.areas.some((area) => excluded.has(area)) &&
      service.requires.every((requirement) => requirementHolds(requirement, service, input)),
  );
}

function requirementHolds(requirement: ServiceRequirement, service: Service, input: EligibilityInput): boolean {
  switch (requirement) {
    case 'surgeon_clearance':
      return input.clinicianKinds.includes('surgeon');
    case 'certified_therapist':
      return service.deliveredBy === 'certified_lymphedema_therapist';
  }
}
