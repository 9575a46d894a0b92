//! `*.journey.ron` files: load with validation and clear errors, save atomically.
//!
//! Files are untrusted input: nothing here may panic on any byte sequence, and every error
//! says where the problem is. Saving never leaves a half-written file. No egui here.

mod error;
mod fingerprint;
mod format;
pub mod recovery;
mod sniff;
pub mod stray;

use std::io::{Read, Write};
use std::path::Path;

pub use error::{
    FileProblem, FileProblemKind, LoadError, Location, SaveError, SyntaxProblem, Token, ValueKind,
};
pub use fingerprint::{
    DiskState, Fingerprint, load_with_fingerprint, read_with_fingerprint, save_with_fingerprint,
};
pub use format::FORMAT;
pub use sniff::{Looks, looks};

use crate::model::{ItemRef, Map};

/// The largest file Trailmap opens (50 MB); a real map is a few hundred kilobytes.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// The extension map files carry.
pub const EXTENSION: &str = "journey.ron";

/// A file-name-safe form of a text ("Gen-Z shopper" -> "gen-z-shopper"): letters and digits
/// of every language are kept, lower-cased; anything else becomes a single dash. Empty when
/// the text has no letter or digit.
pub fn slug(text: &str) -> String {
    let mut s = String::new();
    for c in text.trim().chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    s.trim_end_matches('-').to_owned()
}

/// Reads and validates a map file.
pub fn load(path: &Path) -> Result<Map, LoadError> {
    let file = std::fs::File::open(path).map_err(|source| LoadError::Io { source })?;
    let size = file
        .metadata()
        .map_err(|source| LoadError::Io { source })?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Read one byte past the limit: the file may have grown since we looked.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io { source })?;
    load_bytes(&bytes)
}

/// Parses and validates the bytes of a map file.
pub fn load_bytes(bytes: &[u8]) -> Result<Map, LoadError> {
    let len = bytes.len() as u64;
    if len > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: len,
            limit: MAX_FILE_BYTES,
        });
    }
    let looks = looks(bytes);
    if !matches!(looks, Looks::Map | Looks::Empty) {
        return Err(LoadError::NotAMap { looks });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = location_of(bytes, e.valid_up_to());
        LoadError::Syntax {
            at,
            problem: SyntaxProblem::NotText,
        }
    })?;
    load_str(text)
}

/// Parses and validates the text of a map file.
pub fn load_str(text: &str) -> Result<Map, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Syntax {
            at: Location { line: 1, column: 1 },
            problem: SyntaxProblem::Empty,
        });
    }
    // A spreadsheet, an image or a note opened as a map says what it is, not what RON expected.
    let looks = looks(text.as_bytes());
    if !matches!(looks, Looks::Map | Looks::Empty) {
        return Err(LoadError::NotAMap { looks });
    }
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    // One parse for a file this build reads (the profile showed a first parse that only read
    // `format` taking half the time). Only when the whole file fails to parse is it read a
    // second time for its version alone, so a newer file is still refused by version rather
    // than by a field this build does not know, and errors are exactly what they were.
    let file: format::FileIn = match options.from_str::<format::FileIn>(text) {
        Ok(file) => {
            check_format(text, file.format)?;
            file
        }
        Err(e) => {
            let probe: format::Probe = options.from_str(text).map_err(|e| syntax_error(text, e))?;
            check_format(text, probe.format)?;
            return Err(syntax_error(text, e));
        }
    };
    let mut map = migrate(file)?;
    map.normalize();
    let mut problems = map.problems();
    // A card whose picture is missing or damaged opens with the picture shown as missing.
    problems.retain(|p| !p.kind.opens_anyway());
    if problems.is_empty() {
        Ok(map)
    } else {
        Err(LoadError::Invalid(
            problems
                .into_iter()
                .map(|p| FileProblem {
                    at: match p.kind.view() {
                        Some(view) => locate_block(text, "views", view.0),
                        None => locate_item(text, p.item),
                    },
                    kind: p.into(),
                })
                .collect(),
        ))
    }
}

/// Refuses a version this build cannot read: newer than [`FORMAT`], or 0.
fn check_format(text: &str, format: u32) -> Result<(), LoadError> {
    if format > FORMAT {
        return Err(LoadError::NewerFormat {
            at: locate_field(text, "format"),
            found: format,
            supported: FORMAT,
        });
    }
    if format == 0 {
        return Err(LoadError::Syntax {
            at: locate_field(text, "format"),
            problem: SyntaxProblem::FormatZero,
        });
    }
    Ok(())
}

