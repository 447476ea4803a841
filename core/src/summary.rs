//! A result as text a person reads: the Markdown summary for chat or email,
//! and the downloadable JSON file (which carries the share code, so the app
//! can load it back without a JSON parser).

use crate::instrument::{fill, find, Instrument};
use crate::score::{Recommendation, Report, Verdict};

/// The `format` field of a result file.
pub const FILE_FORMAT: &str = "litmus-result";

fn colleague(labels: Option<&[String]>, i: usize, unlabelled: &str) -> String {
    match labels.and_then(|l| l.get(i)).filter(|l| !l.is_empty()) {
        Some(label) => label.clone(),
        None => crate::lang::fill(unlabelled, &[("n", &(i + 1).to_string())]),
    }
}

/// One next step as a user reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// `litmus`, or the statement's id: a stable key, never shown.
    pub id: String,
    /// What it answers, in words: the litmus step's title, or the
    /// statement's short title with its score, e.g. "Commitments kept (25/100)".
    pub heading: String,
    /// What to do (the litmus step with its count filled in).
    pub text: String,
}

/// Each next step, in order.
pub fn next_steps(instrument: &Instrument, report: &Report) -> Vec<NextStep> {
    report
        .recommendations
        .iter()
        .filter_map(|&r| match r {
            Recommendation::Litmus { below_five } => {
                let l = instrument.litmus.as_ref()?;
                Some(NextStep {
                    id: "litmus".to_string(),
                    heading: l.title.to_string(),
                    text: fill(&l.next_step, "{n}", &below_five.to_string()),
                })
            }
            Recommendation::Item(i) => {
                let (_, item) = instrument.item(i)?;
                let score = report.items.get(i).copied().flatten().unwrap_or(0);
                Some(NextStep {
                    id: item.id.to_string(),
                    heading: format!("{} ({score}/100)", item.title),
                    text: item.next_step.to_string(),
                })
            }
        })
        .collect()
}

/// The words of a text summary, as templates in one language (see
/// [`SummaryWords::ENGLISH`]): `{name}` placeholders are filled, and
/// `litmus` is a plural message (its forms by [`crate::lang::pick`]) on the
/// number of colleagues.
#[derive(Clone, Copy, Debug)]
pub struct SummaryWords<'a> {
    /// The language, for plural forms.
    pub language: crate::lang::Language,
    /// `- {index}: **{n}/100** ({band})`.
    pub index: &'a str,
    /// `- Five-experience litmus test: {verdict}, coverage {coverage}, {known} of {total} colleagues fully known`.
    pub litmus: &'a str,
    /// The verdicts: pass, close, not yet.
    pub verdicts: [&'a str; 3],
    /// A percentage: `{n}%`.
    pub percent: &'a str,
    /// `- Least known: {names}`.
    pub least_known: &'a str,
    /// A colleague with no label: `Colleague {n}`.
    pub colleague: &'a str,
    /// A theme with no score.
    pub no_score: &'a str,
    /// `Next steps:`.
    pub next_steps: &'a str,
    /// `Full result: {link}`.
    pub full_result: &'a str,
}

impl SummaryWords<'static> {
    /// The summary in English.
    pub const ENGLISH: SummaryWords<'static> = SummaryWords {
        language: crate::lang::Language::En,
        index: "- {index}: **{n}/100** ({band})",
        litmus: "- Five-experience litmus test: {verdict}, coverage {coverage}, {known} of {total} colleague fully known\u{1f}- Five-experience litmus test: {verdict}, coverage {coverage}, {known} of {total} colleagues fully known",
        verdicts: ["pass", "close", "not yet"],
        percent: "{n}%",
        least_known: "- Least known: {names}",
        colleague: "Colleague {n}",
        no_score: "no score",
        next_steps: "Next steps:",
        full_result: "Full result: {link}",
    };
}

/// A plain-text (Markdown) summary in `words`' language: index and band,
/// litmus verdict, theme scores and next steps. Colleague labels appear
/// only when given.
pub fn summary_text(
    instrument: &Instrument,
    report: &Report,
    labels: Option<&[String]>,
    link: Option<&str>,
    words: &SummaryWords<'_>,
) -> String {
    use crate::lang::{fill, pick};
    let line = |template: &str, args: &[(&str, &str)]| fill(template, args) + "\n";
    let mut out = format!("**{}** (Litmus)\n\n", instrument.title);
    if let Some(shown) = report.index_shown() {
        let band = instrument.band_for(shown).map_or("", |b| &*b.title);
        out += &line(
            words.index,
            &[
                ("index", &instrument.index_name),
                ("n", &shown.to_string()),
                ("band", band),
            ],
        );
    }
    if let Some(l) = &report.litmus {
        let total = l.fully_known + l.below_five;
        let verdict = match l.verdict {
            Verdict::Pass => words.verdicts[0],
            Verdict::Close => words.verdicts[1],
            Verdict::NotYet => words.verdicts[2],
        };
        out += &line(
            pick(words.litmus, words.language, total as u64),
            &[
                ("verdict", verdict),
                (
                    "coverage",
                    &fill(words.percent, &[("n", &l.coverage.shown().to_string())]),
                ),
                ("known", &l.fully_known.to_string()),
                ("total", &total.to_string()),
            ],
        );
        if !l.least_known.is_empty() {
            let names: Vec<String> = l
                .least_known
                .iter()
                .map(|&i| colleague(labels, i, words.colleague))
                .collect();
            out += &line(words.least_known, &[("names", &names.join(", "))]);
        }
    }
    for (theme, score) in instrument.themes.iter().zip(&report.themes) {
        let value = score.map_or_else(|| words.no_score.to_string(), |p| p.shown().to_string());
        out.push_str(&format!("- {}: {value}\n", theme.title));
    }
    let steps = next_steps(instrument, report);
    if !steps.is_empty() {
        out.push('\n');
        out += words.next_steps;
        out.push('\n');
        for (i, step) in steps.iter().enumerate() {
            out.push_str(&format!("{}. **{}.** {}\n", i + 1, step.heading, step.text));
        }
    }
    if let Some(link) = link {
        out.push('\n');
        out += &line(words.full_result, &[("link", link)]);
    }
    out
}

