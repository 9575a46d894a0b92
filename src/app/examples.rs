//! The example maps bundled into the binary, so File > New from example and a bare `trailmap`
//! work from any folder.

use crate::model::Map;

/// A bundled example map.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    /// The message id of its name (menu text and the untitled document's name).
    pub message: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// Every bundled example; the first is what `trailmap` opens without a file.
pub const EXAMPLES: &[Example] = &[
    Example {
        message: "example-online-shop",
        text: include_str!("../../assets/examples/ecommerce.journey.ron"),
    },
    Example {
        message: "example-b2b-software",
        text: include_str!("../../assets/examples/b2b-saas.journey.ron"),
    },
    Example {
        message: "example-home-furnishing",
        text: include_str!("../../assets/examples/svenska.journey.ron"),
    },
    Example {
        message: "example-mobile-operator",
        text: include_str!("../../assets/examples/norsk.journey.ron"),
    },
    Example {
        message: "example-online-groceries",
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
        }
    }
}
