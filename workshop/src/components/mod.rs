//! The workshop's own components, each named after what the facilitator
//! sees; the shared ones are in `litmus::components`.

pub mod combine_panel;
pub mod commitment_review;
pub mod commitments_panel;
pub mod last_quarter_picker;
pub mod qr_scanner;
pub mod team_change_view;
pub mod team_view;
pub mod value_gap_view;
