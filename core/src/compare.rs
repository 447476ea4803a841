//! Comparing results over time, by `INSTRUMENT.md`'s rules: a leader's
//! result with an earlier one of theirs (a retest), and a team view with an
//! earlier team's (the quarterly review). Every change is the difference of
//! the two numbers a user sees, `shown(now) - shown(then)`, so it always
//! matches them; a number that exists on one side only has no change.

use crate::answers::Answers;
use crate::instrument::Instrument;
use crate::percent::Percent;
use crate::score::score;
use crate::team::TeamReport;

/// The most gains, and the most drops, a comparison lists.
pub const MAX_MOVES: usize = 3;

/// One number then and now, as displayed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// The earlier result's number, if it has one.
    pub then: Option<u8>,
    /// The later result's number, if it has one.
    pub now: Option<u8>,
}

impl Change {
    fn of(then: Option<Percent>, now: Option<Percent>) -> Change {
        Change {
            then: then.map(Percent::shown),
            now: now.map(Percent::shown),
        }
    }

    /// `now - then`, when both exist.
    pub fn delta(&self) -> Option<i16> {
        Some(i16::from(self.now?) - i16::from(self.then?))
    }
}

/// Why two results cannot be compared: compare nothing and say which
/// differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotComparable {
    /// They are results of different questionnaires.
    OtherInstrument {
        /// The earlier result's instrument.
        then: String,
        /// The later result's instrument.
        now: String,
    },
    /// They are results of different versions of the same questionnaire.
    OtherVersion {
        /// The earlier result's version.
        then: u8,
        /// The later result's version.
        now: u8,
    },
}

impl std::fmt::Display for NotComparable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotComparable::OtherInstrument { then, now } => write!(
                f,
                "these results come from different questionnaires ({then} and {now}), so nothing is compared"
            ),
            NotComparable::OtherVersion { then, now } => write!(
                f,
                "these results come from different versions of the questionnaire ({then} and {now}), so nothing is compared"
            ),
        }
    }
}

/// A leader's result compared with an earlier one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The Trust Index.
    pub index: Change,
    /// The band of the Trust Index then and now (indexes into the
    /// instrument's bands), when it differs.
    pub band_change: Option<(usize, usize)>,
    /// Litmus coverage.
    pub coverage: Change,
    /// The question score Q.
    pub questions: Change,
    /// Per theme of the instrument.
    pub themes: Vec<Change>,
    /// Per item in instrument order.
    pub items: Vec<Change>,
    /// The flat indexes of the largest gains: largest first, ties in
    /// instrument order, at most [`MAX_MOVES`].
    pub gains: Vec<usize>,
    /// The flat indexes of the largest drops: most negative first, ties in
    /// instrument order, at most [`MAX_MOVES`].
    pub drops: Vec<usize>,
    /// How many colleagues each result counts, then and now.
    pub colleagues: (usize, usize),
    /// Whether the enabled parts differ (a note, not a refusal).
    pub parts_differ: bool,
}

/// Whether results of `then` and `now` may be compared at all.
pub fn comparable(then: &Instrument, now: &Instrument) -> Result<(), NotComparable> {
    if then.id != now.id {
        return Err(NotComparable::OtherInstrument {
            then: then.id.to_string(),
            now: now.id.to_string(),
        });
    }
    if then.version != now.version {
        return Err(NotComparable::OtherVersion {
            then: then.version,
            now: now.version,
        });
    }
    Ok(())
}

/// The flat indexes of the items that moved in `direction` (1 up, -1
/// down), largest move first, ties in instrument order, at most
/// [`MAX_MOVES`].
fn largest(items: &[Change], direction: i16) -> Vec<usize> {
    let mut moved: Vec<(usize, i16)> = items
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((i, c.delta()? * direction)))
        .filter(|&(_, d)| d > 0)
        .collect();
    // A stable sort keeps instrument order among ties.
    moved.sort_by_key(|&(_, d)| std::cmp::Reverse(d));
    moved.into_iter().take(MAX_MOVES).map(|(i, _)| i).collect()
}

/// Compares a leader's result `now` with their earlier result `then`, each
/// with the instrument that made it.
pub fn compare(
    then: (&Instrument, &Answers),
    now: (&Instrument, &Answers),
) -> Result<Comparison, NotComparable> {
    comparable(then.0, now.0)?;
    let instrument = now.0;
    let (a, b) = (score(then.0, then.1), score(now.0, now.1));
    let items: Vec<Change> = a
        .items
        .iter()
        .zip(&b.items)
        .map(|(t, n)| Change { then: *t, now: *n })
        .collect();
    let index = Change::of(a.index, b.index);
    let band = |shown: Option<u8>| {
        let band = instrument.band_for(shown?)?;
        instrument.bands.iter().position(|b| b == band)
    };
    let band_change = match (band(index.then), band(index.now)) {
        (Some(t), Some(n)) if t != n => Some((t, n)),
        _ => None,
    };
    Ok(Comparison {
        index,
        band_change,
        coverage: Change::of(
            a.litmus.as_ref().map(|l| l.coverage),
            b.litmus.as_ref().map(|l| l.coverage),
        ),
        questions: Change::of(a.questions, b.questions),
        themes: a
            .themes
            .iter()
            .zip(&b.themes)
            .map(|(t, n)| Change::of(*t, *n))
            .collect(),
        gains: largest(&items, 1),
        drops: largest(&items, -1),
        items,
        colleagues: (then.1.litmus.len(), now.1.litmus.len()),
        parts_differ: then.1.parts != now.1.parts,
    })
}

/// A team view compared with an earlier team's (the quarterly review).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamChange {
    /// The team Trust Index.
    pub index: Change,
    /// Per item in instrument order: its mean item score.
    pub items: Vec<Change>,
    /// The flat indexes of statements split now but not then.
    pub new_splits: Vec<usize>,
    /// The flat indexes of statements split then but not now.
    pub resolved_splits: Vec<usize>,
    /// How many results each side combines, then and now.
    pub results: (usize, usize),
}

/// Compares the team view `now` with the earlier `then`, both of the same
/// instrument and version (see [`comparable`]).
pub fn team_change(then: &TeamReport, now: &TeamReport) -> TeamChange {
    let split = |r: &TeamReport, i: usize| r.splits.contains(&i);
    let count = then.items.len().min(now.items.len());
    TeamChange {
        index: Change::of(then.index_mean, now.index_mean),
        items: then
            .items
            .iter()
            .zip(&now.items)
            .map(|(t, n)| Change::of(t.mean_score, n.mean_score))
            .collect(),
        new_splits: (0..count)
            .filter(|&i| split(now, i) && !split(then, i))
            .collect(),
        resolved_splits: (0..count)
            .filter(|&i| split(then, i) && !split(now, i))
            .collect(),
        results: (then.n, now.n),
    }
}
