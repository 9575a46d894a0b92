//! The words a spreadsheet's header row and cells are read by: column names, card states, lane
//! kinds and channels, in English, German, Polish, Swedish and Norwegian. One table per idea,
//! as data; the first word of each language is the one an export writes.
//!
//! Words are compared after [`normal`]: lower case, `_` and `-` as spaces, runs of spaces as
//! one, trimmed. Lane kinds and channels also take the words `layout::words` draws on the map
//! (so a lane captioned "Schmerzpunkte" on a German slide reads back as pain points).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::layout::words::words;
use crate::model::{CardState, Channel, LaneKind};

/// The languages header words exist in, in the order of the tables' word lists.
pub(super) const LANGUAGES: [&str; 5] = ["en", "de", "pl", "sv", "nb"];

/// A column of the long shape (one row per card).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Column {
    Stage,
    Lane,
    LaneKind,
    Title,
    Channel,
    CustomerAction,
    BusinessResponse,
    Personas,
    Owner,
    Campaigns,
    Emotion,
    Reached,
    Converted,
    Tags,
    Notes,
    State,
}

impl Column {
    /// Every column, in the order an export writes them.
    pub const ALL: [Column; 16] = [
        Column::Stage,
        Column::Lane,
        Column::LaneKind,
        Column::Title,
        Column::Channel,
        Column::CustomerAction,
        Column::BusinessResponse,
        Column::Personas,
        Column::Owner,
        Column::Campaigns,
        Column::Emotion,
        Column::Reached,
        Column::Converted,
        Column::Tags,
        Column::Notes,
        Column::State,
    ];

    /// The columns a long sheet must have.
    pub const REQUIRED: [Column; 3] = [Column::Stage, Column::Lane, Column::Title];

    /// The header an export writes for this column in a language tag (English for any
    /// language without its own words).
    pub fn header(self, language: &str) -> &'static str {
        let words = HEADERS
            .iter()
            .find(|(c, _)| *c == self)
            .map_or(&[][..], |(_, w)| w[language_index(language).unwrap_or(0)]);
        words.first().copied().unwrap_or("?")
    }
}

