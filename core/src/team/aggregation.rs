//! The team view: every statement's mean and range, litmus coverage and
//! the team Trust Index, from at least [`MIN_RESULTS`] results.

use super::MIN_RESULTS;
use crate::answers::{item_score, Answers};
use crate::instrument::Instrument;
use crate::percent::Percent;
use crate::score::{score, Verdict};

/// One item across the team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemStats {
    /// How many people answered it on the scale.
    pub answered: usize,
    /// The mean item score over those answers.
    pub mean_score: Option<Percent>,
    /// The lowest answer after reverse scoring (1-5).
    pub lowest: Option<u8>,
    /// The highest answer after reverse scoring (1-5).
    pub highest: Option<u8>,
    /// Someone agrees (4-5) while someone else disagrees (1-2).
    pub split: bool,
}

impl ItemStats {
    /// The mean answer (1-5) in tenths, rounded half up (3.3 is 33): the
    /// mean score is `(answer - 1) * 25`, so the answer is `1 + score / 25`.
    pub fn mean_answer_tenths(&self) -> Option<u32> {
        let (num, den) = self.mean_score?.parts();
        let (num, den) = (10 * num + 250 * den, 25 * den);
        u32::try_from((2 * num + den) / (2 * den)).ok()
    }
}

/// The team view: aggregates only, never anything per person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamReport {
    /// How many results.
    pub n: usize,
    /// Per item in instrument order.
    pub items: Vec<ItemStats>,
    /// The mean litmus coverage.
    pub coverage_mean: Option<Percent>,
    /// The lowest litmus coverage.
    pub coverage_lowest: Option<Percent>,
    /// How many passed the litmus test.
    pub passed: usize,
    /// The mean of the individual (unrounded) Trust Indexes.
    pub index_mean: Option<Percent>,
    /// The flat indexes of the split items, in instrument order.
    pub splits: Vec<usize>,
}

/// Combines results into the team view; `None` below [`MIN_RESULTS`].
/// The output never depends on the order of `results`.
pub fn aggregate(instrument: &Instrument, results: &[Answers]) -> Option<TeamReport> {
    if results.len() < MIN_RESULTS {
        return None;
    }
    let items: Vec<ItemStats> = instrument
        .items()
        .map(|(r, item)| {
            // The answer after reverse scoring, on the 1-5 scale.
            let answers: Vec<u8> = results
                .iter()
                .filter(|a| a.parts.get(r.part).copied().unwrap_or(false))
                .filter_map(|a| a.responses.get(r.flat)?.value())
                .map(|x| if item.reverse { 6 - x } else { x })
                .collect();
            ItemStats {
                answered: answers.len(),
                mean_score: Percent::mean_of(answers.iter().map(|&x| item_score(x, false))),
                lowest: answers.iter().copied().min(),
                highest: answers.iter().copied().max(),
                split: answers.iter().any(|&x| x >= 4) && answers.iter().any(|&x| x <= 2),
            }
        })
        .collect();
    let reports: Vec<_> = results.iter().map(|a| score(instrument, a)).collect();
    let coverages: Vec<Percent> = reports
        .iter()
        .filter_map(|r| r.litmus.as_ref().map(|l| l.coverage))
        .collect();
    let splits = (0..items.len()).filter(|&i| items[i].split).collect();
    Some(TeamReport {
        n: results.len(),
        coverage_mean: Percent::mean(coverages.iter().copied()),
        coverage_lowest: coverages.iter().copied().min(),
        passed: reports
            .iter()
            .filter(|r| {
                r.litmus
                    .as_ref()
                    .is_some_and(|l| l.verdict == Verdict::Pass)
            })
            .count(),
        index_mean: Percent::mean(reports.iter().filter_map(|r| r.index)),
        items,
        splits,
    })
}
