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

/// The words of the texts a workshop writes for the team (the team view as
/// text, the team record's Markdown, its commitments as calendar events) in
/// one language: templates whose `{name}` placeholders are filled (see
/// [`crate::lang::fill`]). [`TeamWords::ENGLISH`] is English; a page in
/// another language fills one from its language file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamWords<'a> {
    /// `**{title}**: team view of {n} results (Litmus)`.
    pub heading: &'a str,
    /// `- Team Trust Index: **{n}/100** ({band})`.
    pub index: &'a str,
    /// `- Litmus coverage: mean {mean}, lowest {lowest}, {passed} of {n} passed`.
    pub coverage: &'a str,
    /// A percentage: `{n}%`.
    pub percent: &'a str,
    /// When no statement splits the team.
    pub no_splits: &'a str,
    /// Before the splits.
    pub splits: &'a str,
    /// `- {id} {text} (mean {mean}, answers from {lowest} to {highest}): {next_step}`.
    pub split: &'a str,
    /// `Team view: {link}`.
    pub team_view: &'a str,
    /// The record's heading with no date (after `# `).
    pub commitments: &'a str,
    /// `Our commitments ({date})` (after `# `).
    pub commitments_dated: &'a str,
    /// `- **{what}**{who}: by {due}{answers}` (`{who}` is ` (CEO)` or
    /// nothing, `{answers}` is [`TeamWords::answers`] or nothing).
    pub commitment: &'a str,
    /// `; answers “{title}”`.
    pub answers: &'a str,
    /// The heading of last quarter's commitments as reviewed (after `## `).
    pub reviewed: &'a str,
    /// How a commitment went: done, partly, not done, dropped.
    pub statuses: [&'a str; 4],
    /// A calendar event's title: `Commitment due: {what}`.
    pub event: &'a str,
    /// A calendar event's description with no workshop date.
    pub event_about: &'a str,
    /// `A leadership team commitment from the Litmus workshop of {date}.`
    pub event_about_dated: &'a str,
    /// ` Owner: {who}.`
    pub owner: &'a str,
    /// ` It answers “{title}”.`
    pub event_answers: &'a str,
    /// A date: its pattern, the months (`|`-separated) and the first of a
    /// month (see [`crate::lang::date`]).
    pub date: [&'a str; 3],
}

impl TeamWords<'static> {
    /// The team's texts in English.
    pub const ENGLISH: TeamWords<'static> = TeamWords {
        heading: "**{title}**: team view of {n} results (Litmus)",
        index: "- Team Trust Index: **{n}/100** ({band})",
        coverage: "- Litmus coverage: mean {mean}, lowest {lowest}, {passed} of {n} passed",
        percent: "{n}%",
        no_splits: "No item splits the team.",
        splits: "Where the team disagrees (talk about these first):",
        split: "- {id} {text} (mean {mean}, answers from {lowest} to {highest}): {next_step}",
        team_view: "Team view: {link}",
        commitments: "Our commitments",
        commitments_dated: "Our commitments ({date})",
        commitment: "- **{what}**{who}: by {due}{answers}",
        answers: "; answers \u{201c}{title}\u{201d}",
        reviewed: "Last quarter's, reviewed",
        statuses: ["done", "partly", "not done", "dropped"],
        event: "Commitment due: {what}",
        event_about: "A leadership team commitment from the Litmus workshop.",
        event_about_dated: "A leadership team commitment from the Litmus workshop of {date}.",
        owner: " Owner: {who}.",
        event_answers: " It answers \u{201c}{title}\u{201d}.",
        date: [
            "{day} {month} {year}",
            "January|February|March|April|May|June|July|August|September|October|November|December",
            "1",
        ],
    };
}

impl TeamWords<'_> {
    /// `day` as these words write a date.
    pub fn day(&self, day: crate::date::Date) -> String {
        crate::lang::date(day, self.date[0], self.date[1], self.date[2])
    }
}

/// A plain-text (Markdown) summary of a team view in `words`' language: the
/// team Trust Index, litmus coverage across the team, and the split items
/// first with their next steps. Aggregates only.
pub fn team_summary_text(
    instrument: &Instrument,
    team: &crate::team::TeamReport,
    link: Option<&str>,
    words: &TeamWords,
) -> String {
    use crate::lang::fill;
    let n = team.n.to_string();
    let mut out = fill(words.heading, &[("title", &instrument.title), ("n", &n)]);
    out.push_str("\n\n");
    if let Some(index) = team.index_mean {
        let shown = index.shown().to_string();
        let band = instrument.band_for(index.shown()).map_or("", |b| &*b.title);
        out.push_str(&fill(words.index, &[("n", &shown), ("band", band)]));
        out.push('\n');
    }
    if let (Some(mean), Some(lowest)) = (team.coverage_mean, team.coverage_lowest) {
        let percent =
            |p: crate::percent::Percent| fill(words.percent, &[("n", &p.shown().to_string())]);
        out.push_str(&fill(
            words.coverage,
            &[
                ("mean", &percent(mean)),
                ("lowest", &percent(lowest)),
                ("passed", &team.passed.to_string()),
                ("n", &n),
            ],
        ));
        out.push('\n');
    }
    out.push('\n');
    if team.splits.is_empty() {
        out.push_str(words.no_splits);
        out.push('\n');
    } else {
        out.push_str(words.splits);
        out.push('\n');
        for &i in &team.splits {
            if let (Some((_, item)), Some(s)) = (instrument.item(i), team.items.get(i)) {
                out.push_str(&fill(
                    words.split,
                    &[
                        ("id", &item.id),
                        ("text", &item.text),
                        ("mean", &s.mean_score.map_or(0, |m| m.shown()).to_string()),
                        ("lowest", &s.lowest.unwrap_or(0).to_string()),
                        ("highest", &s.highest.unwrap_or(0).to_string()),
                        ("next_step", &item.next_step),
                    ],
                ));
                out.push('\n');
            }
        }
    }
    if let Some(link) = link {
        out.push('\n');
        out.push_str(&fill(words.team_view, &[("link", link)]));
        out.push('\n');
    }
    out
}
