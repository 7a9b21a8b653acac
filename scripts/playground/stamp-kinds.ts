export interface StampKind {
  /** The stamp's node name, as the export counts it. */
  name: string;
  label: string;
  /** Drawn in the badge; DejaVu has these glyphs, where colour emoji fonts are often missing. */
  symbol: string;
  color: string;
}

export const STAMP_KINDS: readonly StampKind[] = [
  { name: '+1', label: '+1', symbol: '+1', color: '#0d99ff' },
  { name: 'heart', label: 'Heart', symbol: '♥', color: '#f24822' },
  { name: 'thumbs up', label: 'Thumbs up', symbol: '▲', color: '#14ae5c' },
  { name: 'thumbs down', label: 'Thumbs down', symbol: '▼', color: '#8a8a8a' },
  { name: 'star', label: 'Star', symbol: '★', color: '#ffaf00' },
  { name: 'question', label: 'Question', symbol: '?', color: '#9747ff' },
];

export function findStampKind(name: string): StampKind | undefined {
  return STAMP_KINDS.find((kind) => kind.name === name);
}
