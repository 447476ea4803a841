//! Scoring: the rules of `INSTRUMENT.md`, as functions from answers to a
//! [`Report`].

use crate::answers::{item_score, Answers};
use crate::instrument::Instrument;
use crate::percent::Percent;

/// The litmus verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every colleague is known at five experiences.
    Pass,
    /// Coverage is at least 80 but not everyone is fully known.
    Close,
    /// Anything else.
    NotYet,
}

impl Verdict {
    /// The verdict's name as written in `INSTRUMENT.md`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Close => "close",
            Verdict::NotYet => "not yet",
        }
    }
}

/// The result of the five-experience litmus test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LitmusResult {
    /// Coverage L = 100 * sum(k) / (5 * n).
    pub coverage: Percent,
    /// The verdict.
    pub verdict: Verdict,
    /// How many colleagues are fully known (k = 5).
    pub fully_known: usize,
    /// How many colleagues are known at fewer than five experiences.
    pub below_five: usize,
    /// The indexes of the least known colleagues (lowest k), empty on a pass.
    pub least_known: Vec<usize>,
}

/// The result of one question part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartResult {
    /// Whether the part was switched on.
    pub enabled: bool,
    /// How many of its items were answered on the scale.
    pub answered: usize,
    /// How many items it has.
    pub total: usize,
    /// The mean score of its answered items; `None` when the part is off or
    /// fewer than half its items were answered.
    pub score: Option<Percent>,
}

/// A next step to show, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recommendation {
    /// The litmus step; `below_five` colleagues are known at fewer than five.
    Litmus {
        /// How many colleagues are below five experiences.
        below_five: usize,
    },
    /// The next step of the item at this flat index.
    Item(usize),
}

/// Everything shown on the results screen, computed from the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The litmus result, when the instrument has a litmus test and a team.
    pub litmus: Option<LitmusResult>,
    /// Per part, its result.
    pub parts: Vec<PartResult>,
    /// Per item in instrument order, its score when it counts: answered on
    /// the scale, in an enabled part that has a score.
    pub items: Vec<Option<u8>>,
    /// Q, the mean of all counted item scores.
    pub questions: Option<Percent>,
    /// Per theme of the instrument, the mean of its counted item scores.
    pub themes: Vec<Option<Percent>>,
    /// The Trust Index: the mean of L and Q, or whichever exists.
    pub index: Option<Percent>,
    /// The next steps, at most three, in display order.
    pub recommendations: Vec<Recommendation>,
}

impl Report {
    /// The Trust Index as displayed: rounded half up.
    pub fn index_shown(&self) -> Option<u8> {
        self.index.map(Percent::shown)
    }
}

/// The most next steps a report shows.
pub const MAX_RECOMMENDATIONS: usize = 3;

/// Item scores at or below this are candidates for a next step.
pub const RECOMMEND_AT_OR_BELOW: u8 = 50;

/// Scores the litmus counts `k` (each 0..=5; larger values count as 5).
/// Returns `None` for an empty team.
pub fn score_litmus(k: &[u8]) -> Option<LitmusResult> {
    let n = k.len() as u64;
    let sum: u64 = k.iter().map(|&x| u64::from(x.min(5))).sum();
    let coverage = Percent::new(100 * sum, 5 * n)?;
    let fully_known = k.iter().filter(|&&x| x >= 5).count();
    let below_five = k.len() - fully_known;
    let verdict = if below_five == 0 {
        Verdict::Pass
    } else if coverage >= Percent::whole(80) {
        Verdict::Close
    } else {
        Verdict::NotYet
    };
    let least_known = match k.iter().map(|&x| x.min(5)).min() {
        Some(low) if low < 5 => (0..k.len()).filter(|&i| k[i].min(5) == low).collect(),
        _ => Vec::new(),
    };
    Some(LitmusResult {
        coverage,
        verdict,
        fully_known,
        below_five,
        least_known,
    })
}

/// Scores a set of answers against an instrument, following `INSTRUMENT.md`.
///
/// Missing entries in `answers` (a shorter `parts` or `responses` list) count
/// as switched off and unanswered; this function never panics.
pub fn score(instrument: &Instrument, answers: &Answers) -> Report {
    let litmus = instrument
        .litmus
        .as_ref()
        .and_then(|_| score_litmus(&answers.litmus));

    let mut items = vec![None; instrument.item_count()];
    let mut parts = Vec::with_capacity(instrument.parts.len());
    for (p, part) in instrument.parts.iter().enumerate() {
        let enabled = answers.parts.get(p).copied().unwrap_or(false);
        let start = instrument.part_start(p);
        let scores: Vec<(usize, u8)> = part
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let value = answers.responses.get(start + i)?.value()?;
                Some((start + i, item_score(value, item.reverse)))
            })
            .collect();
        let total = part.items.len();
        let has_score = enabled && !scores.is_empty() && 2 * scores.len() >= total;
        let score = if has_score {
            for &(flat, s) in &scores {
                items[flat] = Some(s);
            }
            Percent::mean_of(scores.iter().map(|&(_, s)| s))
        } else {
            None
        };
        parts.push(PartResult {
            enabled,
            answered: scores.len(),
            total,
            score,
        });
    }

    let questions = Percent::mean_of(items.iter().flatten().copied());
    let themes = (0..instrument.themes.len())
        .map(|t| {
            Percent::mean_of(
                instrument
                    .items()
                    .filter(|(_, item)| usize::from(item.theme) == t)
                    .filter_map(|(r, _)| items[r.flat]),
            )
        })
        .collect();
    let coverage = litmus.as_ref().map(|l| l.coverage);
    let index = match (coverage, questions) {
        (Some(l), Some(q)) => Some(l.midpoint(q)),
        (l, q) => l.or(q),
    };
    let recommendations = recommend(litmus.as_ref(), &items);

    Report {
        litmus,
        parts,
        items,
        questions,
        themes,
        index,
        recommendations,
    }
}

/// Chooses the next steps: the litmus step first when the verdict is not a
/// pass, then the lowest counted items scoring at most 50, lowest first, ties
/// in instrument order, at most three in all.
pub fn recommend(litmus: Option<&LitmusResult>, items: &[Option<u8>]) -> Vec<Recommendation> {
    let mut out = Vec::with_capacity(MAX_RECOMMENDATIONS);
    if let Some(l) = litmus.filter(|l| l.verdict != Verdict::Pass) {
        out.push(Recommendation::Litmus {
            below_five: l.below_five,
        });
    }
    // Item scores are multiples of 25, so walking the possible scores upwards
    // and the items in instrument order gives "lowest first, ties in
    // instrument order" without a sort.
    for score in (0..=RECOMMEND_AT_OR_BELOW).step_by(25) {
        let tied = items.iter().enumerate().filter(|(_, s)| **s == Some(score));
        out.extend(tied.map(|(i, _)| Recommendation::Item(i)));
    }
    out.truncate(MAX_RECOMMENDATIONS);
    out
}