/// Brings a file of any supported version to the current model.
fn migrate(file: format::FileIn) -> Result<Map, LoadError> {
    match file.format {
        // Versions 2 to 5 only added optional fields (4: `views`, 5: `picture` on cards and
        // `pictures`), which default when an older file lacks them.
        1..=5 => Ok(Map::from(file)),
        found => Err(LoadError::NewerFormat {
            at: Location { line: 1, column: 1 },
            found,
            supported: FORMAT,
        }),
    }
}

/// The map as the text of a current-format file.
pub fn to_string(map: &Map) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(3)
        .struct_names(false)
        .indentor("    ")
        .new_line("\n");
    // ron writes text one character at a time; into a String each is a call to copy memory
    // (the profile of saving 10 000 cards: half the time in ron's string escaping, a tenth in
    // those copies). The same characters pushed onto bytes cost a store each.
    let mut out = Bytes(Vec::with_capacity(
        4096_usize.saturating_add(map.touchpoints.len().saturating_mul(400)),
    ));
    ron::Options::default()
        .to_writer_pretty(&mut out, &format::FileOut::new(map), config)
        .map_err(|e| SaveError::Encode(e.to_string()))?;
    format::write_pictures_before_end(map, &mut out.0);
    out.0.push(b'\n');
    String::from_utf8(out.0).map_err(|e| SaveError::Encode(e.to_string()))
}

/// A `fmt::Write` onto bytes whose one-character writes are a push, not a copy.
struct Bytes(Vec<u8>);

impl std::fmt::Write for Bytes {
    #[inline]
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        match s.as_bytes() {
            [b] => self.0.push(*b),
            bytes => self.0.extend_from_slice(bytes),
        }
        Ok(())
    }

    #[inline]
    fn write_char(&mut self, c: char) -> std::fmt::Result {
        if c.is_ascii() {
            self.0.push(c as u8);
        } else {
            self.0
                .extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
        Ok(())
    }
}

/// Saves the map atomically: a temporary file in the same folder is written and synced, then
/// renamed over `path`, then the folder is synced. If anything fails the old file is untouched.
pub fn save(map: &Map, path: &Path) -> Result<(), SaveError> {
    let text = to_string(map)?;
    write_atomically(path, text.as_bytes())
}

/// Writes bytes to `path` atomically (used for maps and exports alike).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically_with(path, |file| file.write_all(bytes))
}

/// Writes to `path` atomically with `write` filling the temporary file. If `write` (or anything
/// after it) fails, the temporary file is removed and `path` keeps its old content.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let io = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    let existing = std::fs::metadata(path).ok().map(|m| m.permissions());
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(stray::TEMP_PREFIX)
        .suffix(stray::TEMP_SUFFIX)
        .rand_bytes(stray::TEMP_RANDOM_LEN);
    // A new file gets the permissions any new file gets (0666 less the umask), not the
    // temporary file's private 0600, so a map or export in a shared folder stays readable.
    #[cfg(unix)]
    if existing.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir).map_err(io)?;
    write(tmp.as_file_mut()).map_err(io)?;
    // Keep the permissions a user gave the existing file.
    if let Some(permissions) = existing {
        let _ = tmp.as_file().set_permissions(permissions);
    }
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    // The rename is durable only once the folder is synced; not every OS allows opening one.
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    // What a save killed half-way left here goes with the next save into this folder.
    stray::remove_stray_temp_files(&dir, stray::STALE_AFTER, std::time::SystemTime::now());
    Ok(())
}

fn syntax_error(text: &str, e: ron::error::SpannedError) -> LoadError {
    let at = Location {
        line: e.span.start.line.max(1),
        column: e.span.start.col.max(1),
    };
    LoadError::Syntax {
        at: skip_blanks(text, at),
        problem: syntax_problem(e.code),
    }
}

