//! The translation layer: which language the window speaks, and every word it shows.
//!
//! Every string of the window lives in `assets/locales/<tag>/trailmap.ftl` (Fluent), English
//! being the fallback. The window looks words up with [`tr!`](crate::tr) by message id; Fluent
//! picks plural forms by the CLDR rules of the language (Polish "1 karta, 2 karty, 5 kart").
//!
//! The language is chosen as desktop programs on Linux do ([`Language::from_env`]) unless the
//! user picked one in View > Language. It is kept per thread: the window sets it at the start
//! of every frame ([`set_language`]), so each test harness (one per test thread) can speak its
//! own language. Words drawn *on* the map follow the map's `language` instead
//! (`layout::words`); this module never sees the map.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;

use fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "en",
        // Unicode isolation marks around arguments show as boxes in egui and in file names.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the window speaks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    /// English, the fallback.
    #[default]
    English,
    /// German.
    German,
    /// Polish.
    Polish,
    /// Swedish.
    Swedish,
    /// Norwegian Bokmål (also chosen for `no` and `nn`).
    Norwegian,
}

impl Language {
    /// Every language, in the order View > Language lists them.
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::German,
        Language::Polish,
        Language::Swedish,
        Language::Norwegian,
    ];

    /// The BCP 47 tag, as the map's `language` field and the locale folders spell it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::Polish => "pl",
            Language::Swedish => "sv",
            Language::Norwegian => "nb",
        }
    }

    /// The language's name in itself, as language menus show it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::Polish => "Polski",
            Language::Swedish => "Svenska",
            Language::Norwegian => "Norsk (bokmål)",
        }
    }

    /// The language of a locale name or language tag: `de`, `de_DE.UTF-8`, `pl-PL`,
    /// `sv_SE@euro`; `nb`, `no` and `nn` are Norwegian Bokmål. `None` for any other language.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::English),
            "de" => Some(Language::German),
            "pl" => Some(Language::Polish),
            "sv" => Some(Language::Swedish),
            "nb" | "no" | "nn" => Some(Language::Norwegian),
            _ => None,
        }
    }

    /// The language the environment asks for, as gettext reads it: the first language of
    /// `LANGUAGE` that Trailmap speaks (unless the locale is `C`), else the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set; English when that is none of ours.
    pub fn from_env() -> Language {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Language::from_env`] with the variables read through `var` (tests).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|v| !v.is_empty());
        let is_c = locale
            .as_deref()
            .is_none_or(|l| l == "C" || l == "POSIX" || l.starts_with("C."));
        if !is_c
            && let Some(list) = var("LANGUAGE")
            && let Some(lang) = list.split(':').find_map(Language::from_tag)
        {
            return lang;
        }
        locale
            .as_deref()
            .and_then(Language::from_tag)
            .unwrap_or_default()
    }

    fn id(self) -> LanguageIdentifier {
        self.tag().parse().unwrap_or_default()
    }
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// Makes `language` the one [`tr!`](crate::tr) speaks on this thread.
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// The language [`tr!`](crate::tr) speaks on this thread.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// One argument of a message.
pub type Arg<'a> = FluentValue<'a>;

/// The message `id` in the current language with `args`, falling back to English. A message
/// that is missing everywhere shows its id (a test makes sure none is).
pub fn text(id: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    text_in(language(), id, args)
}

/// The message `id` in `language` with `args`.
pub fn text_in(language: Language, id: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    let lang = language.id();
    let found = if args.is_empty() {
        LOCALES.try_lookup(&lang, id)
    } else {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.try_lookup_complete(&lang, id, Some(&map))
    };
    found.unwrap_or_else(|| id.to_owned())
}

/// The message `id` in exactly `language`, with the errors Fluent reports (a missing message,
/// a misspelt `$variable`): for the test that every translation formats.
pub fn check_message(
    language: Language,
    id: &str,
    args: &[(&'static str, Arg<'_>)],
) -> Result<String, String> {
    let map: HashMap<&str, FluentValue<'_>> = args.iter().map(|(k, v)| (*k, v.clone())).collect();
    LOCALES
        .lookup_single_language(&language.id(), id, Some(&map))
        .map_err(|e| format!("{e:?}"))
}

/// Looks a window word up by message id in the current language, with named arguments:
/// `tr!("status-selected", count = n)`.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::app::i18n::text($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::app::i18n::text(
            $id,
            &[$((stringify!($name), $crate::app::i18n::Arg::from($value))),+],
        )
    };
}

/// The name of an undo step ("Move touchpoint"), for "Undo …" menu entries. History keeps
/// each step's English label as a stable key; its words live under `step-` plus the label in
/// lower case with dashes (`step-move-touchpoint`). An unknown key shows as it is.
pub fn undo_step(label: &str) -> String {
    let id = format!("step-{}", label.to_lowercase().replace(' ', "-"));
    let lang = language().id();
    LOCALES
        .try_lookup(&lang, &id)
        .unwrap_or_else(|| label.to_owned())
}

/// A keyboard shortcut as keyboards of the window's language label their keys
/// ("Strg+Umschalt+S" in German, "Ctrl+Shift+S" elsewhere); the keys themselves are the same
/// in every language. On a Mac, egui's own symbols are kept.
pub fn format_shortcut(ctx: &egui::Context, shortcut: &egui::KeyboardShortcut) -> String {
    if ctx.os().is_mac() {
        return ctx.format_shortcut(shortcut);
    }
    let (ctrl, shift, alt) = (tr!("key-ctrl"), tr!("key-shift"), tr!("key-alt"));
    let names = egui::ModifierNames {
        is_short: false,
        alt: &alt,
        ctrl: &ctrl,
        shift: &shift,
        mac_cmd: "Cmd",
        mac_alt: "Option",
        concat: "+",
    };
    let mut text = names.format(&shortcut.modifiers, false);
    if !text.is_empty() {
        text.push('+');
    }
    use egui::Key;
    let key = match shortcut.logical_key {
        Key::Delete => tr!("key-delete"),
        Key::Backspace => tr!("key-backspace"),
        Key::Enter => tr!("key-enter"),
        Key::Escape => tr!("key-escape"),
        Key::Menu => tr!("key-menu"),
        other => other.name().to_owned(),
    };
    text.push_str(&key);
    text
}

/// The names of the map's kinds of things (lane kinds, channels, card states, views, fields,
/// emotion scores), as the window shows them in the current language.
pub mod words {
    use crate::layout::StateView;
    use crate::model::{CardState, Channel, FutureField, LaneKind};

    /// A lane kind's name ("Emotion curve").
    pub fn lane_kind(kind: LaneKind) -> String {
        tr!(match kind {
            LaneKind::Channel => "lane-kind-channel",
            LaneKind::Text => "lane-kind-text",
            LaneKind::Emotion => "lane-kind-emotion",
            LaneKind::PainPoints => "lane-kind-pain-points",
            LaneKind::Opportunities => "lane-kind-opportunities",
            LaneKind::Owners => "lane-kind-owners",
            LaneKind::Metrics => "lane-kind-metrics",
            LaneKind::Backstage => "lane-kind-backstage",
            LaneKind::Storyboard => "lane-kind-storyboard",
        })
    }

    /// A channel's name ("Social media").
    pub fn channel(channel: Channel) -> String {
        tr!(match channel {
            Channel::Website => "channel-website",
            Channel::Mobile => "channel-mobile",
            Channel::App => "channel-app",
            Channel::Email => "channel-email",
            Channel::Social => "channel-social",
            Channel::Ads => "channel-ads",
            Channel::Store => "channel-store",
            Channel::LiveChat => "channel-live-chat",
            Channel::Phone => "channel-phone",
            Channel::WordOfMouth => "channel-word-of-mouth",
            Channel::Other => "channel-other",
        })
    }

    /// A card state's name ("Future only (new)").
    pub fn card_state(state: CardState) -> String {
        tr!(match state {
            CardState::Both => "card-state-both",
            CardState::Current => "card-state-current",
            CardState::Future => "card-state-future",
        })
    }

    /// A journey view's name ("Future state").
    pub fn state_view(view: StateView) -> String {
        tr!(match view {
            StateView::Current => "state-view-current",
            StateView::Future => "state-view-future",
            StateView::Compare => "state-view-compare",
        })
    }

    /// A row grouping's name in View > Rows ("By persona").
    pub fn rows(rows: crate::pivot::Rows) -> String {
        tr!(match rows {
            crate::pivot::Rows::Lanes => "rows-lanes",
            crate::pivot::Rows::Personas => "rows-personas",
            crate::pivot::Rows::Channels => "rows-channels",
        })
    }

    /// What a row grouping shows, for its tooltip.
    pub fn rows_tip(rows: crate::pivot::Rows) -> String {
        tr!(match rows {
            crate::pivot::Rows::Lanes => "rows-lanes-tip",
            crate::pivot::Rows::Personas => "rows-personas-tip",
            crate::pivot::Rows::Channels => "rows-channels-tip",
        })
    }

    /// A card field that can change in the future state, as a heading ("Customer action").
    pub fn future_field(field: FutureField) -> String {
        tr!(match field {
            FutureField::Title => "future-field-title",
            FutureField::CustomerAction => "future-field-customer-action",
            FutureField::BusinessResponse => "future-field-business-response",
            FutureField::Owner => "future-field-owner",
            FutureField::Emotion => "future-field-emotion",
            FutureField::Campaigns => "future-field-campaigns",
        })
    }

    /// An emotion score in words ("very unhappy").
    pub fn emotion(score: i8) -> String {
        tr!(match score {
            i8::MIN..=-2 => "emotion-very-unhappy",
            -1 => "emotion-unhappy",
            0 => "emotion-neutral",
            1 => "emotion-happy",
            _ => "emotion-delighted",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn the_locale_variables_choose_the_language_as_gettext_does() {
        assert_eq!(
            Language::from_vars(env(&[("LANG", "de_DE.UTF-8")])),
            Language::German
        );
        assert_eq!(
            Language::from_vars(env(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "pl_PL")])),
            Language::Polish
        );
        assert_eq!(
            Language::from_vars(env(&[("LC_ALL", "sv_SE.UTF-8"), ("LC_MESSAGES", "pl_PL")])),
            Language::Swedish
        );
        assert_eq!(
            Language::from_vars(env(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "fr:nn:de")])),
            Language::Norwegian
        );
        // LANGUAGE is ignored under the C locale, as gettext does.
        assert_eq!(
            Language::from_vars(env(&[("LANG", "C"), ("LANGUAGE", "de")])),
            Language::English
        );
        assert_eq!(
            Language::from_vars(env(&[("LANG", "fr_FR.UTF-8")])),
            Language::English
        );
        assert_eq!(Language::from_vars(env(&[])), Language::English);
        for tag in ["nb_NO.UTF-8", "no", "nn_NO", "nb-NO"] {
            assert_eq!(Language::from_tag(tag), Some(Language::Norwegian), "{tag}");
        }
    }

    #[test]
    fn each_thread_speaks_its_own_language() {
        set_language(Language::German);
        let other = std::thread::spawn(language).join().ok();
        assert_eq!(other, Some(Language::English));
        assert_eq!(language(), Language::German);
        set_language(Language::English);
    }
}
