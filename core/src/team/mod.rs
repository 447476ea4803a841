//! The workshop: combining several people's share codes into a team view,
//! with no server. One module per concern:
//!
//! - [`extract`]: finding codes in pasted text. Lenient (codes inside links,
//!   chat text, `<...>`, with tracking parameters, with `#` re-encoded as
//!   `%23` or `%2523`).
//! - [`combination`]: the set of results being combined, before the reveal.
//!   Strict: every rejection is reported with its line and reason.
//! - [`aggregation`]: the team view. Nothing below [`MIN_RESULTS`] results,
//!   and nothing per person.
//! - [`value_gap`]: the value question's perception gaps.
//! - [`code`]: the team link's code (aggregates only).

pub mod aggregation;
pub mod code;
pub mod combination;
pub mod extract;
pub mod record;
pub mod value_gap;

pub use aggregation::{aggregate, ItemStats, TeamReport};
pub use code::{decode_team, encode_team, team_code_in_fragment, TEAM_FORMAT, TEAM_FRAGMENT_KEY};
pub use combination::{Combination, Entry, PasteError, Rejected, Rejection, Scanned};
pub use extract::candidates;
pub use value_gap::{value_gaps, ValueGap};

/// The fewest results a team view shows anything for.
pub const MIN_RESULTS: usize = 3;

/// The largest paste accepted, in bytes; larger ones are refused at once.
pub const MAX_PASTE_BYTES: usize = 256 * 1024;
