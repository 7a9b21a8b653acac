import { computeMapLayout } from '../template/compute-map-layout';
import { computeRenderPlan } from '../template/compute-render-plan';
import { TemplateSpecSchema } from '../template/template-spec';

/** The cells and lane instructions a map's stored spec draws, and how many tagged shapes and texts its lanes hold. */
export interface ExpectedMapDrawing {
  cells: Array<{ laneId: string; stageId: string }>;
  /** Lane ids whose lane shows an instruction. */
  instructionLaneIds: string[];
  /** Shapes tagged with a lane: every cell and lane label, and whatever else the render plan tags with one (guides). */
  laneShapeCount: number;
  /** Texts tagged with a lane: every instruction and emotion scale mark, and any other the render plan tags so. */
  laneTextCount: number;
}

/**
 * What the spec stored on a map section draws in its lanes, or null when the spec cannot be read (the export then
 * says so itself). Counts let a reader see a complete map from two searches, without reading each cell.
 */
export function computeExpectedMapDrawing(specJson: string | null): ExpectedMapDrawing | null {
  if (specJson === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(specJson);
  } catch {
    return null;
  }
  const parsed = TemplateSpecSchema.safeParse(json);
  if (!parsed.success) return null;
  const layout = computeMapLayout(parsed.data, { x: 0, y: 0 });
  const drawing: ExpectedMapDrawing = { cells: [], instructionLaneIds: [], laneShapeCount: 0, laneTextCount: 0 };
  for (const lane of layout.lanes) {
    for (const cell of lane.cells) drawing.cells.push({ laneId: lane.laneId, stageId: cell.stageId });
    if (lane.instruction) drawing.instructionLaneIds.push(lane.laneId);
  }
  // Counted from the render plan, so a part added to the look with a lane tag never makes a whole map look damaged.
  for (const part of computeRenderPlan(parsed.data, layout).parts) {
    if (part.tags.laneId === undefined) continue;
    if (part.type === 'SHAPE_WITH_TEXT') drawing.laneShapeCount += 1;
    else if (part.type === 'TEXT') drawing.laneTextCount += 1;
  }
  return drawing;
}
