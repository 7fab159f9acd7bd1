/**
 * What incoming contacts are matched on: lower-cased, with spaces, punctuation and symbols stripped,
 * so "+46 70-123 45 67" and "+46701234567" are the same phone and "Anna.Berg@Example.se " the same
 * address. The desk's contact_points.norm_value and the hub's channel matching both use this rule.
 */
export function normalizeContactValue(value: string): string {
  return value.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}