/// ron's error as data: the names of fields and blocks kept, ron's wording left behind.
fn syntax_problem(code: ron::Error) -> SyntaxProblem {
    use ron::Error as E;
    let expected = SyntaxProblem::ExpectedValue;
    match code {
        E::ExceededRecursionLimit => SyntaxProblem::TooDeep,
        E::Eof => SyntaxProblem::UnexpectedEnd,
        E::ExpectedArray => SyntaxProblem::Expected(Token::OpenBracket),
        E::ExpectedArrayEnd => SyntaxProblem::Expected(Token::CloseBracket),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            SyntaxProblem::Expected(Token::OpenParen)
        }
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
            SyntaxProblem::Expected(Token::CloseParen)
        }
        E::ExpectedMap => SyntaxProblem::Expected(Token::OpenBrace),
        E::ExpectedMapEnd => SyntaxProblem::Expected(Token::CloseBrace),
        E::ExpectedComma => SyntaxProblem::Expected(Token::Comma),
        E::ExpectedMapColon => SyntaxProblem::Expected(Token::Colon),
        E::ExpectedStringEnd => SyntaxProblem::Expected(Token::Quote),
        E::ExpectedBoolean => expected(ValueKind::Boolean),
        E::ExpectedInteger => expected(ValueKind::Integer),
        E::ExpectedFloat => expected(ValueKind::Number),
        E::ExpectedString | E::ExpectedChar => expected(ValueKind::Text),
        E::ExpectedOption => expected(ValueKind::Optional),
        E::ExpectedUnit => expected(ValueKind::Nothing),
        E::ExpectedIdentifier => expected(ValueKind::Name),
        E::IntegerOutOfBounds => SyntaxProblem::NumberOutOfRange,
        E::InvalidValueForType { expected, found } => {
            match (
                ValueKind::from_serde(&expected),
                ValueKind::from_serde(&found),
            ) {
                // `emotion: 300` where an i8 belongs: the kind is right, the value is not.
                (ValueKind::Integer, ValueKind::Integer)
                | (ValueKind::Number, ValueKind::Number) => SyntaxProblem::NumberOutOfRange,
                (e, f) if e == f => {
                    SyntaxProblem::Other(format!("expected {expected} but found {found}"))
                }
                (expected, found) => SyntaxProblem::WrongType { expected, found },
            }
        }
        E::ExpectedDifferentLength { expected, found } => {
            SyntaxProblem::WrongLength { expected, found }
        }
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => SyntaxProblem::UnknownField {
            field: found,
            allowed: expected,
            block: block_name(outer),
        },
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => SyntaxProblem::UnknownChoice {
            name: found,
            allowed: expected,
            block: block_name(outer),
        },
        E::MissingStructField { field, outer } => SyntaxProblem::MissingField {
            field,
            block: block_name(outer),
        },
        E::DuplicateStructField { field, outer } => SyntaxProblem::DuplicateField {
            field,
            block: block_name(outer),
        },
        E::UnexpectedChar(c) => SyntaxProblem::UnexpectedChar(c),
        E::TrailingCharacters => SyntaxProblem::TrailingText,
        E::Message(m) => match m.strip_prefix(COLOR_PREFIX) {
            Some(rest) if m.contains(crate::model::ParseColorError::MARKER) => {
                SyntaxProblem::BadColor(
                    rest.split_once('”')
                        .map_or(rest, |(text, _)| text)
                        .to_owned(),
                )
            }
            _ => SyntaxProblem::Other(m),
        },
        code => SyntaxProblem::Other(code.to_string()),
    }
}

/// The block a field is in as the file's reader knows it: the map's own block has no name a
/// person wrote, so it is left out; items keep theirs (`Touchpoint`, `Stage`).
fn block_name(outer: Option<String>) -> Option<String> {
    outer.filter(|name| !matches!(name.as_str(), "FileIn" | "Probe"))
}

/// How [`crate::model::ParseColorError`] starts its message ("“red” is not a colour…").
const COLOR_PREFIX: &str = "“";

/// ron points at the white space before an unexpected value; a person looks for the value.
fn skip_blanks(text: &str, at: Location) -> Location {
    let Some(line) = text.lines().nth(at.line - 1) else {
        return at;
    };
    let blanks = line
        .chars()
        .skip(at.column - 1)
        .take_while(|c| *c == ' ' || *c == '\t')
        .count();
    if at.column - 1 + blanks < line.chars().count() {
        Location {
            column: at.column + blanks,
            ..at
        }
    } else {
        at
    }
}

