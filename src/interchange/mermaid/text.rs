//! Mermaid's characters: what JavaScript counts as a space, its `#…;` entity codes, `<br>`
//! line breaks, and the escapes the export writes so a text stays inside its statement.

/// Whether JavaScript's `\s` matches the character (Mermaid's lexer and regexes use it).
pub fn js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// The text without JavaScript spaces at either end.
pub fn js_trim(s: &str) -> &str {
    s.trim_matches(js_space)
}

/// Whether the byte is a JavaScript `\w` character.
pub fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The length in bytes of the entity code (`#\w+;`) starting at `at`, if one does. Mermaid
/// hides these from its lexer before parsing, so they never end a name or start a comment.
pub fn entity_len(s: &[u8], at: usize) -> Option<usize> {
    if s.get(at) != Some(&b'#') {
        return None;
    }
    let mut i = at + 1;
    while s.get(i).is_some_and(|b| word_byte(*b)) {
        i += 1;
    }
    (i > at + 1 && s.get(i) == Some(&b';')).then_some(i + 1 - at)
}

/// The character an entity code's inner text (`58`, `amp`) stands for; `None` for codes a
/// browser would not know (they are kept as written).
fn entity_char(inner: &str) -> Option<char> {
    if inner.bytes().all(|b| b.is_ascii_digit()) {
        let n: u32 = inner.parse().ok()?;
        return char::from_u32(n).filter(|c| *c != '\0');
    }
    Some(match inner {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "colon" => ':',
        "semi" => ';',
        "num" => '#',
        "comma" => ',',
        "percnt" => '%',
        "lbrace" | "lcub" => '{',
        "rbrace" | "rcub" => '}',
        "lpar" => '(',
        "rpar" => ')',
        "excl" => '!',
        "quest" => '?',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "euro" => '€',
        "hearts" => '♥',
        _ => return None,
    })
}

/// The text with Mermaid's entity codes (`#58;`, `#quot;`) as the characters they stand for,
/// as Mermaid shows them.
pub fn decode_entities(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'#'
            && let Some(len) = entity_len(bytes, i)
        {
            if let Some(c) = entity_char(&s[i + 1..i + len - 1]) {
                out.push_str(&s[last..i]);
                out.push(c);
                last = i + len;
            }
            i += len;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[last..]);
    out
}

/// The length in bytes of a `<br>` line break (`<br>`, `<br/>`, `<br />`, any case, as
/// Mermaid's `lineBreakRegex`) at `at`, if one starts there.
pub fn br_len(s: &str, at: usize) -> Option<usize> {
    let rest = s.get(at..)?;
    let b = rest.as_bytes();
    if b.len() < 4 || b[0] != b'<' || !b[1..3].eq_ignore_ascii_case(b"br") {
        return None;
    }
    let after = &rest[3..];
    let spaces = after.len() - after.trim_start_matches(js_space).len();
    let mut tail = &after[spaces..];
    let mut len = 3 + spaces;
    if let Some(t) = tail.strip_prefix('/') {
        tail = t;
        len += 1;
    }
    tail.starts_with('>').then_some(len + 1)
}

/// The text with its `<br>` line breaks as `\n`.
pub fn breaks_to_newlines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut i = 0;
    while let Some(off) = s[i..].find('<') {
        let at = i + off;
        if let Some(len) = br_len(s, at) {
            out.push_str(&s[last..at]);
            out.push('\n');
            last = at + len;
            i = last;
        } else {
            i = at + 1;
        }
    }
    out.push_str(&s[last..]);
    out
}

/// Where an exported text stands, which decides what must be escaped in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A task (card) name, which starts a statement: line breaks become `<br>`.
    Task,
    /// A section (stage) name: line breaks become `<br>`.
    Section,
    /// The title: one line, line breaks as `#10;`.
    Title,
    /// An actor (persona) name: one line, and `,` separates actors.
    Actor,
    /// A line of the `accDescr { … }` block, where `}` ends the block.
    Description,
}

