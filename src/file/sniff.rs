//! What a file looks like from its first bytes, so opening a spreadsheet, an image or a Word
//! file as a map says what it is instead of what the RON parser expected, and an import of a
//! `.txt` file knows its format. Only a guess, never an error: every byte sequence gets a
//! [`Looks`].

use std::fmt;

/// What a file's content looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Looks {
    /// Nothing but white space.
    Empty,
    /// A Trailmap map (RON text starting with its `(` block).
    Map,
    /// A comma- or semicolon-separated spreadsheet.
    Csv,
    /// A tab-separated spreadsheet.
    Tsv,
    /// An Excel workbook (.xlsx).
    Xlsx,
    /// An Excel or Word file of before 2007 (.xls, .doc).
    LegacyOffice,
    /// A Word document (.docx).
    Word,
    /// A PowerPoint presentation (.pptx).
    PowerPoint,
    /// A LibreOffice document (.ods, .odt, .odp).
    OpenDocument,
    /// Another ZIP archive.
    Zip,
    /// A Mermaid `journey` diagram.
    Mermaid,
    /// A Mermaid diagram of another kind (flowchart, sequence…).
    OtherMermaid,
    /// A PNG, JPEG, GIF or WebP image.
    Image,
    /// An SVG drawing.
    Svg,
    /// A PDF document.
    Pdf,
    /// A web page.
    Html,
    /// Other XML.
    Xml,
    /// JSON data.
    Json,
    /// A Markdown document.
    Markdown,
    /// Plain text of no known kind.
    Text,
    /// Binary data of no known kind.
    Binary,
}

impl Looks {
    /// Whether Trailmap imports files that look like this (File > Import).
    pub fn importable(self) -> bool {
        matches!(self, Looks::Csv | Looks::Tsv | Looks::Xlsx | Looks::Mermaid)
    }
}

impl fmt::Display for Looks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Looks::Empty => "an empty file",
            Looks::Map => "a Trailmap map",
            Looks::Csv => "a CSV spreadsheet",
            Looks::Tsv => "a tab-separated spreadsheet",
            Looks::Xlsx => "an Excel workbook",
            Looks::LegacyOffice => "an old Excel or Word file (.xls, .doc)",
            Looks::Word => "a Word document",
            Looks::PowerPoint => "a PowerPoint presentation",
            Looks::OpenDocument => "a LibreOffice document",
            Looks::Zip => "a ZIP archive",
            Looks::Mermaid => "a Mermaid journey diagram",
            Looks::OtherMermaid => "a Mermaid diagram that is not a journey",
            Looks::Image => "an image",
            Looks::Svg => "an SVG drawing",
            Looks::Pdf => "a PDF document",
            Looks::Html => "a web page",
            Looks::Xml => "an XML file",
            Looks::Json => "a JSON file",
            Looks::Markdown => "a Markdown document",
            Looks::Text => "a text file",
            Looks::Binary => "a binary file",
        })
    }
}

/// How much of a file the guess reads.
const HEAD: usize = 64 * 1024;

/// What these bytes look like.
pub fn looks(bytes: &[u8]) -> Looks {
    if let Some(l) = by_magic(bytes) {
        return l;
    }
    let head = &bytes[..bytes.len().min(HEAD)];
    let text = match decode_head(head) {
        Some(t) => t,
        None => return Looks::Binary,
    };
    by_text(&text)
}

fn by_magic(b: &[u8]) -> Option<Looks> {
    let starts = |m: &[u8]| b.starts_with(m);
    if starts(b"\x89PNG\r\n\x1a\n")
        || starts(&[0xFF, 0xD8, 0xFF])
        || starts(b"GIF87a")
        || starts(b"GIF89a")
        || (starts(b"RIFF") && b.get(8..12) == Some(b"WEBP"))
    {
        return Some(Looks::Image);
    }
    if starts(b"%PDF-") {
        return Some(Looks::Pdf);
    }
    if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Some(Looks::LegacyOffice);
    }
    if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") {
        // Member names are stored uncompressed in the local headers and the directory.
        let has = |name: &[u8]| b.windows(name.len()).any(|w| w == name);
        return Some(if has(b"xl/workbook") {
            Looks::Xlsx
        } else if has(b"word/document") {
            Looks::Word
        } else if has(b"ppt/presentation") {
            Looks::PowerPoint
        } else if has(b"application/vnd.oasis.opendocument") {
            Looks::OpenDocument
        } else {
            Looks::Zip
        });
    }
    None
}