/// Header words per column: `[en, de, pl, sv, nb]`, each a list whose first entry is written.
/// English words are understood in a sheet of any language.
pub(super) const HEADERS: [(Column, [&[&str]; 5]); 16] = [
    (
        Column::Stage,
        [
            &["Stage", "phase", "step"],
            &["Phase", "Etappe", "Stufe"],
            &["Etap", "faza"],
            &["Fas", "steg"],
            &["Fase", "steg"],
        ],
    ),
    (
        Column::Lane,
        [
            &["Lane", "row", "swimlane", "swim lane"],
            &["Zeile", "Bahn", "Swimlane", "Ebene"],
            &["Wiersz", "tor", "linia"],
            &["Rad", "bana", "simbana"],
            &["Rad", "bane", "svømmebane"],
        ],
    ),
    (
        Column::LaneKind,
        [
            &["Lane kind", "kind", "lane type", "type"],
            &["Zeilenart", "Art", "Typ"],
            &["Rodzaj wiersza", "rodzaj", "typ"],
            &["Radtyp", "typ"],
            &["Radtype", "type"],
        ],
    ),
    (
        Column::Title,
        [
            &["Title", "card", "touchpoint", "name"],
            &["Titel", "Touchpoint", "Kontaktpunkt", "Karte"],
            &["Tytuł", "punkt styku", "karta", "nazwa"],
            &["Rubrik", "titel", "kontaktpunkt", "kort"],
            &["Tittel", "kontaktpunkt", "kort"],
        ],
    ),
    (
        Column::Channel,
        [&["Channel"], &["Kanal"], &["Kanał"], &["Kanal"], &["Kanal"]],
    ),
    (
        Column::CustomerAction,
        [
            &["Customer action", "action", "customer does"],
            &["Kundenaktion", "Aktion des Kunden", "Kundenhandlung"],
            &["Działanie klienta", "działanie"],
            &["Kundens handling", "handling"],
            &["Kundens handling", "handling"],
        ],
    ),
    (
        Column::BusinessResponse,
        [
            &["Business response", "response", "our response"],
            &[
                "Reaktion des Unternehmens",
                "Reaktion",
                "Unternehmensreaktion",
            ],
            &["Reakcja firmy", "odpowiedź firmy", "reakcja"],
            &["Företagets svar", "vårt svar", "svar"],
            &["Bedriftens svar", "vårt svar", "svar"],
        ],
    ),
    (
        Column::Personas,
        [
            &["Personas", "persona"],
            &["Personas", "Persona"],
            &["Persony", "persona"],
            &["Personas", "persona"],
            &["Personas", "persona"],
        ],
    ),
    (
        Column::Owner,
        [
            &["Owner", "department", "owned by"],
            &["Verantwortlich", "Verantwortliche", "Abteilung"],
            &["Właściciel", "dział"],
            &["Ansvarig", "avdelning"],
            &["Ansvarlig", "avdeling"],
        ],
    ),
    (
        Column::Campaigns,
        [
            &["Campaigns", "campaign"],
            &["Kampagnen", "Kampagne"],
            &["Kampanie", "kampania"],
            &["Kampanjer", "kampanj"],
            &["Kampanjer", "kampanje"],
        ],
    ),
    (
        Column::Emotion,
        [
            &["Emotion", "feeling", "score", "emotion score"],
            &["Emotion", "Gefühl", "Emotionswert"],
            &["Emocja", "emocje"],
            &["Känsla", "känslor"],
            &["Følelse", "følelser"],
        ],
    ),
    (
        Column::Reached,
        [
            &["Reached", "reach"],
            &["Erreicht", "Reichweite"],
            &["Dotarcie", "zasięg"],
            &["Nådda", "räckvidd"],
            &["Nådd", "rekkevidde"],
        ],
    ),
    (
        Column::Converted,
        [
            &["Converted", "conversions"],
            &["Konvertiert", "Conversions", "Konversionen"],
            &["Konwersje", "konwersja"],
            &["Konverterade", "konverteringar"],
            &["Konvertert", "konverteringer"],
        ],
    ),
    (
        Column::Tags,
        [
            &["Tags", "tag", "keywords"],
            &["Tags", "Schlagwörter"],
            &["Tagi", "tag"],
            &["Taggar", "tagg"],
            &["Tagger", "tagg"],
        ],
    ),
    (
        Column::Notes,
        [
            &["Notes", "note", "comments"],
            &["Notizen", "Notiz", "Anmerkungen"],
            &["Notatki", "notatka", "uwagi"],
            &["Anteckningar", "anteckning", "kommentarer"],
            &["Notater", "notat", "kommentarer"],
        ],
    ),
    (
        Column::State,
        [
            &["State", "journey", "card state"],
            &["Zustand", "Journey"],
            &["Stan", "podróż"],
            &["Läge", "kundresa"],
            &["Situasjon", "kundereise"],
        ],
    ),
];

/// Card state words per language `[en, de, pl, sv, nb]`; the first is written (an export
/// leaves the state of a card in both journeys empty).
const STATES: [(CardState, [&[&str]; 5]); 3] = [
    (
        CardState::Both,
        [
            &["both", "current and future", "current & future"],
            &["beide", "Ist und Soll", "Ist- und Soll-Zustand"],
            &["oba", "obecny i docelowy"],
            &["båda", "nuläge och framtida läge"],
            &["begge", "nåsituasjon og ønsket situasjon"],
        ],
    ),
    (
        CardState::Current,
        [
            &["current", "current state", "current only", "today"],
            &["Ist", "Ist-Zustand", "nur Ist-Zustand"],
            &["obecny", "stan obecny", "tylko obecny"],
            &["nuläge", "bara nuläge"],
            &["nåsituasjon", "nå", "bare nåsituasjon"],
        ],
    ),
    (
        CardState::Future,
        [
            &["future", "future state", "future only", "new"],
            &["Soll", "Soll-Zustand", "nur Soll-Zustand"],
            &["docelowy", "stan docelowy", "tylko docelowy"],
            &["framtida", "framtida läge", "bara framtida läge"],
            &[
                "ønsket",
                "ønsket situasjon",
                "fremtidig",
                "bare ønsket situasjon",
            ],
        ],
    ),
];

