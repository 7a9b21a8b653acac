/** Every problem the sandbox found, each with where it is ("Stage 3 › Pain points › note 1", or a path) set apart. */
export function ProblemList({ id, problems }: { id: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  const titleId = `${id}-title`;
  return (
    <section class="group" aria-labelledby={titleId}>
      <h2 id={titleId} class="group-title">
        Problems ({problems.length})
      </h2>
      <div class="problem-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <ul id={id} class="rows problem-list">
          {problems.map((problem, index) => {
            const split = problem.indexOf(': ');
            return (
              <li key={index}>
                {split > 0 && <code class="problem-path">{problem.slice(0, split)}</code>}
                {split > 0 ? ` ${problem.slice(split + 2)}` : problem}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
