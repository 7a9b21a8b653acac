import { formatJourney } from '../../src/core/formats/format-journey';
import type { ExportFormat, Journey } from '../../src/core/journey/journey-schema';
import { measureMedianMilliseconds } from './measure-median-milliseconds';

export interface SerialisationTiming {
  format: ExportFormat;
  /** Median milliseconds of formatting the journey. */
  milliseconds: number;
  /** Size of the text, UTF-8. */
  bytes: number;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'markdown'];

export function measureSerialisation(journey: Journey, runs: number): SerialisationTiming[] {
  return EXPORT_FORMATS.map((format) => ({
    format,
    milliseconds: measureMedianMilliseconds(() => formatJourney(journey, format), runs),
    bytes: Buffer.byteLength(formatJourney(journey, format)),
  }));
}
