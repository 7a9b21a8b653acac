import { signal } from '@preact/signals';
import type { MapsCompared } from '../../src/core/protocol/protocol';
import type { StatusMessage } from './create-app-state';

/** The Export tab's "Compare with…": which map to compare the chosen one with, and the last comparison. */
export function createComparisonState() {
  return {
    /** The map compared with the export's chosen map, as the "after" of the comparison; null for the first other map. */
    compareMapId: signal<string | null>(null),
    isComparing: signal(false),
    comparisonStatus: signal<StatusMessage | null>(null),
    comparisonResult: signal<MapsCompared | null>(null),
  };
}
