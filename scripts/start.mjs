// `npm start`: after the build, serves the playground where the plugin runs against the FigJam fake, no Figma needed.
// The port comes from `--port N`, else the PORT environment variable, else 5173.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PLAYGROUND_PORT, startPlaygroundServerAsync } from './playground/playground-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readPort(argv, environment) {
  const flagIndex = argv.findIndex((argument) => argument === '--port' || argument.startsWith('--port='));
  const raw = flagIndex < 0 ? environment.PORT : argv[flagIndex].includes('=') ? argv[flagIndex].split('=')[1] : argv[flagIndex + 1];
  if (raw === undefined || raw === '') return DEFAULT_PLAYGROUND_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`The port must be a whole number from 0 to 65535, not "${raw}".`);
    process.exit(2);
  }
  return port;
}

const port = readPort(process.argv.slice(2), process.env);
for (const file of ['dist/code.js', 'dist/ui.html']) {
  if (!existsSync(path.join(root, file))) {
    console.error(`${file} is missing: run "npm start" (it builds first) or "node build.mjs".`);
    process.exit(1);
  }
}

let server;
try {
  server = await startPlaygroundServerAsync({ port });
} catch (error) {
  if (error?.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Try another one: npm start -- --port ${port + 1}`);
  } else {
    console.error(error?.message ?? error);
  }
  process.exit(1);
}

console.log(`Journey Lanes playground: ${server.url}`);
console.log('The built plugin runs there against an in-memory FigJam board. Open the address in a browser, then:');
console.log('  - draw a map from the Create tab of the panel on the right;');
console.log('  - add notes with "Add note", drag them into cells, double-click one to write, stamp it to vote;');
console.log('  - read it back from the Export tab and download the JSON, CSV or Markdown.');
console.log('In the browser console, `figma` is the plugin API of the board. Press Ctrl+C to stop.');
console.log(`dist/ is read on each load: run "npm run watch" in another terminal and reload to see changes.`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void server.closeAsync().then(() => process.exit(0));
  });
}
