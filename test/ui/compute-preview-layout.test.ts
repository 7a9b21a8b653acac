import { describe, expect, it } from 'vitest';
import { addCustomLane, setLaneChecked } from '../../ui/state/lane-editing';
import { computePreviewLayout } from '../../ui/state/compute-preview-layout';
import { createDefaultDraft } from '../../ui/state/spec-draft';
import { addStage, removeStage, renameStage } from '../../ui/state/stage-editing';

describe('computePreviewLayout', () => {
  it('lays out the ticked lanes and the stages in the draft order', () => {
    let draft = addStage(createDefaultDraft(), 'Loyalty');
    draft = addCustomLane(draft, 'Channels');
    const layout = computePreviewLayout(draft)!;
    expect(layout.stageHeaders.map((header) => header.name)).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
      'Retention',
      'Advocacy',
      'Loyalty',
    ]);
    expect(layout.lanes.map((lane) => lane.name)).toEqual([
      'Touchpoints',
      'Customer actions',
      'Thoughts',
      'Emotions',
      'Pain points',
      'Opportunities',
      'Channels',
    ]);
    const headers = layout.stageHeaders;
    for (let index = 1; index < headers.length; index++) expect(headers[index]!.rect.x).toBeGreaterThan(headers[index - 1]!.rect.x);
  });

  it('still draws while a name is being typed', () => {
    const draft = createDefaultDraft();
    const layout = computePreviewLayout(renameStage(draft, draft.stages[0]!.key, ''));
    expect(layout?.stageHeaders).toHaveLength(5);
  });

  it('draws nothing without a stage or without a lane', () => {
    let noStages = createDefaultDraft();
    for (const stage of noStages.stages) noStages = removeStage(noStages, stage.key);
    expect(computePreviewLayout(noStages)).toBeNull();
    let noLanes = createDefaultDraft();
    for (const lane of noLanes.lanes) noLanes = setLaneChecked(noLanes, lane.key, false);
    expect(computePreviewLayout(noLanes)).toBeNull();
  });
});
