//! Lists in one cell (personas, campaigns, tags): entries separated by `;`, or by `,` when the
//! cell has no `;` ("Anna, Bob" and "Champion, CFO; IT" both read as a person would).
//!
//! An export writes `a; b` and puts an entry in double quotes (doubling its quotes) when it
//! would not read back otherwise: it holds a `;`, starts with a quote, is empty, has spaces
//! at either end, or is the only entry and holds a `,`.

/// The entries of a list cell; spaces around unquoted entries are dropped, and so are empty
/// unquoted entries.
pub(super) fn decode(cell: &str) -> Vec<String> {
    if cell.trim().is_empty() {
        return Vec::new();
    }
    let by_semicolon = split(cell, ';');
    let pieces = if by_semicolon.len() > 1 {
        by_semicolon
    } else {
        split(cell, ',')
    };
    pieces
        .into_iter()
        .filter(|(text, quoted)| *quoted || !text.is_empty())
        .map(|(text, _)| text)
        .collect()
}

/// The pieces of a cell between unquoted `sep`s, each with whether it was quoted.
fn split(cell: &str, sep: char) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut chars = cell.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut text = String::new();
        let mut quoted = false;
        if chars.peek() == Some(&'"') {
            // A quoted entry, if its closing quote comes before the next separator or the end.
            let rest: String = chars.clone().collect();
            if let Some((entry, len)) = quoted_entry(&rest) {
                text = entry;
                quoted = true;
                for _ in 0..len {
                    chars.next();
                }
            }
        }
        let mut tail = String::new();
        let mut ended = true;
        for c in chars.by_ref() {
            if c == sep {
                ended = false;
                break;
            }
            tail.push(c);
        }
        if quoted {
            text.push_str(tail.trim_end());
        } else {
            text = tail.trim().to_owned();
        }
        out.push((text, quoted));
        if ended {
            return out;
        }
    }
}

/// A quoted entry at the start of `s` (which starts with `"`): its text and its length in
/// chars, when only spaces follow it up to a separator or the end.
fn quoted_entry(s: &str) -> Option<(String, usize)> {
    let mut text = String::new();
    let mut chars = s.chars().skip(1).peekable();
    let mut len = 1;
    while let Some(c) = chars.next() {
        len += 1;
        if c == '"' {
            if chars.peek() == Some(&'"') {
                chars.next();
                len += 1;
                text.push('"');
                continue;
            }
            // Closed: only spaces may come before the next separator (`;` or `,`).
            let next = chars.find(|c| !c.is_whitespace());
            return matches!(next, None | Some(';' | ',')).then_some((text, len));
        }
        text.push(c);
    }
    None
}

/// A list as one cell.
pub(super) fn encode(entries: &[String]) -> String {
    let only = entries.len() == 1;
    entries
        .iter()
        .map(|e| {
            let needs = e.is_empty()
                || e.contains(';')
                || e.starts_with('"')
                || e.trim() != e
                || (only && e.contains(','));
            if needs {
                format!("\"{}\"", e.replace('"', "\"\""))
            } else {
                e.clone()
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn people_write_lists_with_semicolons_or_commas() {
        assert_eq!(decode("Anna, Bob"), strings(&["Anna", "Bob"]));
        assert_eq!(decode("Anna;Bob ; "), strings(&["Anna", "Bob"]));
        assert_eq!(
            decode("Champion, Head of Ops; CFO"),
            strings(&["Champion, Head of Ops", "CFO"])
        );
        assert_eq!(decode("  "), Vec::<String>::new());
        assert_eq!(decode("\"a; b\", c"), strings(&["a; b", "c"]));
        assert_eq!(decode("say \"hi\""), strings(&["say \"hi\""]));
        assert_eq!(decode("\"open"), strings(&["\"open"]));
    }

    #[test]
    fn every_list_reads_back() {
        for list in [
            &["Champion, Head of Operations"][..],
            &["a;b", "c"],
            &["", " x ", "\"q\"", "y,z"],
            &["\"", "\"\""],
            &["a", "b,c"],
        ] {
            let list = strings(list);
            assert_eq!(decode(&encode(&list)), list, "{}", encode(&list));
        }
    }
}
