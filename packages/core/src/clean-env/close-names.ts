import { editDistance } from '../errors/suggest';
import { normalizeProjectName } from '../store/index';

/**
 * Project names close to a misspelled one, best first: PEP 503-normalized, within an edit distance of a
 * third of the name (at least 2), or one containing the other.
 */
export function closeNames(wanted: string, names: readonly string[], limit = 3): string[] {
  const target = normalizeProjectName(wanted);
  const scored: { name: string; score: number }[] = [];
  for (const name of names) {
    const candidate = normalizeProjectName(name);
    const distance = editDistance(target, candidate);
    const contains = candidate.includes(target) || target.includes(candidate);
    if (distance <= Math.max(2, Math.floor(target.length / 3)) || contains)
      scored.push({ name, score: contains ? Math.min(distance, 1.5) : distance });
  }
  return scored
    .sort((x, y) => x.score - y.score || x.name.localeCompare(y.name))
    .slice(0, limit)
    .map((entry) => entry.name);
}
