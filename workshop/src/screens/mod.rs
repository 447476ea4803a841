//! The workshop's screens, one file each, named after what the facilitator
//! sees (as the check's in `litmus::screens`).

pub mod combine_results;
pub mod team_link;
pub mod team_results;
pub mod value_gaps;
