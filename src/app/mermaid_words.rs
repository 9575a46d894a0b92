//! The window's words for what a Mermaid import refused or changed
//! (`interchange::mermaid::{MermaidProblem, MermaidWarning}`), in the window's language. The
//! line of a problem is in the `ImportError`'s place, worded with it; a warning carries its own.

use crate::app::i18n::{self, Arg};
use crate::interchange::mermaid::{MermaidProblem, MermaidWarning};

/// A message id and its arguments.
type Message = (&'static str, Vec<(&'static str, Arg<'static>)>);

fn problem_message(p: &MermaidProblem) -> Message {
    match p {
        MermaidProblem::NotAJourney { starts } => (
            "import-mermaid-not-a-journey",
            vec![("starts", Arg::from(starts.clone()))],
        ),
        MermaidProblem::Empty => ("import-mermaid-empty", vec![]),
        MermaidProblem::NotUtf8 => ("import-mermaid-not-utf8", vec![]),
        MermaidProblem::UnclosedFrontMatter => ("import-mermaid-unclosed-front-matter", vec![]),
        MermaidProblem::JourneyAgain => ("import-mermaid-journey-again", vec![]),
        MermaidProblem::UnclosedDescription => ("import-mermaid-unclosed-description", vec![]),
        MermaidProblem::TaskWithoutScore { task } => (
            "import-mermaid-task-without-score",
            vec![("task", Arg::from(task.clone()))],
        ),
        MermaidProblem::ScoreWithoutTask => ("import-mermaid-score-without-task", vec![]),
        MermaidProblem::Unexpected { found } => (
            "import-mermaid-unexpected",
            vec![("found", Arg::from(found.to_string()))],
        ),
    }
}

fn warning_message(w: &MermaidWarning) -> Message {
    let score = |id, line: &usize, task: &String, score: &String, used: Option<u8>| {
        let mut args = vec![
            ("line", Arg::from(*line)),
            ("task", Arg::from(task.clone())),
            ("score", Arg::from(score.clone())),
        ];
        if let Some(used) = used {
            args.push(("used", Arg::from(used)));
        }
        (id, args)
    };
    match w {
        MermaidWarning::ScoreNotANumber {
            line,
            task,
            score: s,
        } => score("import-mermaid-score-not-a-number", line, task, s, None),
        MermaidWarning::ScoreOutOfRange {
            line,
            task,
            score: s,
            used,
        } => score(
            "import-mermaid-score-out-of-range",
            line,
            task,
            s,
            Some(*used),
        ),
        MermaidWarning::ScoreRounded {
            line,
            task,
            score: s,
            used,
        } => score("import-mermaid-score-rounded", line, task, s, Some(*used)),
        MermaidWarning::IgnoredText { line, task, text } => (
            "import-mermaid-ignored-text",
            vec![
                ("line", Arg::from(*line)),
                ("task", Arg::from(task.clone())),
                ("text", Arg::from(text.clone())),
            ],
        ),
        MermaidWarning::Unclosed { line, opener } => (
            "import-mermaid-unclosed",
            vec![
                ("line", Arg::from(*line)),
                ("opener", Arg::from(opener.clone())),
            ],
        ),
        MermaidWarning::MoreWarnings { count } => (
            "import-mermaid-more-warnings",
            vec![("count", Arg::from(*count))],
        ),
    }
}

/// What is wrong with a Mermaid diagram, in the window's language.
pub(crate) fn problem(p: &MermaidProblem) -> String {
    let (id, args) = problem_message(p);
    i18n::text(id, &args)
}

/// What a Mermaid import changed, in the window's language.
pub(crate) fn warning(w: &MermaidWarning) -> String {
    let (id, args) = warning_message(w);
    i18n::text(id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::Language;

    fn samples() -> Vec<Message> {
        let problems = [
            MermaidProblem::NotAJourney {
                starts: "flowchart".into(),
            },
            MermaidProblem::Empty,
            MermaidProblem::NotUtf8,
            MermaidProblem::UnclosedFrontMatter,
            MermaidProblem::JourneyAgain,
            MermaidProblem::UnclosedDescription,
            MermaidProblem::TaskWithoutScore {
                task: "Make tea".into(),
            },
            MermaidProblem::ScoreWithoutTask,
            MermaidProblem::Unexpected { found: ';' },
        ];
        let task = || "Make tea".to_owned();
        let warnings = [
            MermaidWarning::ScoreNotANumber {
                line: 3,
                task: task(),
                score: "five".into(),
            },
            MermaidWarning::ScoreOutOfRange {
                line: 4,
                task: task(),
                score: "0".into(),
                used: 1,
            },
            MermaidWarning::ScoreRounded {
                line: 5,
                task: task(),
                score: "3.5".into(),
                used: 4,
            },
            MermaidWarning::IgnoredText {
                line: 6,
                task: task(),
                text: "extra".into(),
            },
            MermaidWarning::Unclosed {
                line: 7,
                opener: "%%{".into(),
            },
            MermaidWarning::MoreWarnings { count: 1 },
            MermaidWarning::MoreWarnings { count: 3 },
            MermaidWarning::MoreWarnings { count: 25 },
        ];
        problems
            .iter()
            .map(problem_message)
            .chain(warnings.iter().map(warning_message))
            .collect()
    }

    #[test]
    fn every_problem_and_warning_words_in_every_language() {
        let english: Vec<String> = samples()
            .iter()
            .map(|(id, args)| i18n::check_message(Language::English, id, args).unwrap_or_default())
            .collect();
        for language in Language::ALL {
            for ((id, args), en) in samples().iter().zip(&english) {
                let text = i18n::check_message(language, id, args)
                    .unwrap_or_else(|e| panic!("{language:?} {id}: {e}"));
                assert!(
                    !text.contains('$') && !text.contains("import-mermaid"),
                    "{language:?} {id}: {text}"
                );
                if language != Language::English {
                    assert_ne!(&text, en, "{language:?} {id} is still English");
                }
                for (name, arg) in args {
                    if let Arg::String(s) = arg {
                        assert!(text.contains(s.as_ref()), "{language:?} {id} lacks ${name}");
                    }
                }
            }
        }
    }

    #[test]
    fn words_follow_the_window_language() {
        i18n::set_language(Language::German);
        let german = warning(&MermaidWarning::ScoreRounded {
            line: 5,
            task: "Tee".into(),
            score: "3.5".into(),
            used: 4,
        });
        i18n::set_language(Language::English);
        assert!(german.starts_with("Zeile 5: "), "{german}");
        assert!(german.contains("„Tee“"), "{german}");
    }
}