/// Line and column (in characters) of a byte offset.
fn location_of(bytes: &[u8], offset: usize) -> Location {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Location { line, column }
}

/// Where a field name first appears, or the start of the file.
fn locate_field(text: &str, name: &str) -> Location {
    find_key(text, name, 0).map_or(Location { line: 1, column: 1 }, |p| {
        location_of(text.as_bytes(), p)
    })
}

/// Where in a map file's text a problem of its map is: the block of its item or saved view.
/// What `trailmap check` prints for the problems a map opens with (pictures).
pub fn locate_problem(text: &str, problem: &crate::model::Problem) -> Location {
    match problem.kind.view() {
        Some(view) => locate_block(text, "views", view.0),
        None => locate_item(text, problem.item),
    }
}

/// Where the block of an item starts (its `id: N`), as best the text allows.
fn locate_item(text: &str, item: ItemRef) -> Location {
    let (section, id) = match item {
        ItemRef::Map => return Location { line: 1, column: 1 },
        ItemRef::Stage(id) => ("stages", id.0),
        ItemRef::Lane(id) => ("lanes", id.0),
        ItemRef::Touchpoint(id) => ("touchpoints", id.0),
        ItemRef::Persona(id) => ("personas", id.0),
        ItemRef::Connector(id) => ("connectors", id.0),
    };
    locate_block(text, section, id)
}

/// Where the block with `id: N` of a section (`views`) starts, else the section, else the
/// start of the file.
fn locate_block(text: &str, section: &str, id: u32) -> Location {
    let Some(start) = find_key(text, section, 0) else {
        return Location { line: 1, column: 1 };
    };
    let mut from = start;
    while let Some(at) = find_key(text, "id", from) {
        let rest = &text[at + 2..];
        let value = rest.trim_start().strip_prefix(':').map(str::trim_start);
        if let Some(v) = value {
            let digits: String = v.chars().take_while(char::is_ascii_digit).collect();
            if digits.parse::<u64>().ok() == Some(u64::from(id)) {
                return location_of(text.as_bytes(), at);
            }
        }
        from = at + 2;
    }
    location_of(text.as_bytes(), start)
}