/// `text` as a JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The downloadable result file: the share `code` (which is what loading it
/// back reads) plus the computed numbers for people and other tools.
pub fn result_json(instrument: &Instrument, report: &Report, code: &str) -> String {
    let num = |p: Option<crate::percent::Percent>| {
        p.map_or("null".to_string(), |p| p.shown().to_string())
    };
    let mut out = format!(
        "{{\n  \"format\": {},\n  \"version\": 1,\n  \"instrument\": {},\n  \"instrument_version\": {},\n  \"code\": {},\n",
        json_string(FILE_FORMAT),
        json_string(&instrument.id),
        instrument.version,
        json_string(code)
    );
    let shown = report.index_shown();
    let band = shown
        .and_then(|s| instrument.band_for(s))
        .map(|b| json_string(&b.id));
    out.push_str(&format!(
        "  \"trust_index\": {},\n  \"band\": {},\n",
        shown.map_or("null".to_string(), |s| s.to_string()),
        band.unwrap_or_else(|| "null".to_string())
    ));
    if let Some(l) = &report.litmus {
        out.push_str(&format!(
            "  \"litmus\": {{ \"verdict\": {}, \"coverage\": {}, \"fully_known\": {}, \"colleagues\": {} }},\n",
            json_string(l.verdict.as_str()),
            l.coverage.shown(),
            l.fully_known,
            l.fully_known + l.below_five
        ));
    }
    let themes: Vec<String> = instrument
        .themes
        .iter()
        .zip(&report.themes)
        .map(|(t, s)| format!("{}: {}", json_string(&t.id), num(*s)))
        .collect();
    out.push_str(&format!("  \"themes\": {{ {} }},\n", themes.join(", ")));
    let items: Vec<String> = instrument
        .items()
        .map(|(r, item)| {
            let s = report.items.get(r.flat).copied().flatten();
            format!(
                "{}: {}",
                json_string(&item.id),
                s.map_or("null".to_string(), |s| s.to_string())
            )
        })
        .collect();
    out.push_str(&format!("  \"items\": {{ {} }},\n", items.join(", ")));
    let steps: Vec<String> = next_steps(instrument, report)
        .iter()
        .map(|step| {
            format!(
                "{{ \"id\": {}, \"heading\": {}, \"text\": {} }}",
                json_string(&step.id),
                json_string(&step.heading),
                json_string(&step.text)
            )
        })
        .collect();
    out.push_str(&format!("  \"next_steps\": [{}]\n}}\n", steps.join(", ")));
    out
}

/// The share code inside a result file, if the text is one. Only the `code`
/// field is read; the numbers are always recomputed from it.
pub fn code_from_file(text: &str) -> Option<&str> {
    find(text, &format!("\"format\": {}", json_string(FILE_FORMAT)))?;
    let start = find(text, "\"code\": \"")? + "\"code\": \"".len();
    let len = text[start..].find('"')?;
    Some(&text[start..start + len])
}

/// A plain-text (Markdown) summary of a team view: the team Trust Index,
/// litmus coverage across the team, and the split items first with their
/// next steps. Aggregates only.
pub fn team_summary_text(
    instrument: &Instrument,
    team: &crate::team::TeamReport,
    link: Option<&str>,
) -> String {
    let mut out = format!(
        "**{}**: team view of {} results (Litmus)\n\n",
        instrument.title, team.n
    );
    if let Some(index) = team.index_mean {
        let shown = index.shown();
        let band = instrument.band_for(shown).map_or("", |b| &*b.title);
        out.push_str(&format!("- Team Trust Index: **{shown}/100** ({band})\n"));
    }
    if let (Some(mean), Some(lowest)) = (team.coverage_mean, team.coverage_lowest) {
        out.push_str(&format!(
            "- Litmus coverage: mean {}%, lowest {}%, {} of {} passed\n",
            mean.shown(),
            lowest.shown(),
            team.passed,
            team.n
        ));
    }
    if team.splits.is_empty() {
        out.push_str("\nNo item splits the team.\n");
    } else {
        out.push_str("\nWhere the team disagrees (talk about these first):\n");
        for &i in &team.splits {
            if let (Some((_, item)), Some(s)) = (instrument.item(i), team.items.get(i)) {
                out.push_str(&format!(
                    "- {} {} (mean {}, answers from {} to {}): {}\n",
                    item.id,
                    item.text,
                    s.mean_score.map_or(0, |m| m.shown()),
                    s.lowest.unwrap_or(0),
                    s.highest.unwrap_or(0),
                    item.next_step
                ));
            }
        }
    }
    if let Some(link) = link {
        out.push_str(&format!("\nTeam view: {link}\n"));
    }
    out
}
