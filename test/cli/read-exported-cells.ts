import type { Journey } from '../../src/core/journey/journey-schema';

/** Each note's id with the cell it was exported in, "lane / stage", across every map exported. */
export function readExportedCells(journeys: readonly Journey[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const journey of journeys) {
    for (const stage of journey.stages) {
      for (const lane of journey.lanes) for (const note of stage.lanes[lane.id] ?? []) cells[note.id] = `${lane.name} / ${stage.name}`;
    }
  }
  return cells;
}
