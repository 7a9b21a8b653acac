/**
 * A stage's emotion score as its curve dot shows it: one decimal at most, a sign on positive scores as on the
 * emotion scale ("+1.5", "0", "-0.7"), so the dot reads the same as the mark at its height.
 */
export function formatEmotionScore(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `${rounded}`;
}
