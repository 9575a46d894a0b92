//! The example maps bundled into the binary, so File > New from example and a bare `trailmap`
//! work from any folder.

use crate::model::Map;

/// A bundled example map.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    /// Menu text and the untitled document's name.
    pub name: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// Every bundled example; the first is what `trailmap` opens without a file.
pub const EXAMPLES: &[Example] = &[Example {
    name: "E-commerce example",
    text: STARTER,
}];

impl Example {
    /// The parsed map. The examples are tested, so failure here is a build defect; it is still
    /// reported rather than panicking.
    pub fn map(&self) -> Result<Map, crate::file::LoadError> {
        crate::file::load_str(self.text)
    }
}

/// Stand-in until the example files land in `assets/examples/`.
const STARTER: &str = r##"(
    format: 1,
    title: "Online shop: first purchase",
    description: "How a first-time visitor finds us, buys and comes back.",
    personas: [
        (id: 1, name: "Gen-Z shopper", color: "#E11D48"),
        (id: 2, name: "Busy parent", color: "#2563EB"),
    ],
    stages: [
        (id: 1, name: "Awareness"),
        (id: 2, name: "Consideration"),
        (id: 3, name: "Purchase"),
        (id: 4, name: "Retention"),
    ],
    lanes: [
        (id: 1, name: "Website", kind: Channel, channel: Website),
        (id: 2, name: "Social media", kind: Channel, channel: Social),
        (id: 3, name: "Emotion", kind: Emotion),
        (id: 4, name: "Pain points", kind: PainPoints),
    ],
    touchpoints: [
        (id: 1, stage: 1, lane: 2, order: 0, title: "Sees an influencer post", emotion: 1),
        (id: 2, stage: 2, lane: 1, order: 0, title: "Compares products", emotion: 0),
        (id: 3, stage: 3, lane: 1, order: 0, title: "Checks out", emotion: -1),
        (id: 4, stage: 3, lane: 4, order: 0, title: "Shipping costs shown late"),
        (id: 5, stage: 4, lane: 1, order: 0, title: "Order arrives", emotion: 2),
    ],
    connectors: [],
)
"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_loads() {
        for e in EXAMPLES {
            let map = e.map().unwrap_or_else(|err| panic!("{}: {err}", e.name));
            assert!(!map.stages.is_empty(), "{}", e.name);
        }
    }
}
