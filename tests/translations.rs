//! Every language has exactly the English messages, and every message formats.
//!
//! A missing id would show English in the middle of a German menu; an extra one is a leftover
//! nobody reads; a misspelt `$variable` or a broken plural only shows when that message is
//! formatted, so every message is formatted here with the English message's arguments, at
//! counts that reach every Polish plural form.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use trailmap::app::i18n::{Arg, Language, check_message};

/// Message id -> the variables it uses, for one language's files.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/locales")
        .join(language.tag());
    let mut out = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ftl file in {}", dir.display());
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                let id = m.id.name.to_owned();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{}: {id} is there twice",
                    path.display()
                );
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_exactly_the_english_messages() {
    let english = messages(Language::English);
    assert!(
        english.len() > 100,
        "only {} English messages",
        english.len()
    );
    let mut report = String::new();
    for language in Language::ALL {
        let theirs = messages(language);
        for id in english.keys().filter(|id| !theirs.contains_key(*id)) {
            report.push_str(&format!("{}: missing {id}\n", language.tag()));
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            report.push_str(&format!("{}: extra {id}\n", language.tag()));
        }
        for (id, vars) in &theirs {
            if let Some(en) = english.get(id) {
                for v in vars.difference(en) {
                    report.push_str(&format!(
                        "{}: {id} uses ${v}, which English does not pass\n",
                        language.tag()
                    ));
                }
            }
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn every_message_formats_in_every_language_at_every_plural_form() {
    let english = messages(Language::English);
    let mut report = String::new();
    for language in Language::ALL {
        for (id, vars) in &english {
            for n in [0_i64, 1, 2, 5, 12, 22, 101] {
                let args: Vec<(&'static str, Arg<'_>)> = vars
                    .iter()
                    .map(|v| (&*v.clone().leak(), Arg::from(n)))
                    .collect();
                match check_message(language, id, &args) {
                    Ok(text) if text.trim().is_empty() => {
                        report.push_str(&format!("{}: {id} is empty\n", language.tag()));
                    }
                    Ok(_) => {}
                    Err(e) => report.push_str(&format!("{}: {id}: {e}\n", language.tag())),
                }
                if vars.is_empty() {
                    break;
                }
            }
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn polish_counts_take_their_three_plural_forms() {
    let count = |n: i64| {
        check_message(
            Language::Polish,
            "status-copied",
            &[("count", Arg::from(n))],
        )
    };
    let forms: Vec<String> = [1, 2, 5, 22, 25]
        .into_iter()
        .filter_map(|n| count(n).ok())
        .collect();
    assert_eq!(forms.len(), 5);
    // one, few, many, few, many: three different words for "card".
    assert_ne!(forms[0], forms[1].replace('2', "1"));
    assert_ne!(forms[1].replace('2', "5"), forms[2]);
    assert_eq!(forms[1].replace('2', "22"), forms[3]);
    assert_eq!(forms[2].replace('5', "25"), forms[4]);
}

/// Two menus or submenus with one name (German "Zeilen" for both the lanes and View › Rows)
/// cannot be told apart by a user, a screen reader or a test: every `menu-*` title is its
/// own in every language.
#[test]
fn no_two_menu_titles_read_the_same_in_any_language() {
    let english = messages(Language::English);
    let mut report = String::new();
    for language in Language::ALL {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for id in english.keys().filter(|id| id.starts_with("menu-")) {
            let text = check_message(language, id, &[]).unwrap_or_default();
            if let Some(other) = seen.insert(text.clone(), id) {
                report.push_str(&format!(
                    "{}: {other} and {id} both read {text:?}\n",
                    language.tag()
                ));
            }
        }
    }
    assert!(report.is_empty(), "{report}");
}
