//! Bytes of a text spreadsheet to text: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM,
//! or without one when every other byte is zero, as Excel's "Unicode text" is), and the 8-bit
//! Windows code pages Excel writes "CSV" in: Windows-1252 (German, Swedish, Norwegian) or
//! Windows-1250 (Polish).
//!
//! Which 8-bit code page: both are decoded, and only the bytes on which they differ are
//! scored. A byte scores for Windows-1250 when it decodes to a Polish letter there (ą ć ę ł ń
//! ś ź ż and capitals), for Windows-1252 when it decodes to a German, Swedish or Norwegian
//! letter there (å æ ø, and accented letters of loan words); a byte that decodes to no letter
//! at all (Polish "ł" is "³" in Windows-1252, "ż" is "¿") counts against that code page.
//! The higher score wins; a tie is Windows-1252, the more common one.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1250, WINDOWS_1252};

/// Text decoded from a file, and the code page when it was not Unicode.
pub(super) struct Decoded {
    pub text: String,
    /// The legacy code page's name ("windows-1252"), `None` for UTF-8 and UTF-16.
    pub legacy: Option<&'static str>,
}

/// The text of a file's bytes (never fails: bytes a code page cannot map become U+FFFD).
pub(super) fn decode(bytes: &[u8]) -> Decoded {
    let unicode = |enc: &'static Encoding, body: &[u8]| Decoded {
        text: enc.decode_without_bom_handling(body).0.into_owned(),
        legacy: None,
    };
    if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return unicode(encoding_rs::UTF_8, body);
    }
    if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        return unicode(UTF_16LE, body);
    }
    if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        return unicode(UTF_16BE, body);
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return unicode(enc, bytes);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            legacy: None,
        };
    }
    let enc = legacy_code_page(bytes);
    Decoded {
        text: enc.decode_without_bom_handling(bytes).0.into_owned(),
        legacy: Some(enc.name()),
    }
}

/// UTF-16 without a BOM: in the first 4 KiB, at least a third of the bytes at odd (LE) or even
/// (BE) offsets are zero and almost none at the others (text in Latin script).
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros = |offset: usize| {
        sample
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let many = |n: usize| n * 3 >= pairs;
    let few = |n: usize| n * 20 < pairs;
    if many(odd) && few(even) {
        Some(UTF_16LE)
    } else if many(even) && few(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

const POLISH: &str = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
const GERMAN_NORDIC: &str = "äöüßÄÖÜåÅæÆøØéÉèÈàáíóúñçêëïôûÉ";

/// Windows-1250 or Windows-1252, by the score described in the module doc.
fn legacy_code_page(bytes: &[u8]) -> &'static Encoding {
    let mut score_1250 = 0i64;
    let mut score_1252 = 0i64;
    let mut seen = [false; 128];
    let mut counts = [0i64; 128];
    for &b in bytes {
        if b >= 0x80 {
            let i = usize::from(b - 0x80);
            seen[i] = true;
            counts[i] = counts[i].saturating_add(1);
        }
    }
    for (i, n) in counts.iter().enumerate() {
        if !seen[i] {
            continue;
        }
        let byte = [0x80 + i as u8];
        let a = WINDOWS_1250.decode_without_bom_handling(&byte).0;
        let b = WINDOWS_1252.decode_without_bom_handling(&byte).0;
        if a == b {
            continue;
        }
        let (Some(ca), Some(cb)) = (a.chars().next(), b.chars().next()) else {
            continue;
        };
        if POLISH.contains(ca) {
            score_1250 = score_1250.saturating_add(*n);
        } else if !ca.is_alphabetic() {
            score_1250 = score_1250.saturating_sub(*n);
        }
        if GERMAN_NORDIC.contains(cb) {
            score_1252 = score_1252.saturating_add(*n);
        } else if !cb.is_alphabetic() {
            score_1252 = score_1252.saturating_sub(*n);
        }
    }
    if score_1250 > score_1252 {
        WINDOWS_1250
    } else {
        WINDOWS_1252
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(enc: &'static Encoding, text: &str) -> Vec<u8> {
        enc.encode(text).0.into_owned()
    }

    #[test]
    fn polish_ansi_is_windows_1250_and_german_or_norwegian_is_1252() {
        let pl = "Etap;Wiersz;Tytuł\nŚwiadomość;Kanał;Zażółć gęślą jaźń\n";
        let d = decode(&encode(WINDOWS_1250, pl));
        assert_eq!(d.legacy, Some("windows-1250"));
        assert_eq!(d.text, pl);
        for text in [
            "Phase;Zeile;Titel\nKauf;Filiale;Größe passt nicht – Rücksendung\n",
            "Fase;Rad;Tittel\nKjøp;Butikk;Blåbærsyltetøy i handlekurven\n",
            "Fas;Rad;Rubrik\nKöp;Butik;Kundresan är ÅÄÖ\n",
        ] {
            let d = decode(&encode(WINDOWS_1252, text));
            assert_eq!(d.legacy, Some("windows-1252"));
            assert_eq!(d.text, text);
        }
    }

    #[test]
    fn unicode_files_keep_their_text() {
        let text = "Stage\tLane\tTitle\nKöp\tŁódź\t👍🏽\n";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).text, text);
        let bare_le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&bare_le).text, text);
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).text, text);
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(text.as_bytes());
        let d = decode(&bom);
        assert_eq!((d.text.as_str(), d.legacy), (text, None));
    }
}
