import type { ExportPreview } from '../state/compute-export-preview';

export function NoteCountTable({ preview }: { preview: ExportPreview }) {
  return (
    <div class="table-scroll" role="region" aria-labelledby="count-caption" tabIndex={0}>
      <table class="count-table">
        <caption id="count-caption">Notes per cell</caption>
        <thead>
          <tr>
            <th scope="col">Lane</th>
            {preview.stageNames.map((name, index) => (
              <th key={index} scope="col" title={name}>
                <span class="column-name">{name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.lanes.map((lane, laneIndex) => (
            <tr key={lane.id}>
              <th scope="row">{lane.name}</th>
              {preview.counts[laneIndex]!.map((count, stageIndex) => (
                <td key={stageIndex} class={count === 0 ? 'empty-cell' : undefined}>
                  {count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
