/**
 * The body areas services treat and cautions exclude. Coarse on purpose: they are what a front desk and
 * a person understand ("no tummy work"), not anatomy.
 * - face_neck: the face and the front and sides of the neck (facial drainage).
 * - abdomen: the tummy.
 * - limbs: arms and legs.
 * - trunk: chest and back.
 */
export const BODY_AREAS = ['face_neck', 'abdomen', 'limbs', 'trunk'] as const;
export type BodyArea = (typeof BODY_AREAS)[number];