/// The text as Mermaid source for its slot: every character that would end the statement,
/// start a comment or directive, or be read as an entity or line break is written as an entity
/// code, which Mermaid draws as the character itself. `text` should be trimmed; an empty text
/// comes back as `#32;` (a space, which the import trims away again).
pub fn escape(text: &str, slot: Slot) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        match c {
            '#' => out.push_str("#35;"),
            ':' => out.push_str("#58;"),
            ';' => out.push_str("#59;"),
            '\r' => out.push_str("#13;"),
            '%' if next == Some('%') => out.push_str("#37;"),
            ',' if slot == Slot::Actor => out.push_str("#44;"),
            '}' if slot == Slot::Description => out.push_str("#125;"),
            '<' if br_len(text, i).is_some() => out.push_str("#60;"),
            '\n' => match slot {
                Slot::Task | Slot::Section => out.push_str("<br>"),
                Slot::Title | Slot::Actor => out.push_str("#10;"),
                Slot::Description => out.push('\n'),
            },
            c => out.push(c),
        }
    }
    if out.is_empty() {
        return "#32;".to_owned();
    }
    if slot == Slot::Task && starts_a_keyword(&out) {
        // The lexer tries keywords before task names: hide the first letter in an entity.
        let first = out.chars().next().map_or(0, u32::from);
        let len = out.chars().next().map_or(0, char::len_utf8);
        out.replace_range(..len, &format!("#{first};"));
    }
    out
}

/// Whether a statement starting with `s` would be read as a keyword rather than a task name.
pub fn starts_a_keyword(s: &str) -> bool {
    let lower = |n: usize| s.get(..n).map(str::to_ascii_lowercase);
    let space_after = |n: usize| s[n..].chars().next().is_some_and(js_space);
    // `journey\b`, and a statement starting with `%` is a comment.
    if lower(7).as_deref() == Some("journey") && !s.as_bytes().get(7).is_some_and(|b| word_byte(*b))
    {
        return true;
    }
    if s.starts_with('%') {
        return true;
    }
    if lower(5).as_deref() == Some("title") && space_after(5) {
        return true;
    }
    if lower(7).as_deref() == Some("section") && space_after(7) {
        return true;
    }
    for kw in ["accdescr", "acctitle"] {
        if lower(8).as_deref() == Some(kw) {
            let rest = s[8..].trim_start_matches(js_space);
            // The task's own `: score` follows the name.
            if rest.is_empty() || rest.starts_with(['{', ':']) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_codes_decode_as_mermaid_shows_them() {
        assert_eq!(decode_entities("a#58;b#59;c#35;d"), "a:b;c#d");
        assert_eq!(
            decode_entities("#quot;x#quot; #unknown; #; ##35;"),
            "\"x\" #unknown; #; ##"
        );
        assert_eq!(decode_entities("#9999999999; #0;"), "#9999999999; #0;");
    }

    #[test]
    fn br_variants_become_line_breaks() {
        assert_eq!(
            breaks_to_newlines("Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5<BR >6"),
            "Line1\nLine2\nLine3</br />Line4\nLine5\n6"
        );
        assert_eq!(breaks_to_newlines("a <b>r</b> <br"), "a <b>r</b> <br");
    }

    #[test]
    fn escapes_keep_a_text_in_its_statement() {
        assert_eq!(
            escape("a: b; #1 50%%", Slot::Task),
            "a#58; b#59; #35;1 50#37;%"
        );
        assert_eq!(escape("Journey map", Slot::Task), "#74;ourney map");
        assert_eq!(escape("title x", Slot::Task), "#116;itle x");
        assert_eq!(escape("titles", Slot::Task), "titles");
        assert_eq!(escape("Journeys", Slot::Task), "Journeys");
        assert_eq!(escape("% done", Slot::Task), "#37; done");
        assert_eq!(escape("Journey map", Slot::Section), "Journey map");
        assert_eq!(escape("a\nb<br>", Slot::Section), "a<br>b#60;br>");
        assert_eq!(escape("Smith, Anna", Slot::Actor), "Smith#44; Anna");
        assert_eq!(escape("{x}", Slot::Description), "{x#125;");
        assert_eq!(escape("", Slot::Task), "#32;");
        assert_eq!(escape("accDescr ", Slot::Task), "#97;ccDescr ");
        assert_eq!(escape("accDescr x", Slot::Task), "accDescr x");
    }
}