/// The start of the bytes as text (UTF-8 with or without BOM, UTF-16 with BOM, or a legacy
/// 8-bit encoding), or `None` for binary data.
fn decode_head(head: &[u8]) -> Option<String> {
    if let Some(rest) = head.strip_prefix(&[0xFF, 0xFE]) {
        return Some(utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = head.strip_prefix(&[0xFE, 0xFF]) {
        return Some(utf16(rest, u16::from_be_bytes));
    }
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if head.contains(&0) {
        return None;
    }
    let control = head
        .iter()
        .filter(|&&c| c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if control * 20 > head.len().max(1) {
        return None;
    }
    Some(match std::str::from_utf8(head) {
        Ok(t) => t.to_owned(),
        // Cut mid-character at the end of the head, or a legacy encoding: either way the
        // ASCII structure is what the guess needs.
        Err(_) => String::from_utf8_lossy(head).into_owned(),
    })
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| word([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn by_text(text: &str) -> Looks {
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Looks::Empty;
    }
    if is_map(trimmed) {
        return Looks::Map;
    }
    let lower: String = trimmed.chars().take(512).collect::<String>().to_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return Looks::Html;
    }
    if lower.starts_with("<svg") || (lower.starts_with("<?xml") && lower.contains("<svg")) {
        return Looks::Svg;
    }
    if lower.starts_with("<?xml") {
        return Looks::Xml;
    }
    if let Some(kind) = mermaid_kind(trimmed) {
        return kind;
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return Looks::Json;
    }
    if let Some(sheet) = separated(trimmed) {
        return sheet;
    }
    if is_markdown(trimmed) {
        return Looks::Markdown;
    }
    Looks::Text
}

/// A map is RON: comments and `#![enable(…)]` attributes, then the map's `(` block.
fn is_map(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.split_once("*/").map_or("", |(_, r)| r);
        } else if rest.starts_with("#![") {
            rest = rest.split_once(']').map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    rest.starts_with('(')
}

/// Mermaid: optional `---` front matter and `%%` comments, then the diagram's keyword.
fn mermaid_kind(text: &str) -> Option<Looks> {
    let mut lines = text.lines().map(str::trim).peekable();
    if lines.peek() == Some(&"---") {
        lines.next();
        for line in lines.by_ref() {
            if line == "---" {
                break;
            }
        }
    }
    let first = lines.find(|l| !l.is_empty() && !l.starts_with("%%"))?;
    let keyword = first
        .split(|c: char| c.is_whitespace() || c == ';')
        .next()
        .unwrap_or_default();
    const OTHER: [&str; 22] = [
        "graph",
        "flowchart",
        "flowchart-elk",
        "sequenceDiagram",
        "classDiagram",
        "classDiagram-v2",
        "stateDiagram",
        "stateDiagram-v2",
        "erDiagram",
        "gantt",
        "pie",
        "gitGraph",
        "mindmap",
        "timeline",
        "quadrantChart",
        "requirementDiagram",
        "C4Context",
        "sankey-beta",
        "xychart-beta",
        "block-beta",
        "kanban",
        "architecture-beta",
    ];
    if keyword == "journey" {
        Some(Looks::Mermaid)
    } else if OTHER.contains(&keyword) {
        Some(Looks::OtherMermaid)
    } else {
        None
    }
}

/// A spreadsheet: the first lines split into the same number (two or more) of fields by one
/// separator. Quotes are honoured only roughly; this is a guess.
fn separated(text: &str) -> Option<Looks> {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let count = |line: &str, sep: char| {
        let mut quoted = false;
        let mut n = 1;
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                c if c == sep && !quoted => n += 1,
                _ => {}
            }
        }
        n
    };
    for (sep, looks) in [('\t', Looks::Tsv), (';', Looks::Csv), (',', Looks::Csv)] {
        let first = count(lines[0], sep);
        if first < 2 {
            continue;
        }
        // Cells with line breaks make some lines shorter; most lines must agree.
        let agreeing = lines.iter().filter(|l| count(l, sep) == first).count();
        if lines.len() == 1 || agreeing * 2 > lines.len() {
            return Some(looks);
        }
    }
    None
}

fn is_markdown(text: &str) -> bool {
    text.lines().take(50).any(|l| {
        let l = l.trim_start();
        (l.starts_with('#') && l.trim_start_matches('#').starts_with(' '))
            || l.starts_with("```")
            || l.starts_with("|---")
            || l.starts_with("| ---")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_are_maps() {
        assert_eq!(looks(b"(format: 3, title: \"x\")"), Looks::Map);
        assert_eq!(looks(b"// notes\n#![enable(implicit_some)]\n("), Looks::Map);
        assert_eq!(looks(b"\xEF\xBB\xBF  (format: 2"), Looks::Map);
    }

    #[test]
    fn spreadsheets_by_separator() {
        assert_eq!(looks(b"stage,lane,title\nA,B,C\n"), Looks::Csv);
        assert_eq!(looks(b"Phase;Zeile;Titel\r\nA;B;\xe4\r\n"), Looks::Csv);
        assert_eq!(looks(b"stage\tlane\ttitle\nA\tB\tC\n"), Looks::Tsv);
        assert_eq!(looks(b"\xFF\xFEs\0\t\0l\0\n\0"), Looks::Tsv);
        assert_eq!(
            looks(b"stage,lane,title\nA,B,\"two\nlines\"\nA,B,C\n"),
            Looks::Csv
        );
    }

    #[test]
    fn documents_and_pictures_by_their_magic() {
        assert_eq!(looks(b"\x89PNG\r\n\x1a\n\0\0"), Looks::Image);
        assert_eq!(looks(b"%PDF-1.7\n"), Looks::Pdf);
        assert_eq!(looks(b"PK\x03\x04....xl/workbook.xml"), Looks::Xlsx);
        assert_eq!(looks(b"PK\x03\x04....word/document.xml"), Looks::Word);
        assert_eq!(
            looks(b"PK\x03\x04....ppt/presentation.xml"),
            Looks::PowerPoint
        );
        assert_eq!(looks(b"PK\x03\x04....x"), Looks::Zip);
        assert_eq!(
            looks(b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            Looks::Svg
        );
        assert_eq!(looks(b"\0\x01\x02\x03"), Looks::Binary);
    }

    #[test]
    fn text_kinds() {
        assert_eq!(looks(b""), Looks::Empty);
        assert_eq!(looks(b" \n\t"), Looks::Empty);
        assert_eq!(looks(b"# Our journey\n\nSome words."), Looks::Markdown);
        assert_eq!(looks(b"%% c\njourney\n  title x"), Looks::Mermaid);
        assert_eq!(
            looks(b"---\ntitle: x\n---\njourney\nsection A"),
            Looks::Mermaid
        );
        assert_eq!(looks(b"flowchart LR\n A-->B"), Looks::OtherMermaid);
        assert_eq!(looks(b"{\"a\": 1}"), Looks::Json);
        assert_eq!(looks(b"Just a note to self."), Looks::Text);
    }
}
