//! The few words Trailmap itself puts on a map (lane kind captions, insight pills, the owner
//! legend, "changes" on compare cards), in the map's language, so a German map exports as a
//! German slide. The editor's own menus and panels stay in English.

use super::StateView;
use super::date::Date;
use crate::model::{Channel, LaneKind};

/// Words of one language.
pub struct Words {
    /// Lane kind captions, in [`LaneKind::ALL`] order.
    kinds: [&'static str; 9],
    /// Channel names, in [`Channel::ALL`] order.
    channels: [&'static str; 11],
    /// Pill of a campaign overlap.
    pub overlap: &'static str,
    /// Pill of a persona gap.
    pub not_reached: &'static str,
    /// Lead-in of the changed fields on a compare card.
    pub changes: &'static str,
    /// Heading of the owner legend.
    pub owners: &'static str,
    /// Lead-in of a card's unresolved merge conflicts.
    pub conflict: &'static str,
    /// The placeholder of a card's picture that the map lacks or cannot read.
    pub picture_missing: &'static str,
    /// Names of more card properties a merge conflict can be about: place, notes, tags,
    /// personas.
    extra: [&'static str; 4],
    /// Names of the fields `Touchpoint::changed_fields` reports, in its order: title,
    /// customer action, business response, owner, emotion, campaigns.
    fields: [&'static str; 6],
    /// Heading of the persona legend of an export.
    pub personas: &'static str,
    /// The journey an export shows, in [`StateView::ALL`] order (title block).
    states: [&'static str; 3],
    /// Lead-in of the persona filter in the title block ("For: Maya").
    pub for_personas: &'static str,
    /// Lead-in of the hidden lanes in the title block.
    pub hidden_lanes: &'static str,
    /// Lead-in of the export date in the title block.
    pub exported: &'static str,
    /// The row of cards that name no persona, when rows are pivoted by persona.
    pub all_personas: &'static str,
    /// The row of cards with no channel, when rows are pivoted by channel.
    pub no_channel: &'static str,
    /// Lead-in of the row grouping in the title block ("Rows: by persona").
    pub rows: &'static str,
    /// The row groupings as the title block names them: by persona, by channel.
    pub rows_by: [&'static str; 2],
    /// Month names as they follow a day number ("1 grudnia").
    months: [&'static str; 12],
    /// Whether the day number takes a full stop ("1. Dezember").
    day_dot: bool,
}

const EN: Words = Words {
    kinds: [
        "Channel",
        "Text",
        "Emotion curve",
        "Pain points",
        "Opportunities",
        "Owners",
        "Metrics",
        "Backstage",
        "Storyboard",
    ],
    channels: [
        "Website",
        "Mobile",
        "App",
        "E-mail",
        "Social media",
        "Ads",
        "Store",
        "Live chat",
        "Phone",
        "Word of mouth",
        "Other",
    ],
    overlap: "Overlap",
    not_reached: "Not reached",
    changes: "Changes",
    owners: "Owners",
    conflict: "Conflict",
    picture_missing: "Picture missing",
    extra: ["place", "notes", "tags", "personas"],
    fields: [
        "title",
        "customer action",
        "business response",
        "owner",
        "emotion",
        "campaigns",
    ],
    personas: "Personas",
    states: [
        "Today's journey",
        "Target journey",
        "Today and target compared",
    ],
    for_personas: "For",
    hidden_lanes: "Hidden lanes",
    exported: "Exported",
    all_personas: "All personas",
    no_channel: "No channel",
    rows: "Rows",
    rows_by: ["by persona", "by channel"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    day_dot: false,
};

const DE: Words = Words {
    kinds: [
        "Kanal",
        "Text",
        "Emotionskurve",
        "Schmerzpunkte",
        "Chancen",
        "Verantwortliche",
        "Kennzahlen",
        "Backstage",
        "Storyboard",
    ],
    channels: [
        "Website",
        "Mobil",
        "App",
        "E-Mail",
        "Soziale Medien",
        "Anzeigen",
        "Filiale",
        "Live-Chat",
        "Telefon",
        "Mundpropaganda",
        "Sonstiges",
    ],
    overlap: "Überschneidung",
    not_reached: "Nicht erreicht",
    changes: "Änderungen",
    owners: "Verantwortlich",
    conflict: "Konflikt",
    picture_missing: "Bild fehlt",
    extra: ["Ort", "Notizen", "Tags", "Personas"],
    fields: [
        "Titel",
        "Kundenaktion",
        "Reaktion",
        "Verantwortlich",
        "Emotion",
        "Kampagnen",
    ],
    personas: "Personas",
    states: [
        "Ist-Zustand",
        "Soll-Zustand",
        "Ist- und Soll-Zustand im Vergleich",
    ],
    for_personas: "Für",
    hidden_lanes: "Ausgeblendete Zeilen",
    exported: "Exportiert am",
    all_personas: "Alle Personas",
    no_channel: "Kein Kanal",
    rows: "Zeilen",
    rows_by: ["nach Persona", "nach Kanal"],
    months: [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    day_dot: true,
};

const PL: Words = Words {
    kinds: [
        "Kanał",
        "Tekst",
        "Krzywa emocji",
        "Problemy",
        "Szanse",
        "Właściciele",
        "Wskaźniki",
        "Zaplecze",
        "Storyboard",
    ],
    channels: [
        "Strona WWW",
        "Mobile",
        "Aplikacja",
        "E-mail",
        "Media społecznościowe",
        "Reklamy",
        "Sklep",
        "Czat",
        "Telefon",
        "Poczta pantoflowa",
        "Inne",
    ],
    overlap: "Nakładanie",
    not_reached: "Brak dotarcia",
    changes: "Zmiany",
    owners: "Właściciele",
    conflict: "Konflikt",
    picture_missing: "Brak obrazu",
    extra: ["miejsce", "notatki", "tagi", "persony"],
    fields: [
        "tytuł",
        "działanie klienta",
        "odpowiedź firmy",
        "właściciel",
        "emocja",
        "kampanie",
    ],
    personas: "Persony",
    states: [
        "Stan obecny",
        "Stan docelowy",
        "Porównanie stanu obecnego i docelowego",
    ],
    for_personas: "Dla",
    hidden_lanes: "Ukryte wiersze",
    exported: "Wyeksportowano",
    all_personas: "Wszystkie persony",
    no_channel: "Bez kanału",
    rows: "Wiersze",
    rows_by: ["według persony", "według kanału"],
    months: [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    day_dot: false,
};

const SV: Words = Words {
    kinds: [
        "Kanal",
        "Text",
        "Känslokurva",
        "Smärtpunkter",
        "Möjligheter",
        "Ansvariga",
        "Nyckeltal",
        "Bakom kulisserna",
        "Storyboard",
    ],
    channels: [
        "Webbplats",
        "Mobil",
        "App",
        "E-post",
        "Sociala medier",
        "Annonser",
        "Butik",
        "Livechatt",
        "Telefon",
        "Mun-till-mun",
        "Övrigt",
    ],
    overlap: "Överlapp",
    not_reached: "Nås inte",
    changes: "Ändringar",
    owners: "Ansvariga",
    conflict: "Konflikt",
    picture_missing: "Bild saknas",
    extra: ["plats", "anteckningar", "taggar", "personas"],
    fields: [
        "titel",
        "kundens handling",
        "vårt svar",
        "ansvarig",
        "känsla",
        "kampanjer",
    ],
    personas: "Personas",
    states: [
        "Nuläge",
        "Framtida läge",
        "Nuläge och framtida läge jämförda",
    ],
    for_personas: "För",
    hidden_lanes: "Dolda rader",
    exported: "Exporterad",
    all_personas: "Alla personas",
    no_channel: "Ingen kanal",
    rows: "Rader",
    rows_by: ["per persona", "per kanal"],
    months: [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    day_dot: false,
};

const NB: Words = Words {
    kinds: [
        "Kanal",
        "Tekst",
        "Følelseskurve",
        "Smertepunkter",
        "Muligheter",
        "Ansvarlige",
        "Nøkkeltall",
        "Bak kulissene",
        "Storyboard",
    ],
    channels: [
        "Nettside",
        "Mobil",
        "App",
        "E-post",
        "Sosiale medier",
        "Annonser",
        "Butikk",
        "Chat",
        "Telefon",
        "Muntlig anbefaling",
        "Annet",
    ],
    overlap: "Overlapp",
    not_reached: "Nås ikke",
    changes: "Endringer",
    owners: "Ansvarlige",
    conflict: "Konflikt",
    picture_missing: "Bilde mangler",
    extra: ["plass", "notater", "tagger", "personas"],
    fields: [
        "tittel",
        "kundens handling",
        "vårt svar",
        "ansvarlig",
        "følelse",
        "kampanjer",
    ],
    personas: "Personas",
    states: [
        "Nåsituasjon",
        "Ønsket situasjon",
        "Nåsituasjon og ønsket situasjon sammenlignet",
    ],
    for_personas: "For",
    hidden_lanes: "Skjulte rader",
    exported: "Eksportert",
    all_personas: "Alle personas",
    no_channel: "Ingen kanal",
    rows: "Rader",
    rows_by: ["per persona", "per kanal"],
    months: [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    day_dot: true,
};

const DA: Words = Words {
    kinds: [
        "Kanal",
        "Tekst",
        "Følelseskurve",
        "Smertepunkter",
        "Muligheder",
        "Ansvarlige",
        "Nøgletal",
        "Bag kulisserne",
        "Storyboard",
    ],
    channels: [
        "Hjemmeside",
        "Mobil",
        "App",
        "E-mail",
        "Sociale medier",
        "Annoncer",
        "Butik",
        "Livechat",
        "Telefon",
        "Mund-til-mund",
        "Andet",
    ],
    overlap: "Overlap",
    not_reached: "Nås ikke",
    changes: "Ændringer",
    owners: "Ansvarlige",
    conflict: "Konflikt",
    picture_missing: "Billede mangler",
    extra: ["plads", "noter", "tags", "personas"],
    fields: [
        "titel",
        "kundens handling",
        "vores svar",
        "ansvarlig",
        "følelse",
        "kampagner",
    ],
    personas: "Personas",
    states: [
        "Nuværende situation",
        "Ønsket situation",
        "Nuværende og ønsket situation sammenlignet",
    ],
    for_personas: "For",
    hidden_lanes: "Skjulte rækker",
    exported: "Eksporteret",
    all_personas: "Alle personas",
    no_channel: "Ingen kanal",
    rows: "Rækker",
    rows_by: ["pr. persona", "pr. kanal"],
    months: [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    day_dot: true,
};

/// The words of a BCP 47 language tag; English for anything else.
pub fn words(language: &str) -> &'static Words {
    match crate::model::primary_language(language).as_str() {
        "de" => &DE,
        "pl" => &PL,
        "sv" => &SV,
        "nb" | "nn" | "no" => &NB,
        "da" => &DA,
        _ => &EN,
    }
}

impl Words {
    /// Caption of a lane kind.
    pub fn kind(&self, kind: LaneKind) -> &'static str {
        let i = LaneKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds[i]
    }

    /// Name of a channel.
    pub fn channel(&self, channel: Channel) -> &'static str {
        let i = Channel::ALL.iter().position(|c| *c == channel).unwrap_or(0);
        self.channels[i]
    }

    /// A card property's name by its English key (`model::Property::key`): the compare
    /// fields and the extra ones in this language, any other key as it is.
    pub fn property(&self, key: &'static str) -> &'static str {
        if EN.fields.contains(&key) {
            return self.field(key);
        }
        const EXTRA_KEYS: [&str; 4] = ["place", "notes", "tags", "personas"];
        EXTRA_KEYS
            .iter()
            .position(|k| *k == key)
            .map_or(key, |i| self.extra[i])
    }

    /// The journey a view shows, for the title block ("Target journey").
    pub fn state(&self, state: StateView) -> &'static str {
        let i = StateView::ALL.iter().position(|s| *s == state).unwrap_or(0);
        self.states[i]
    }

    /// A date as this language writes it in running text: "1 December 2026",
    /// "1. Dezember 2026", "1 grudnia 2026".
    pub fn date(&self, date: Date) -> String {
        let month = usize::from(date.month.clamp(1, 12) - 1);
        let dot = if self.day_dot { "." } else { "" };
        format!("{}{dot} {} {}", date.day, self.months[month], date.year)
    }

    /// A field name from `Touchpoint::changed_fields` in this language.
    pub fn field(&self, english: &str) -> &'static str {
        EN.fields
            .iter()
            .position(|f| *f == english)
            .map_or("?", |i| self.fields[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_every_field_kind_and_channel() {
        for tag in ["en", "de", "pl-PL", "sv", "nb", "nn", "da", "fr"] {
            let w = words(tag);
            for f in EN.fields {
                assert_ne!(w.field(f), "?", "{tag}: {f}");
            }
            for k in LaneKind::ALL {
                assert!(!w.kind(k).is_empty());
            }
            for c in Channel::ALL {
                assert!(!w.channel(c).is_empty());
            }
        }
        assert_eq!(words("de-AT").kind(LaneKind::Emotion), "Emotionskurve");
        assert_eq!(words("").channel(Channel::Email), "E-mail");
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let d = Date::new(2026, 12, 1).unwrap();
        assert_eq!(words("en").date(d), "1 December 2026");
        assert_eq!(words("de").date(d), "1. Dezember 2026");
        assert_eq!(words("pl").date(d), "1 grudnia 2026");
        assert_eq!(words("sv").date(d), "1 december 2026");
        assert_eq!(words("nb").date(d), "1. desember 2026");
        assert_eq!(words("da").date(d), "1. december 2026");
        let may = Date::new(2027, 5, 31).unwrap();
        assert_eq!(words("pl").date(may), "31 maja 2027");
        assert_eq!(words("de").state(StateView::Future), "Soll-Zustand");
    }
}
