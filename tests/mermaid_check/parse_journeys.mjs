// Reads Mermaid journey diagrams from stdin, separated by NUL characters, and parses each with
// the journey parser and the entity encoding of the mermaid npm package itself (the way
// Mermaid prepares a diagram's text before it parses it; front matter and `%%` comment lines
// are not handled here). For each diagram it prints one block:
//   OK, then T <title>, A <accTitle>, D <accDescr>, S <section>,
//   K <section> <task> <score as Number()> <score as written> <actor>…
//   or ERR <message>
// with every field hex-encoded UTF-8, fields separated by tabs, blocks ended by a line "END".
// Texts are as Mermaid draws them: numeric entity codes as their characters, <br> as a line
// break. Usage: node parse_journeys.mjs JOURNEY_CHUNK.mjs UTILS_CHUNK.mjs < diagrams
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const load = (path) => import(pathToFileURL(resolve(path)).href);
const { diagram } = await load(process.argv[2]);
const { encodeEntities, removeDirectives } = await load(process.argv[3]);

const hex = (s) => Buffer.from(String(s), 'utf8').toString('hex');
// What the browser shows: Mermaid turns its placeholders back into &#NN; in the SVG.
// Named codes (`#quot;`) are kept as written: the generated diagrams use only made-up names.
const shown = (s) =>
  s
    .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, (_, name) => `#${name};`);
const lines = (s) => shown(s.replace(/<br\s*\/?>/gi, '\n'));

const out = [];
for (const text of readFileSync(0, 'utf8').split('\0')) {
  if (text === '') continue;
  const got = { title: '', acc: '', descr: '', sections: [], tasks: [] };
  let section = '';
  const yy = {
    setDiagramTitle: (t) => { got.title = t; },
    setAccTitle: (t) => { got.acc = t.replace(/^\s+/g, ''); },
    setAccDescription: (t) => { got.descr = t.replace(/\n\s+/g, '\n'); },
    addSection: (s) => { section = s; got.sections.push(s); },
    addTask: (name, data) => {
      const pieces = data.substr(1).split(':');
      const people = pieces.length > 1 ? pieces[1].split(',').map((p) => p.trim()) : [];
      got.tasks.push([section, name, Number(pieces[0]), pieces[0].trim(), people]);
    },
  };
  try {
    diagram.parser.parser.yy = yy;
    diagram.parser.parse(encodeEntities(removeDirectives(text)) + '\n');
    out.push('OK');
    out.push(['T', hex(shown(got.title).trim())].join('\t'));
    out.push(['A', hex(shown(got.acc).trim())].join('\t'));
    out.push(['D', hex(shown(got.descr).trim())].join('\t'));
    for (const s of got.sections) out.push(['S', hex(lines(s).trim())].join('\t'));
    for (const [s, name, score, written, people] of got.tasks) {
      const actors = people.map((p) => hex(shown(p).trim()));
      const fields = [hex(lines(s).trim()), hex(lines(name).trim()), hex(score), hex(written)];
      out.push(['K', ...fields, ...actors].join('\t'));
    }
  } catch (e) {
    out.push(['ERR', hex(e.message)].join('\t'));
  }
  out.push('END');
}
process.stdout.write(out.join('\n') + '\n');
