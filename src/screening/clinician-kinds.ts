/** Who a person is asked to see or involve. The words shown for each live in screening.yaml `clinicians`. */
export const CLINICIAN_KINDS = [
  'surgeon',
  'obstetrician_or_midwife',
  'oncologist',
  'cardiologist',
  'doctor',
  'lymphedema_therapist',
  'parent_or_guardian',
] as const;
export type ClinicianKind = (typeof CLINICIAN_KINDS)[number];