/// More words for lane kinds than the map draws: the window's words and common synonyms.
const KIND_WORDS: [(LaneKind, &[&str]); 9] = [
    (
        LaneKind::Channel,
        &["channel", "kanal", "kanał", "touchpoints"],
    ),
    (
        LaneKind::Text,
        &[
            "text", "tekst", "thoughts", "gedanken", "myśli", "tankar", "tanker",
        ],
    ),
    (
        LaneKind::Emotion,
        &[
            "emotion",
            "emotions",
            "feelings",
            "emotion curve",
            "gefühle",
            "emotionen",
            "emocje",
            "krzywa emocji",
            "känslor",
            "känslokurva",
            "følelser",
            "følelseskurve",
        ],
    ),
    (
        LaneKind::PainPoints,
        &[
            "pain points",
            "pains",
            "pain point",
            "schmerzpunkte",
            "probleme",
            "punkty bólu",
            "problemy",
            "smärtpunkter",
            "smertepunkter",
        ],
    ),
    (
        LaneKind::Opportunities,
        &[
            "opportunities",
            "ideas",
            "chancen",
            "ideen",
            "szanse",
            "pomysły",
            "möjligheter",
            "muligheter",
        ],
    ),
    (
        LaneKind::Owners,
        &[
            "owners",
            "departments",
            "verantwortlich",
            "verantwortliche",
            "właściciele",
            "ansvariga",
            "ansvarlige",
        ],
    ),
    (
        LaneKind::Metrics,
        &[
            "metrics",
            "kpis",
            "kennzahlen",
            "wskaźniki",
            "nyckeltal",
            "nøkkeltall",
        ],
    ),
    (
        LaneKind::Backstage,
        &[
            "backstage",
            "behind the scenes",
            "hinter den kulissen",
            "zaplecze",
            "bakom kulisserna",
            "bak kulissene",
        ],
    ),
    (
        LaneKind::Storyboard,
        &[
            "storyboard",
            "pictures",
            "screenshots",
            "bilder",
            "obrazy",
            "zdjęcia",
            "bilde",
        ],
    ),
];

/// More words for channels than the map draws: the window's words and common synonyms.
const CHANNEL_WORDS: [(Channel, &[&str]); 11] = [
    (
        Channel::Website,
        &[
            "website",
            "web",
            "site",
            "webseite",
            "strona www",
            "strona",
            "nettsted",
        ],
    ),
    (Channel::Mobile, &["mobile", "mobil", "mobile web"]),
    (Channel::App, &["app", "mobile app", "aplikacja"]),
    (Channel::Email, &["email", "e-mail", "e-post", "newsletter"]),
    (
        Channel::Social,
        &[
            "social",
            "social media",
            "media społecznościowe",
            "sociala medier",
        ],
    ),
    (
        Channel::Ads,
        &["ads", "advertising", "werbung", "reklamy", "annonser"],
    ),
    (
        Channel::Store,
        &[
            "store",
            "shop",
            "filiale",
            "laden",
            "sklep",
            "sklep stacjonarny",
            "butik",
        ],
    ),
    (
        Channel::LiveChat,
        &[
            "live chat",
            "chat",
            "live-chat",
            "czat",
            "czat na żywo",
            "livechatt",
        ],
    ),
    (
        Channel::Phone,
        &["phone", "call centre", "call center", "hotline", "telefon"],
    ),
    (
        Channel::WordOfMouth,
        &[
            "word of mouth",
            "referrals",
            "reviews",
            "mundpropaganda",
            "poczta pantoflowa",
            "rekommendationer",
            "jungeltelegrafen",
        ],
    ),
    (
        Channel::Other,
        &["other", "sonstiges", "inne", "övrigt", "annet"],
    ),
];

