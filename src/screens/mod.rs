//! One file per screen, named after what the user sees. A screen reads its
//! page's state and turns it into a presentational component's props, with
//! callbacks that send the page's actions. Screens with no state of their
//! own are plain functions (a component would gain nothing and cost bytes);
//! those with local state (the results' share sheet, the workshop's
//! scanning and large type) are components.

// The check (`/`).
pub mod colleague;
pub mod question;
pub mod results;
pub mod role;
pub mod shared_result;
pub mod team;
pub mod welcome;

// The workshop (`workshop/`).
pub mod combine_results;
pub mod team_link;
pub mod team_results;
pub mod value_gaps;
