/**
 * The spa's bookable services, by id. Screening only decides which of these a person may book;
 * their names, prices and booking links live with the services catalogue.
 * - post-op-package: only after surgery, with the surgeon's clearance.
 * - clinical-lymphedema: only delivered by a certified lymphedema therapist.
 */
export const SERVICE_IDS = [
  'mld-60',
  'mld-90',
  'facial-mld',
  'post-op-package',
  'clinical-lymphedema',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];
