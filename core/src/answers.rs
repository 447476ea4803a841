//! What a respondent answered: the input of scoring.

/// The answer to one agreement item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Response {
    /// Not answered yet; left out of every mean.
    #[default]
    Unanswered,
    /// "Prefer not to answer"; left out of every mean.
    PreferNot,
    /// A point on the five-point agreement scale, 1..=5.
    Agree(u8),
}

impl Response {
    /// The scale value, if the item was answered with one in 1..=5.
    pub fn value(self) -> Option<u8> {
        match self {
            Response::Agree(x) if (1..=5).contains(&x) => Some(x),
            _ => None,
        }
    }

    /// Whether the respondent gave any answer, "prefer not" included.
    pub fn is_given(self) -> bool {
        self != Response::Unanswered
    }
}

/// The score of an item answered `x` on the 1..=5 scale: `(x - 1) * 25`, or
/// `(5 - x) * 25` for a reverse-scored item. Values outside 1..=5 are clamped.
pub fn item_score(x: u8, reverse: bool) -> u8 {
    let x = x.clamp(1, 5);
    if reverse {
        (5 - x) * 25
    } else {
        (x - 1) * 25
    }
}

/// Everything scoring needs: which parts are on, the litmus counts and the
/// item responses. Private labels and keywords are not part of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Per part of the instrument, whether it is enabled.
    pub parts: Vec<bool>,
    /// Per colleague, how many of five formative experiences the respondent
    /// could describe (0..=5). Empty when the instrument has no litmus test.
    pub litmus: Vec<u8>,
    /// Per item in instrument order, the response.
    pub responses: Vec<Response>,
    /// The respondent's role (an index into the instrument's roles), for
    /// instruments that have roles.
    pub role: Option<u8>,
}
