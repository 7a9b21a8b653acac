/**
 * Mermaid's `journey` grammar, written out as a checker: the lexer rules of
 * packages/mermaid/src/diagrams/user-journey/parser/journey.jison (mermaid-js/mermaid, MIT), tried in the same order
 * with the first match winning, case-insensitive, and its grammar (`journey document EOF`, each line a title, a
 * section, or a task name followed by its data). Task data is split as journeyDb.addTask splits it: score, then
 * comma-separated people. No package ships a parser for journey diagrams that runs without a DOM, so the tests
 * hold the exporter to the grammar itself.
 */
export interface MermaidJourney {
  title: string | null;
  sections: Array<{ name: string; tasks: Array<{ task: string; score: number; people: string[] }> }>;
}

type Token = { type: string; text: string };

const LEXER_RULES: ReadonlyArray<readonly [RegExp, string | null]> = [
  [/^%%(?!\{)[^\n]*/, null],
  [/^[^}]%%[^\n]*/, null],
  [/^[\n]+/, 'NEWLINE'],
  [/^\s+/, null],
  [/^#[^\n]*/, null],
  [/^journey/i, 'journey'],
  [/^title\s[^#\n;]+/i, 'title'],
  [/^accTitle\s*:\s*/i, 'acc_title'],
  [/^accDescr\s*:\s*/i, 'acc_descr'],
  [/^accDescr\s*\{\s*/i, 'acc_descr_multiline'],
  [/^section\s[^#:\n;]+/i, 'section'],
  [/^[^#:\n;]+/, 'taskName'],
  [/^:[^#\n;]+/, 'taskData'],
  [/^:/, ':'],
  [/^./, 'INVALID'],
];

function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  while (rest !== '') {
    let matched = false;
    for (const [pattern, type] of LEXER_RULES) {
      const match = pattern.exec(rest);
      if (!match) continue;
      if (type !== null) tokens.push({ type, text: match[0] });
      rest = rest.slice(match[0].length);
      matched = true;
      break;
    }
    if (!matched) throw new Error(`No lexer rule matches at ${JSON.stringify(rest.slice(0, 20))}`);
  }
  tokens.push({ type: 'EOF', text: '' });
  return tokens;
}

/** The diagram as Mermaid would read it, or an error naming the first token its grammar refuses. */
export function parseMermaidJourney(text: string): MermaidJourney {
  const tokens = lex(text);
  if (tokens[0]?.type !== 'journey') throw new Error(`Expected "journey", got ${tokens[0]?.type}`);
  const diagram: MermaidJourney = { title: null, sections: [] };
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    switch (token.type) {
      case 'NEWLINE':
      case 'EOF':
        break;
      case 'title':
        diagram.title = token.text.slice(6);
        break;
      case 'section':
        diagram.sections.push({ name: token.text.slice(8), tasks: [] });
        break;
      case 'taskName': {
        const data = tokens[index + 1];
        if (data?.type !== 'taskData') throw new Error(`Task ${JSON.stringify(token.text)} has no data, got ${data?.type}`);
        index++;
        const pieces = data.text.slice(1).split(':');
        const task = { task: token.text, score: Number(pieces[0]), people: pieces.length === 1 ? [] : pieces[1]!.split(',').map((person) => person.trim()) };
        const section = diagram.sections.at(-1);
        if (section === undefined) throw new Error(`Task ${JSON.stringify(token.text)} before any section`);
        section.tasks.push(task);
        break;
      }
      default:
        throw new Error(`Unexpected ${token.type} ${JSON.stringify(token.text)}`);
    }
  }
  return diagram;
}
