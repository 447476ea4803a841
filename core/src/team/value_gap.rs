//! The value question's perception gaps: a manager's answers against the
//! mean of at least [`MIN_RESULTS`] team members' answers.

use super::MIN_RESULTS;
use crate::answers::Answers;
use crate::instrument::Instrument;

/// The perception gap on one item of a role-based instrument: the manager's
/// answer minus the mean of the team members' answers, in scale points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValueGap {
    /// The manager's answer, 1-5.
    pub manager: u8,
    /// The sum of the members' answers.
    pub members_sum: u32,
    /// How many members answered.
    pub members: u32,
}

impl ValueGap {
    /// The members' mean answer, as a float (for tests and comparisons).
    pub fn team_mean(&self) -> f64 {
        f64::from(self.members_sum) / f64::from(self.members)
    }

    /// The gap, as a float (for tests and comparisons).
    pub fn gap(&self) -> f64 {
        f64::from(self.manager) - self.team_mean()
    }

    /// The gap in tenths of a scale point, rounded half away from zero, for
    /// display without float formatting (+1.7 is 17).
    pub fn gap_tenths(&self) -> i32 {
        let num =
            10 * (i64::from(self.manager) * i64::from(self.members) - i64::from(self.members_sum));
        let den = i64::from(self.members.max(1));
        let rounded = (2 * num.abs() + den) / (2 * den);
        // |gap| <= 4 points, so at most 40 tenths.
        (if num < 0 { -rounded } else { rounded }) as i32
    }

    /// The members' mean in tenths, rounded half up (3.3 is 33).
    pub fn team_mean_tenths(&self) -> u32 {
        let den = self.members.max(1);
        (20 * self.members_sum + den) / (2 * den)
    }

    /// Whether the gap reaches one scale point either way.
    pub fn flagged(&self) -> bool {
        let diff = i64::from(self.manager) * i64::from(self.members) - i64::from(self.members_sum);
        diff.abs() >= i64::from(self.members)
    }
}

/// Per item, the gap between a manager's answers and at least
/// [`MIN_RESULTS`] team members' answers; `None` with fewer members. An item
/// the manager or every member left unanswered has no gap.
pub fn value_gaps(
    instrument: &Instrument,
    manager: &Answers,
    members: &[Answers],
) -> Option<Vec<Option<ValueGap>>> {
    if members.len() < MIN_RESULTS {
        return None;
    }
    Some(
        instrument
            .items()
            .map(|(r, _)| {
                let mine = manager.responses.get(r.flat)?.value()?;
                let theirs: Vec<u8> = members
                    .iter()
                    .filter_map(|m| m.responses.get(r.flat)?.value())
                    .collect();
                if theirs.is_empty() {
                    return None;
                }
                Some(ValueGap {
                    manager: mine,
                    members_sum: theirs.iter().map(|&x| u32::from(x)).sum(),
                    // At most the number of members.
                    members: theirs.len() as u32,
                })
            })
            .collect(),
    )
}