/// The map languages `layout::words` draws, for lane kinds and channels.
const MAP_LANGUAGES: [&str; 6] = ["en", "de", "pl", "sv", "nb", "da"];

/// A word as it is compared: lower case, `_`/`-`/`–` as space, single spaces, trimmed.
pub(super) fn normal(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut space = false;
    for c in word.trim().chars() {
        if c.is_whitespace() || matches!(c, '_' | '-' | '–' | '‐') {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

/// The index of a language tag in [`LANGUAGES`] (`nn`/`no` are Norwegian).
pub(super) fn language_index(tag: &str) -> Option<usize> {
    let primary = crate::model::primary_language(tag);
    let primary = match primary.as_str() {
        "nn" | "no" => "nb",
        p => p,
    };
    LANGUAGES.iter().position(|l| *l == primary)
}

/// What a header cell names: the column and every language whose word it is.
pub(super) struct HeaderMatch {
    pub column: Column,
    /// Bit `i` set: the word is one of [`LANGUAGES`]`[i]`'s.
    pub languages: u8,
}

static HEADER_INDEX: LazyLock<HashMap<String, HeaderMatch>> = LazyLock::new(|| {
    let mut index: HashMap<String, HeaderMatch> = HashMap::new();
    for (column, langs) in HEADERS {
        for (i, list) in langs.iter().enumerate() {
            for word in *list {
                let entry = index.entry(normal(word)).or_insert(HeaderMatch {
                    column,
                    languages: 0,
                });
                // The first column a word names wins; tests check no word names two.
                if entry.column == column {
                    entry.languages |= 1 << i;
                }
            }
        }
    }
    index
});

/// The column a header cell names, if any.
pub(super) fn header(cell: &str) -> Option<&'static HeaderMatch> {
    HEADER_INDEX.get(&normal(cell))
}

static STATE_INDEX: LazyLock<HashMap<String, CardState>> = LazyLock::new(|| {
    let mut index = HashMap::new();
    for (state, langs) in STATES {
        for list in langs {
            for word in list {
                index.entry(normal(word)).or_insert(state);
            }
        }
    }
    index
});

/// The card state a cell names (any language); `None` for a word that is none.
pub(super) fn state(cell: &str) -> Option<CardState> {
    STATE_INDEX.get(&normal(cell)).copied()
}

/// The word an export writes for a state; empty for a card in both journeys.
pub(super) fn state_word(state: CardState, language: &str) -> &'static str {
    let i = language_index(language).unwrap_or(0);
    STATES
        .iter()
        .find(|(s, _)| *s == state)
        .and_then(|(_, w)| w[i].first().copied())
        .unwrap_or("")
}

/// A lane's kind and channel, as a lane-kind cell or a lane's name says.
pub(super) type KindAndChannel = (LaneKind, Option<Channel>);

static KIND_INDEX: LazyLock<HashMap<String, KindAndChannel>> = LazyLock::new(|| {
    let mut index = HashMap::new();
    // Channels first: a channel's name says both the kind and the channel.
    for lang in MAP_LANGUAGES {
        for c in Channel::ALL {
            index
                .entry(normal(words(lang).channel(c)))
                .or_insert((LaneKind::Channel, Some(c)));
        }
    }
    for (c, list) in CHANNEL_WORDS {
        for w in list {
            index
                .entry(normal(w))
                .or_insert((LaneKind::Channel, Some(c)));
        }
    }
    for lang in MAP_LANGUAGES {
        for k in LaneKind::ALL {
            index
                .entry(normal(words(lang).kind(k)))
                .or_insert((k, None));
        }
    }
    for (k, list) in KIND_WORDS {
        for w in list {
            index.entry(normal(w)).or_insert((k, None));
        }
    }
    index
});

/// The kind (and channel) a word names: a channel's name in any language gives a channel lane
/// of that channel, a kind's name that kind.
pub(super) fn kind(word: &str) -> Option<KindAndChannel> {
    KIND_INDEX.get(&normal(word)).copied()
}

/// The word an export writes in the lane-kind column: the channel's name for a channel lane
/// with a channel, else the kind's caption, in the map's language.
pub(super) fn kind_word(kind: LaneKind, channel: Option<Channel>, language: &str) -> &'static str {
    let w = words(language);
    match (kind, channel) {
        (LaneKind::Channel, Some(c)) => w.channel(c),
        (k, _) => w.kind(k),
    }
}

