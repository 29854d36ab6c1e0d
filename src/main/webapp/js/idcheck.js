// Immediate feedback while a clerk types an ID (GB 11643 check digit and birth date); the server has the final word,
// including the region code, when the extraction is saved.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** null when plausible, else 'length' | 'birth' | 'checksum'. */
export function idProblem(id) {
  if (!/^\d{17}[\dX]$/.test(id)) return 'length';
  const y = Number(id.slice(6, 10)); const m = Number(id.slice(10, 12)); const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date > new Date()) return 'birth';
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17] ? null : 'checksum';
}
