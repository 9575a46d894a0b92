//! Mermaid text -> Map: Mermaid's preprocessing (front matter, directives, comment lines),
//! then its journey lexer's rules in their order, then the journey's statements as a map.

use std::collections::HashMap;

use super::text::{breaks_to_newlines, decode_entities, entity_len, js_space, js_trim, word_byte};
use super::{MAX_LINE_WARNINGS, MermaidProblem, MermaidWarning, PERSONA_COLORS};
use crate::interchange::{Cut, Format, ImportError, ImportOptions, Imported, Place, Warning};
use crate::model::{
    Lane, LaneId, LaneKind, MAX_COLUMNS_OR_ROWS, MAX_LANGUAGE_LEN, MAX_LIST_LEN, MAX_TEXT_CHARS,
    MAX_TOUCHPOINTS, Map, Persona, PersonaId, Stage, StageId, Touchpoint, TouchpointId, short,
};

/// Imports a Mermaid `journey` diagram (UTF-8, with or without BOM, any line ends).
pub fn import(bytes: &[u8], options: &ImportOptions) -> Result<Imported, ImportError> {
    let mut warnings = Warnings::default();
    let text = utf8(bytes)?;
    // Mermaid turns every CR LF and lone CR into LF before anything else.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let (front_title, text) = front_matter(&text)?;
    let (text, shifts) = remove_directives(&text, &mut warnings);
    let text = remove_comment_lines(&text);
    let text = style_semicolons(&text);
    let statements = Lexer::new(&text, shifts).statements()?;
    Ok(build(statements, front_title, options, warnings))
}

fn utf8(bytes: &[u8]) -> Result<&str, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        ImportError::at(Place::Line(line), MermaidProblem::NotUtf8)
    })
}

/// Warnings in file order, the per-line ones capped at [`MAX_LINE_WARNINGS`].
#[derive(Default)]
struct Warnings {
    list: Vec<Warning>,
    line_warnings: usize,
}

impl Warnings {
    fn line(&mut self, w: impl Into<Warning>) {
        self.line_warnings += 1;
        if self.line_warnings <= MAX_LINE_WARNINGS {
            self.list.push(w.into());
        }
    }

    fn finish(mut self) -> Vec<Warning> {
        if self.line_warnings > MAX_LINE_WARNINGS {
            self.list.push(
                MermaidWarning::MoreWarnings {
                    count: self.line_warnings - MAX_LINE_WARNINGS,
                }
                .into(),
            );
        }
        self.list
    }
}

/// A line's characters other than the line break count as indentation in front matter.
fn indent_space(c: char) -> bool {
    js_space(c) && c != '\n' && c != '\r'
}

/// Takes the YAML front matter (`---` on the first line, `---` again at the same indentation)
/// off the text, keeping its lines as empty ones so line numbers stay; gives its `title:`.
fn front_matter(text: &str) -> Result<(Option<String>, String), ImportError> {
    let mut lines = text.split('\n');
    let first = lines.next().unwrap_or_default();
    let indent_len = first.len() - first.trim_start_matches(indent_space).len();
    let indent = &first[..indent_len];
    if first[indent_len..].trim_end_matches(js_space) != "---" {
        return Ok((None, text.to_owned()));
    }
    let mut body = Vec::new();
    let mut closed = false;
    for line in lines.by_ref() {
        if let Some(rest) = line.strip_prefix(indent)
            && rest.trim_end_matches(js_space) == "---"
        {
            closed = true;
            break;
        }
        body.push(line.strip_prefix(indent).unwrap_or(line));
    }
    if !closed {
        return Err(ImportError::at(
            Place::Line(1),
            MermaidProblem::UnclosedFrontMatter,
        ));
    }
    let mut out = "\n".repeat(body.len() + 2);
    let rest: Vec<&str> = lines.collect();
    out.push_str(&rest.join("\n"));
    Ok((yaml_title(&body), out))
}