static CHANNEL_INDEX: LazyLock<HashMap<String, Channel>> = LazyLock::new(|| {
    let mut index = HashMap::new();
    for lang in MAP_LANGUAGES {
        for c in Channel::ALL {
            index.entry(normal(words(lang).channel(c))).or_insert(c);
        }
    }
    for (c, list) in CHANNEL_WORDS {
        for w in list {
            index.entry(normal(w)).or_insert(c);
        }
    }
    index
});

/// The channel a card's channel cell names (any language).
pub(super) fn channel(word: &str) -> Option<Channel> {
    CHANNEL_INDEX.get(&normal(word)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_header_word_names_two_columns() {
        let mut seen: HashMap<String, Column> = HashMap::new();
        for (column, langs) in HEADERS {
            for list in langs {
                for w in list {
                    let prev = seen.insert(normal(w), column);
                    assert!(
                        prev.is_none_or(|p| p == column),
                        "“{w}” names {prev:?} and {column:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn no_kind_or_channel_word_means_two_things() {
        let mut seen: HashMap<String, KindAndChannel> = HashMap::new();
        let mut check = |w: &str, v: KindAndChannel| {
            let prev = seen.insert(normal(w), v);
            assert!(prev.is_none_or(|p| p == v), "“{w}”: {prev:?} and {v:?}");
        };
        for lang in MAP_LANGUAGES {
            for c in Channel::ALL {
                check(words(lang).channel(c), (LaneKind::Channel, Some(c)));
            }
        }
        for (c, list) in CHANNEL_WORDS {
            for w in list {
                check(w, (LaneKind::Channel, Some(c)));
            }
        }
        for lang in MAP_LANGUAGES {
            for k in LaneKind::ALL {
                check(words(lang).kind(k), (k, None));
            }
        }
        for (k, list) in KIND_WORDS {
            for w in list {
                check(w, (k, None));
            }
        }
    }

    #[test]
    fn state_words_are_unambiguous_and_exports_read_back() {
        let mut seen: HashMap<String, CardState> = HashMap::new();
        for (state, langs) in STATES {
            for list in langs {
                for w in list {
                    let prev = seen.insert(normal(w), state);
                    assert!(prev.is_none_or(|p| p == state), "“{w}”");
                }
            }
        }
        for lang in LANGUAGES {
            for s in [CardState::Current, CardState::Future, CardState::Both] {
                assert_eq!(state(state_word(s, lang)), Some(s), "{lang} {s:?}");
            }
        }
    }

    #[test]
    fn exported_words_read_back_in_every_language() {
        for lang in LANGUAGES.into_iter().chain(["da", "fr"]) {
            for c in Column::ALL {
                assert_eq!(header(c.header(lang)).map(|m| m.column), Some(c), "{lang}");
            }
            for k in LaneKind::ALL {
                assert_eq!(
                    kind(kind_word(k, None, lang)),
                    Some((k, None)),
                    "{lang} {k:?}"
                );
            }
            for c in Channel::ALL {
                let word = kind_word(LaneKind::Channel, Some(c), lang);
                assert_eq!(kind(word), Some((LaneKind::Channel, Some(c))), "{lang}");
                assert_eq!(channel(word), Some(c));
            }
        }
    }

    #[test]
    fn header_words_ignore_case_underscores_and_dashes() {
        for w in ["customer_action", "Customer-Action", "  CUSTOMER   action "] {
            assert_eq!(header(w).map(|m| m.column), Some(Column::CustomerAction));
        }
        assert_eq!(header("Tytuł").map(|m| m.column), Some(Column::Title));
        assert!(header("nonsense").is_none());
    }
}
