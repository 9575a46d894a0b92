//! The window's words for a picture that could not be added to a card
//! (`picture::PictureError`), in the window's language. What is wrong with a picture a map
//! already has is a map problem, worded in `error_words`.

use crate::app::i18n::{self, Arg};
use crate::picture::PictureError;

/// A message id and its arguments.
type Message = (&'static str, Vec<(&'static str, Arg<'static>)>);

fn message(e: &PictureError) -> Message {
    match e {
        PictureError::Empty => ("picture-import-empty", vec![]),
        PictureError::NotAPicture => ("picture-import-not-a-picture", vec![]),
        PictureError::Unsupported { format } => (
            "picture-import-unsupported",
            vec![("format", Arg::from(format.clone()))],
        ),
        PictureError::Damaged { format } => (
            "picture-import-damaged",
            vec![("format", Arg::from(format.name()))],
        ),
        PictureError::TooManyPixels {
            width,
            height,
            max_side,
            max_pixels,
        } => (
            "picture-import-too-many-pixels",
            vec![
                ("width", Arg::from(*width)),
                ("height", Arg::from(*height)),
                ("max_side", Arg::from(*max_side)),
                ("megapixels", Arg::from(*max_pixels / 1_000_000)),
            ],
        ),
        PictureError::FileTooLarge { bytes, max } => (
            "picture-import-file-too-large",
            vec![
                ("mb", Arg::from(crate::model::mb(*bytes))),
                ("max", Arg::from(crate::model::mb(*max))),
            ],
        ),
        PictureError::MapFull(limit) => {
            let w = super::error_words::limit_words(limit);
            (w.id, w.args)
        }
    }
}

/// Why a file could not become a card's picture, in the window's language.
pub(crate) fn problem(e: &PictureError) -> String {
    let (id, args) = message(e);
    i18n::text(id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::{self, Language};
    use crate::model::PictureLimit;
    use crate::picture::SourceFormat;

    fn samples() -> Vec<PictureError> {
        let mut out = vec![
            PictureError::Empty,
            PictureError::NotAPicture,
            PictureError::Unsupported {
                format: "TIFF".into(),
            },
            PictureError::TooManyPixels {
                width: 100_000,
                height: 100_000,
                max_side: 20_000,
                max_pixels: 64_000_000,
            },
            PictureError::FileTooLarge {
                bytes: 60 << 20,
                max: 50 << 20,
            },
            PictureError::MapFull(PictureLimit::TooMany {
                count: 200,
                max: 200,
            }),
            PictureError::MapFull(PictureLimit::TooManyBytes {
                bytes: 31 << 20,
                max: 30 << 20,
            }),
        ];
        for format in [
            SourceFormat::Png,
            SourceFormat::Jpeg,
            SourceFormat::WebP,
            SourceFormat::Gif,
            SourceFormat::Svg,
        ] {
            out.push(PictureError::Damaged { format });
        }
        out
    }

    #[test]
    fn every_picture_error_has_its_own_words_in_every_language() {
        let mut report = String::new();
        for language in Language::ALL {
            i18n::set_language(Language::English);
            let english: Vec<String> = samples().iter().map(problem).collect();
            i18n::set_language(language);
            for (e, en) in samples().iter().zip(&english) {
                let text = problem(e);
                let (id, args) = message(e);
                if let Err(err) = i18n::check_message(language, id, &args) {
                    report.push_str(&format!("{language:?} {e:?}: {err}\n"));
                } else if text.contains('$') || text.contains("picture-") {
                    report.push_str(&format!("{language:?} {e:?}: leftover in {text}\n"));
                } else if language != Language::English && text == *en {
                    report.push_str(&format!("{language:?} {e:?}: still English: {text}\n"));
                }
            }
        }
        i18n::set_language(Language::English);
        assert!(report.is_empty(), "{report}");
    }
}