/// The top-level `title:` of YAML front matter: plain, quoted or block scalar.
fn yaml_title(body: &[&str]) -> Option<String> {
    let i = body.iter().position(|l| l.starts_with("title:"))?;
    let value = js_trim(&body[i]["title:".len()..]);
    let more = body[i + 1..]
        .iter()
        .take_while(|l| l.is_empty() || l.starts_with([' ', '\t']))
        .map(|l| js_trim(l));
    let title = if let Some(v) = value.strip_prefix('"') {
        let v = v.rsplit_once('"').map_or(v, |(v, _)| v);
        v.replace("\\\"", "\"")
            .replace("\\n", "\n")
            .replace("\\\\", "\\")
    } else if let Some(v) = value.strip_prefix('\'') {
        v.rsplit_once('\'').map_or(v, |(v, _)| v).replace("''", "'")
    } else if value.starts_with('|') {
        more.collect::<Vec<_>>().join("\n")
    } else if value.starts_with('>') {
        more.collect::<Vec<_>>().join(" ")
    } else {
        // A plain scalar ends at a comment and may go on in more-indented lines.
        let plain = value.split(" #").next().unwrap_or_default();
        std::iter::once(plain)
            .chain(more.filter(|l| !l.is_empty()))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let title = js_trim(&title).to_owned();
    (!title.is_empty()).then_some(title)
}

/// Removes `%%{ … }%%` directives as Mermaid's `directiveRegex` finds them (a directive that
/// is never closed runs to the end of the text), line breaks and all, so what follows one
/// joins the line it starts on, as in Mermaid. Gives the text and, for the line numbers of
/// the file, the lines each removal took: (line in the new text, lines removed).
fn remove_directives(text: &str, warnings: &mut Warnings) -> (String, Vec<(usize, usize)>) {
    let mut shifts = Vec::new();
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut from = 0;
    while let Some(off) = text[from..].find("%%{") {
        let start = from + off;
        let Some(end) = directive_end(text, start) else {
            from = start + 1;
            continue;
        };
        let end = match end {
            Some(end) => end,
            None => {
                let line = b[..start].iter().filter(|c| **c == b'\n').count() + 1;
                warnings.list.push(
                    MermaidWarning::Unclosed {
                        line,
                        opener: "%%{".to_owned(),
                    }
                    .into(),
                );
                text.len()
            }
        };
        out.push_str(&text[last..start]);
        let removed = text[start..end].bytes().filter(|c| *c == b'\n').count();
        if removed > 0 {
            let line = out.bytes().filter(|c| *c == b'\n').count() + 1;
            shifts.push((line, removed));
        }
        last = end;
        from = end;
        if from >= text.len() {
            break;
        }
    }
    out.push_str(&text[last..]);
    (out, shifts)
}

/// Where the directive starting at `start` (`%%{`) ends: `None` if it is no directive,
/// `Some(None)` if it is never closed.
fn directive_end(text: &str, start: usize) -> Option<Option<usize>> {
    let b = text.as_bytes();
    let skip_space = |mut i: usize| {
        while let Some(c) = text[i..].chars().next().filter(|c| js_space(*c)) {
            i += c.len_utf8();
        }
        i
    };
    let word_end = |mut i: usize| {
        while b.get(i).is_some_and(|c| word_byte(*c)) {
            i += 1;
        }
        i
    };
    let i = skip_space(start + 3);
    let w = word_end(i);
    if w == i {
        return None;
    }
    let mut i = skip_space(w);
    if b.get(i) == Some(&b':') {
        i = skip_space(i + 1);
    }
    let w = word_end(i);
    if w > i {
        // `%%{init theme…`: a second word, then an optional close.
        let j = skip_space(w);
        return Some(Some(if text[j..].starts_with("}%%") {
            j + 3
        } else {
            j
        }));
    }
    Some(text[i..].find("}%%").map(|off| i + off + 3))
}

/// Empties the lines that are `%%` comments (Mermaid's `cleanupComments`), keeping the lines.
fn remove_comment_lines(text: &str) -> String {
    text.split('\n')
        .map(|line| {
            let t = line.trim_start_matches(js_space);
            let comment = t.starts_with("%%") && !t.starts_with("%%{") && t.len() > 2;
            if comment { "" } else { line }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Mermaid's `encodeEntities` first drops the last `;` of a line that holds `style` (or
/// `classDef`), then `:`, non-spaces, `#`, and a `;` after that (meant for style statements,
/// applied to every diagram). Done here so such lines read as they do in Mermaid.
fn style_semicolons(text: &str) -> String {
    if !text.contains("style") && !text.contains("classDef") {
        return text.to_owned();
    }
    text.split('\n')
        .map(|line| {
            let mut line = line.to_owned();
            for word in ["style", "classDef"] {
                if let Some(cut) = style_cut(&line, word) {
                    line.remove(cut);
                }
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The byte index of the `;` the style rule for `word` removes from a line.
fn style_cut(line: &str, word: &str) -> Option<usize> {
    let p = line.find(word)? + word.len();
    let last_semi = line.rfind(';')?;
    // For each `:` after the word: is there a `#` in the run of non-spaces after it, and a
    // `;` after that `#`? Scan from the right keeping the nearest `#` of the current run.
    let mut hash_ahead: Option<usize> = None;
    let mut found = false;
    for (i, c) in line.char_indices().rev() {
        if i < p {
            break;
        }
        if c == ':' && hash_ahead.is_some_and(|h| h < last_semi) && i >= p {
            found = true;
            break;
        }
        if js_space(c) {
            hash_ahead = None;
        } else if c == '#' {
            hash_ahead = Some(i);
        }
    }
    found.then_some(last_semi)
}

/// One statement of a journey, with the raw (still entity-coded) text of its parts.
enum Statement {
    Title(String),
    AccTitle(String),
    AccDescr(String),
    Section {
        name: String,
        line: usize,
    },
    Task {
        name: String,
        data: String,
        line: usize,
    },
}

/// Mermaid's journey lexer and grammar, rule by rule in their order.
struct Lexer<'a> {
    text: &'a str,
    b: &'a [u8],
    pos: usize,
    /// The line of `counted` in the text, from 1.
    line: usize,
    counted: usize,
    /// Lines removed with directives: (line in the text, lines removed), in order.
    shifts: Vec<(usize, usize)>,
    /// How many of `shifts` lie before `line`, and the lines they removed.
    shifted: (usize, usize),
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str, shifts: Vec<(usize, usize)>) -> Self {
        Lexer {
            text,
            b: text.as_bytes(),
            pos: 0,
            line: 1,
            counted: 0,
            shifts,
            shifted: (0, 0),
        }
    }

    /// The file's line of a byte position at or after the last one asked about (the lines of
    /// removed directives counted in).
    fn line_at(&mut self, p: usize) -> usize {
        let p = p.min(self.b.len());
        if p > self.counted {
            self.line += self.b[self.counted..p]
                .iter()
                .filter(|c| **c == b'\n')
                .count();
            self.counted = p;
        }
        while let Some((line, removed)) = self.shifts.get(self.shifted.0)
            && *line < self.line
        {
            self.shifted = (self.shifted.0 + 1, self.shifted.1 + removed);
        }
        self.line + self.shifted.1
    }

    fn error(&mut self, at: usize, problem: MermaidProblem) -> ImportError {
        let line = self.line_at(at);
        ImportError::at(Place::Line(line), problem)
    }

    fn eol(&self, from: usize) -> usize {
        self.text[from..]
            .find('\n')
            .map_or(self.b.len(), |o| from + o)
    }

    fn skip_space(&self, mut i: usize) -> usize {
        while let Some(c) = self.text[i..].chars().next().filter(|c| js_space(*c)) {
            i += c.len_utf8();
        }
        i
    }

    /// The end of a run of bytes up to one of `stops`, entity codes being ordinary text.
    fn run(&self, mut i: usize, stops: &[u8]) -> usize {
        while let Some(&c) = self.b.get(i) {
            if c == b'#'
                && let Some(len) = entity_len(self.b, i)
            {
                i += len;
                continue;
            }
            if stops.contains(&c) {
                break;
            }
            i += 1;
        }
        i
    }

    /// Whether `kw` (ASCII, lower case) starts at `i`, in any case.
    fn keyword(&self, i: usize, kw: &str) -> bool {
        self.b
            .get(i..i + kw.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(kw.as_bytes()))
    }

    /// `kw` then one JavaScript space then at least one byte of a run up to `stops`: the
    /// `"title"\s[^#\n;]+` and `"section"\s[^#:\n;]+` rules. Gives (text start, end).
    fn keyword_text(&self, i: usize, kw: &str, stops: &[u8]) -> Option<(usize, usize)> {
        if !self.keyword(i, kw) {
            return None;
        }
        let after = i + kw.len();
        let c = self.text[after..].chars().next().filter(|c| js_space(*c))?;
        let start = after + c.len_utf8();
        let end = self.run(start, stops);
        (end > start).then_some((start, end))
    }

    /// `kw\s*` then `sep`: gives the position after `sep` and following spaces.
    fn keyword_then(&self, i: usize, kw: &str, sep: u8) -> Option<usize> {
        if !self.keyword(i, kw) {
            return None;
        }
        let j = self.skip_space(i + kw.len());
        (self.b.get(j) == Some(&sep)).then(|| self.skip_space(j + 1))
    }

    fn statements(mut self) -> Result<Vec<Statement>, ImportError> {
        // Mermaid's detector: the first thing that is not space or a comment is `journey`.
        let mut i = 0;
        loop {
            i = self.skip_space(i);
            if self.text[i..].starts_with("%%") && !self.text[i..].starts_with("%%{") {
                i = self.eol(i);
                continue;
            }
            break;
        }
        if i >= self.b.len() {
            return Err(ImportError::whole(MermaidProblem::Empty));
        }
        // The grammar's first token is `journey\b` (its detector wants it in lower case).
        if !self.text[i..].starts_with("journey")
            || self.b.get(i + 7).is_some_and(|c| word_byte(*c))
        {
            let end = self.text[i..]
                .find(js_space)
                .map_or(self.b.len(), |o| i + o);
            let starts = short(&self.text[i..end]);
            return Err(self.error(i, MermaidProblem::NotAJourney { starts }));
        }
        self.pos = i + "journey".len();
        let mut out = Vec::new();
        while self.pos < self.b.len() {
            if let Some(s) = self.next_statement()? {
                out.push(s);
            }
        }
        Ok(out)
    }

    /// Lexes from `pos`: a statement, or `None` for space and comments.
    fn next_statement(&mut self) -> Result<Option<Statement>, ImportError> {
        let i = self.pos;
        let rest = &self.text[i..];
        let Some(c) = rest.chars().next() else {
            return Ok(None);
        };
        // Comments: the grammar's `\%%(?!\{)[^\n]*` compiles to a single `%` not followed by
        // `{` (so a statement starting with `%` is a comment), then `[^\}]%%[^\n]*`.
        if rest.starts_with('%') && !rest[1..].starts_with('{') {
            self.pos = self.eol(i);
            return Ok(None);
        }
        if c != '}' && rest[c.len_utf8()..].starts_with("%%") {
            self.pos = self.eol(i + c.len_utf8());
            return Ok(None);
        }
        if js_space(c) {
            self.pos = self.skip_space(i);
            return Ok(None);
        }
        if c == '#' && entity_len(self.b, i).is_none() {
            self.pos = self.eol(i);
            return Ok(None);
        }
        if self.keyword(i, "journey") && !self.b.get(i + 7).is_some_and(|c| word_byte(*c)) {
            return Err(self.error(i, MermaidProblem::JourneyAgain));
        }
        if let Some((start, end)) = self.keyword_text(i, "title", b"#\n;") {
            self.pos = end;
            return Ok(Some(Statement::Title(self.text[start..end].to_owned())));
        }
        if let Some(start) = self.keyword_then(i, "acctitle", b':') {
            let end = self.eol(start);
            self.pos = end;
            return Ok(Some(Statement::AccTitle(self.text[start..end].to_owned())));
        }
        if let Some(start) = self.keyword_then(i, "accdescr", b':') {
            let end = self.eol(start);
            self.pos = end;
            return Ok(Some(Statement::AccDescr(self.text[start..end].to_owned())));
        }
        if let Some(start) = self.keyword_then(i, "accdescr", b'{') {
            let Some(end) = self.text[start..].find('}').map(|o| start + o) else {
                return Err(self.error(i, MermaidProblem::UnclosedDescription));
            };
            let value_end = end;
            self.pos = end + 1;
            let value = &self.text[start..value_end];
            return Ok((!value.is_empty()).then(|| Statement::AccDescr(value.to_owned())));
        }
        if let Some((start, end)) = self.keyword_text(i, "section", b"#:\n;") {
            let line = self.line_at(i);
            self.pos = end;
            let name = self.text[start..end].to_owned();
            return Ok(Some(Statement::Section { name, line }));
        }
        match c {
            ':' => {
                let end = self.run(i + 1, b"#\n;");
                let problem = if end > i + 1 {
                    MermaidProblem::ScoreWithoutTask
                } else {
                    MermaidProblem::Unexpected { found: ':' }
                };
                Err(self.error(i, problem))
            }
            ';' => Err(self.error(i, MermaidProblem::Unexpected { found: ';' })),
            _ => {
                // `[^#:\n;]+` taskName, which must be followed at once by `":"[^#\n;]+`.
                let end = self.run(i, b"#:\n;");
                let name = &self.text[i..end];
                // Between tokens the comment rule `[^\}]%%` comes first: `name:%%…` has no score.
                let data_end =
                    if self.b.get(end) == Some(&b':') && !self.text[end + 1..].starts_with("%%") {
                        self.run(end + 1, b"#\n;")
                    } else {
                        end
                    };
                if data_end <= end + 1 {
                    let task = short(js_trim(&decode_entities(name)));
                    return Err(self.error(i, MermaidProblem::TaskWithoutScore { task }));
                }
                let line = self.line_at(i);
                self.pos = data_end;
                Ok(Some(Statement::Task {
                    name: name.to_owned(),
                    data: self.text[end + 1..data_end].to_owned(),
                    line,
                }))
            }
        }
    }
}

/// A name as Mermaid shows it: `<br>` as line breaks, entity codes as their characters, no
/// spaces at either end.
fn name_text(raw: &str) -> String {
    js_trim(&decode_entities(&breaks_to_newlines(js_trim(raw)))).to_owned()
}

/// A description as Mermaid keeps it: trimmed, no spaces at the start of a line, no blank
/// lines (its `setAccDescription`).
pub(super) fn normalize_description(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in js_trim(text).split('\n') {
        let line = line.trim_start_matches(js_space);
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// A text cut to the model's limit, with a warning when it was longer.
fn fit(text: String, line: usize, warnings: &mut Warnings) -> String {
    if text.len() <= MAX_TEXT_CHARS || text.chars().count() <= MAX_TEXT_CHARS {
        return text;
    }
    warnings.line(Warning::Shortened {
        at: Place::Line(line),
        limit: MAX_TEXT_CHARS,
    });
    text.chars().take(MAX_TEXT_CHARS).collect()
}

/// A score as JavaScript's `Number()` reads it, or `None` where that gives NaN (and for an
/// empty score, which Mermaid reads as 0 but nobody means).
fn js_number(s: &str) -> Option<f64> {
    let s = js_trim(s);
    let radix = |p: &str, r: u32| {
        s.get(..2)
            .filter(|h| h.eq_ignore_ascii_case(p))
            .and_then(|_| u64::from_str_radix(&s[2..], r).ok())
            .map(|n| n as f64)
    };
    if let Some(n) = radix("0x", 16)
        .or_else(|| radix("0b", 2))
        .or_else(|| radix("0o", 8))
    {
        return Some(n);
    }
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if body == "Infinity" {
        return None;
    }
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b))
    {
        return None;
    }
    s.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// The emotion a score gives, with a warning where it was not a whole number from 1 to 5.
fn emotion(score: &str, task: &str, line: usize, warnings: &mut Warnings) -> Option<i8> {
    let written = short(js_trim(score));
    let Some(n) = js_number(score) else {
        warnings.line(MermaidWarning::ScoreNotANumber {
            line,
            task: short(task),
            score: written,
        });
        return None;
    };
    let used = n.round().clamp(1.0, 5.0);
    if !(1.0..=5.0).contains(&n) {
        warnings.line(MermaidWarning::ScoreOutOfRange {
            line,
            task: short(task),
            score: written,
            used: used as u8,
        });
    } else if n.fract() != 0.0 {
        warnings.line(MermaidWarning::ScoreRounded {
            line,
            task: short(task),
            score: written,
            used: used as u8,
        });
    }
    Some(used as i8 - 3)
}

fn build(
    statements: Vec<Statement>,
    front_title: Option<String>,
    options: &ImportOptions,
    mut warnings: Warnings,
) -> Imported {
    let language = js_trim(&options.language);
    let language = if language.is_empty() || language.len() > MAX_LANGUAGE_LEN {
        "en"
    } else {
        language
    };
    let lane = Lane::new(
        LaneId(1),
        crate::layout::words::words(language).kind(LaneKind::Emotion),
        LaneKind::Emotion,
    );
    let mut map = Map {
        language: language.to_owned(),
        lanes: vec![lane],
        ..Map::default()
    };
    let mut title = front_title.map(|t| (t, 1));
    let mut acc_title = None;
    let mut acc_descr = None;
    let mut personas: HashMap<String, PersonaId> = HashMap::new();
    // The stage new tasks go into; `None` once the stages were cut.
    let mut current: Option<StageId> = None;
    let mut in_cell = 0u32;
    let mut cut_stages: Option<(usize, usize)> = None;
    let mut cut_cards: Option<(usize, usize)> = None;
    let mut cut_personas: Option<(usize, usize)> = None;
    let mut section_seen = false;
    for s in statements {
        match s {
            Statement::Title(t) => title = Some((js_trim(&decode_entities(&t)).to_owned(), 0)),
            Statement::AccTitle(t) => acc_title = Some(js_trim(&decode_entities(&t)).to_owned()),
            Statement::AccDescr(t) => acc_descr = Some(normalize_description(&decode_entities(&t))),
            Statement::Section { name, line } => {
                section_seen = true;
                if map.stages.len() >= MAX_COLUMNS_OR_ROWS {
                    cut_stages.get_or_insert((line, 0)).1 += 1;
                    current = None;
                    continue;
                }
                let id = StageId(map.stages.len() as u32 + 1);
                let name = fit(name_text(&name), line, &mut warnings);
                map.stages.push(Stage::new(id, &name));
                current = Some(id);
                in_cell = 0;
            }
            Statement::Task { name, data, line } => {
                if current.is_none() && !section_seen && map.stages.is_empty() {
                    // Tasks before any section: Mermaid's unnamed section.
                    map.stages.push(Stage::new(StageId(1), ""));
                    current = Some(StageId(1));
                    section_seen = true;
                }
                let Some(stage) = current else {
                    cut_cards.get_or_insert((line, 0)).1 += 1;
                    continue;
                };
                if map.touchpoints.len() >= MAX_TOUCHPOINTS {
                    cut_cards.get_or_insert((line, 0)).1 += 1;
                    continue;
                }
                let title = fit(name_text(&name), line, &mut warnings);
                let mut pieces = data.split(':');
                let score = pieces.next().unwrap_or_default();
                let actors = pieces.next();
                let extra: Vec<&str> = pieces.collect();
                let emotion = emotion(score, &title, line, &mut warnings);
                if extra.iter().any(|e| !js_trim(e).is_empty()) {
                    warnings.line(MermaidWarning::IgnoredText {
                        line,
                        task: short(&title),
                        text: short(js_trim(&decode_entities(&extra.join(":")))),
                    });
                }
                let id = TouchpointId(map.touchpoints.len() as u32 + 1);
                let mut card = Touchpoint::new(id, stage, LaneId(1), in_cell, &title);
                in_cell += 1;
                card.emotion = emotion;
                let mut listed = 0usize;
                for actor in actors.into_iter().flat_map(|a| a.split(',')) {
                    let actor = js_trim(&decode_entities(actor)).to_owned();
                    if actor.is_empty() {
                        continue;
                    }
                    let actor = fit(actor, line, &mut warnings);
                    let pid = match personas.get(&actor) {
                        Some(p) => *p,
                        None if map.personas.len() >= MAX_COLUMNS_OR_ROWS => {
                            cut_personas.get_or_insert((line, 0)).1 += 1;
                            // Count each left-out name once.
                            personas.insert(actor, PersonaId(0));
                            continue;
                        }
                        None => {
                            let pid = PersonaId(map.personas.len() as u32 + 1);
                            map.personas.push(Persona {
                                id: pid,
                                name: actor.clone(),
                                color: PERSONA_COLORS[map.personas.len() % PERSONA_COLORS.len()],
                                description: String::new(),
                            });
                            personas.insert(actor, pid);
                            pid
                        }
                    };
                    if pid == PersonaId(0) || card.personas.contains(&pid) {
                        continue;
                    }
                    if card.personas.len() >= MAX_LIST_LEN {
                        listed += 1;
                        continue;
                    }
                    card.personas.push(pid);
                }
                if listed > 0 {
                    warnings.line(Warning::Cut {
                        at: Place::Line(line),
                        what: Cut::ListEntries,
                        kept: MAX_LIST_LEN,
                        dropped: listed,
                    });
                }
                map.touchpoints.push(card);
            }
        }
    }
    if let Some((t, line)) = title {
        map.title = fit(t, line.max(1), &mut warnings);
    }
    let description: Vec<String> = [acc_title, acc_descr]
        .into_iter()
        .flatten()
        .filter(|d| !d.is_empty())
        .collect();
    map.description = fit(description.join("\n"), 1, &mut warnings);
    let mut list = Vec::new();
    for (what, cut, kept) in [
        (Cut::Stages, cut_stages, map.stages.len()),
        (Cut::Personas, cut_personas, map.personas.len()),
        (Cut::Cards, cut_cards, map.touchpoints.len()),
    ] {
        if let Some((line, dropped)) = cut {
            list.push(Warning::Cut {
                at: Place::Line(line),
                what,
                kept,
                dropped,
            });
        }
    }
    let mut all = warnings.finish();
    all.extend(list);
    Imported {
        map,
        format: Format::Mermaid,
        warnings: all,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_javascript_reads_them() {
        assert_eq!(js_number(" 5 "), Some(5.0));
        assert_eq!(js_number("3.5"), Some(3.5));
        assert_eq!(js_number("0x5"), Some(5.0));
        assert_eq!(js_number("1e0"), Some(1.0));
        assert_eq!(js_number("-1"), Some(-1.0));
        assert_eq!(js_number("five"), None);
        assert_eq!(js_number(""), None);
        assert_eq!(js_number("inf"), None);
        assert_eq!(js_number("Infinity"), None);
        assert_eq!(js_number("1e999"), None);
    }

    #[test]
    fn the_style_rule_drops_a_semicolon_only_where_mermaid_does() {
        assert_eq!(style_cut("Lifestyle: 5:Bob#59;x", "style"), Some(19));
        assert_eq!(style_cut("Lifestyle: 5: Bob#59;x", "style"), None);
        assert_eq!(style_cut("style a:b c#d;", "style"), None);
        assert_eq!(style_cut("plain: 5", "style"), None);
    }
}
