//! The clipboard door of the core: any text through `interchange::sheet::clipboard_range` (a
//! range copied from a spreadsheet). A result is a range of more than one column, made only of
//! the text's own characters, with no more rows than the text has lines; text without a tab is
//! never a range.

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        let Some(rows) = trailmap::interchange::sheet::clipboard_range(text) else {
            return;
        };
        assert!(
            text.contains('\t'),
            "text without a tab is a range: {rows:?}"
        );
        assert!(rows.iter().any(|r| r.len() > 1), "a range of one column");
        let bytes: usize = rows.iter().flatten().map(String::len).sum();
        assert!(bytes <= text.len(), "the cells hold more than the text");
        let lines = text.bytes().filter(|&b| b == b'\n' || b == b'\r').count() + 1;
        assert!(
            rows.len() <= lines,
            "{} rows from {lines} lines",
            rows.len()
        );
    });
}