/// Where each entry of the map's `conflicts` list starts, in file order: what `trailmap
/// check` points at for each unresolved merge conflict. Strings and comments are skipped, so
/// a title that reads "conflicts:" does not confuse it. Empty when there is no such list.
pub fn conflict_locations(text: &str) -> Vec<Location> {
    const KEY: &[u8] = b"conflicts";
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    // The depth of the `conflicts` list once its key has been seen at the map's level.
    let mut list_depth: Option<usize> = None;
    let mut after_key = false;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if c == b'[' && after_key {
                    list_depth = Some(depth);
                }
                if c == b'(' && list_depth.is_some_and(|d| depth == d + 1) {
                    out.push(location_of(bytes, i));
                }
                after_key = false;
            }
            b')' | b']' | b'}' => {
                if list_depth == Some(depth) {
                    list_depth = None;
                }
                depth = depth.saturating_sub(1);
            }
            _ if depth == 1 && bytes[i..].starts_with(KEY) => {
                let before_ok =
                    i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
                let rest = bytes[i + KEY.len()..]
                    .iter()
                    .find(|b| !b.is_ascii_whitespace());
                if before_ok && rest == Some(&b':') {
                    after_key = true;
                }
                i += KEY.len() - 1;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Byte offset of `key` written as a field name (followed by `:`), at or after `from`.
fn find_key(text: &str, key: &str, from: usize) -> Option<usize> {
    let mut pos = from;
    while let Some(found) = text.get(pos..)?.find(key) {
        let at = pos + found;
        let before_ok = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let after = text[at + key.len()..].trim_start();
        if before_ok && after.starts_with(':') {
            return Some(at);
        }
        pos = at + key.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{LoadError, SyntaxProblem, Token, ValueKind, load_str};

    fn problem(text: &str) -> SyntaxProblem {
        match load_str(text) {
            Err(LoadError::Syntax { problem, .. }) => problem,
            other => panic!("expected a syntax problem, got {other:?}"),
        }
    }

    #[test]
    fn ron_errors_become_syntax_problems_that_keep_the_names_of_the_file() {
        assert_eq!(
            problem("(format: 1, title: 42)"),
            SyntaxProblem::ExpectedValue(ValueKind::Text)
        );
        match problem("(format: 1, titel: \"x\")") {
            SyntaxProblem::UnknownField {
                field,
                allowed,
                block,
            } => {
                assert_eq!(field, "titel");
                assert!(allowed.contains(&"title"), "{allowed:?}");
                // The reader's own struct is no name a person wrote.
                assert_eq!(block, None);
            }
            other => panic!("{other:?}"),
        }
        match problem("(format: 1, lanes: [(id: 1, name: \"L\", kind: Magic)])") {
            SyntaxProblem::UnknownChoice { name, allowed, .. } => {
                assert_eq!(name, "Magic");
                assert!(allowed.contains(&"Channel"), "{allowed:?}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            problem("(format: 1, stages: [(id: 1, name: \"S\", color: \"red\")])"),
            SyntaxProblem::BadColor("red".into())
        );
        assert_eq!(
            problem(
                "(format: 1, touchpoints: [(id: 1, stage: 1, lane: 1, order: 0, \
                 emotion: Some(300))])"
            ),
            SyntaxProblem::NumberOutOfRange
        );
        assert_eq!(
            problem("(format: 1, stages: [(id: 1, name: \"S\"]"),
            SyntaxProblem::Expected(Token::Comma)
        );
        assert_eq!(problem("(format: 1) x"), SyntaxProblem::TrailingText);
        assert_eq!(
            problem("(format: 1, stages: ["),
            SyntaxProblem::UnexpectedEnd
        );
        assert!(matches!(
            problem("(title: \"x\")"),
            SyntaxProblem::MissingField {
                field: "format",
                ..
            }
        ));
    }

    #[test]
    fn conflicts_are_kept_and_located() {
        use crate::model::{Conflict, ItemRef, Property, StageId, Value};
        let mut map = crate::model::synthetic_map(3);
        map.title = "conflicts: (a trap)".into();
        for (id, name) in [(1, "Ours"), (2, "Mine")] {
            map.conflicts.push(Conflict {
                item: ItemRef::Stage(StageId(id)),
                property: Property::Name,
                ours: Value::Text(name.into()),
                theirs: Value::Text("Theirs \"(quoted)\"".into()),
                base: Value::Text("Base".into()),
            });
        }
        let text = super::to_string(&map).unwrap();
        assert!(text.starts_with("(\n    format: 5,"), "{text}");
        assert_eq!(load_str(&text).unwrap(), map);
        let at = super::conflict_locations(&text);
        assert_eq!(at.len(), 2, "{text}");
        let lines: Vec<&str> = text.lines().collect();
        for a in at {
            let line = lines[a.line - 1];
            assert_eq!(&line[a.column - 1..], "(", "{line}");
            assert!(lines[a.line].trim_start().starts_with("item: Stage("));
        }
        // Older files have none, and open as they did.
        assert!(super::conflict_locations("(format: 2, title: \"x\")").is_empty());
    }

    #[test]
    fn the_text_is_byte_for_byte_what_ron_writes() {
        // The merge driver and diffs depend on a stable text: the fast writer must not change it.
        let mut map = crate::model::synthetic_map(40);
        map.description =
            "Two\nlines, a \"quote\", a back\\slash, tab\t, e\u{301}, 👨‍👩‍👧, \u{7}".into();
        map.touchpoints[0].notes = "It's «fine» – ÅÄÖ ąę\r\n".into();
        let config = ron::ser::PrettyConfig::new()
            .depth_limit(3)
            .struct_names(false)
            .indentor("    ")
            .new_line("\n");
        let plain =
            ron::ser::to_string_pretty(&super::format::FileOut::new(&map), config).unwrap() + "\n";
        assert_eq!(super::to_string(&map).unwrap(), plain);
        assert_eq!(load_str(&plain).unwrap(), map);
    }

    #[test]
    fn slugs_keep_letters_of_every_language() {
        assert_eq!(super::slug("Gen-Z shopper"), "gen-z-shopper");
        assert_eq!(
            super::slug("  Świeżak.pl – ścieżka klienta! "),
            "świeżak-pl-ścieżka-klienta"
        );
        assert_eq!(
            super::slug("Fjordnett: kundereisen"),
            "fjordnett-kundereisen"
        );
        assert_eq!(super::slug("?!"), "");
    }
}
