//! The example maps bundled into the binary, so File > New from example and a bare `trailmap`
//! work from any folder.

use crate::model::Map;

/// A bundled example map.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    /// The message id of its name (menu text and the untitled document's name).
    pub message: &'static str,
    /// The language its words are in (its map's `language`).
    pub language: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// Every bundled example; without a file, `trailmap` opens the one in the window's language
/// ([`for_language`]), else the first.
pub const EXAMPLES: &[Example] = &[
    Example {
        message: "example-online-shop",
        language: "en",
        text: include_str!("../../assets/examples/ecommerce.journey.ron"),
    },
    Example {
        message: "example-b2b-software",
        language: "de",
        text: include_str!("../../assets/examples/b2b-saas.journey.ron"),
    },
    Example {
        message: "example-home-furnishing",
        language: "sv",
        text: include_str!("../../assets/examples/svenska.journey.ron"),
    },
    Example {
        message: "example-mobile-operator",
        language: "nb",
        text: include_str!("../../assets/examples/norsk.journey.ron"),
    },
    Example {
        message: "example-online-groceries",
        language: "pl",
        text: include_str!("../../assets/examples/polski.journey.ron"),
    },
];

impl Example {
    /// Its name in the window's language: menu text and the untitled document's name.
    pub fn name(&self) -> String {
        crate::tr!(self.message)
    }

    /// The parsed map. The examples are tested, so failure here is a build defect; it is still
    /// reported rather than panicking.
    pub fn map(&self) -> Result<Map, crate::file::LoadError> {
        crate::file::load_str(self.text)
    }
}

/// The index of the example written in `language` (a tag like `de`), else of the first.
pub fn for_language(language: &str) -> usize {
    EXAMPLES
        .iter()
        .position(|e| e.language == language)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_file_is_bundled() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
        let files = std::fs::read_dir(dir)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".journey.ron"))
            })
            .count();
        assert_eq!(files, EXAMPLES.len());
    }

    #[test]
    fn every_example_loads() {
        for e in EXAMPLES {
            let map = e.map().unwrap_or_else(|err| panic!("{}: {err}", e.message));
            assert!(!map.stages.is_empty(), "{}", e.message);
            assert_eq!(map.language, e.language, "{}", e.message);
        }
    }

    #[test]
    fn each_window_language_opens_its_own_example() {
        for tag in ["en", "de", "pl", "sv", "nb"] {
            assert_eq!(EXAMPLES[for_language(tag)].language, tag);
        }
        assert_eq!(for_language("da"), 0);
    }
}
