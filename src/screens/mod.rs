//! One file per screen, named after what the user sees. A screen reads its
//! page's state and turns it into a presentational component's props, with
//! callbacks that send the page's actions. Screens with no state of their
//! own are plain functions (a component would gain nothing and cost bytes);
//! those with local state (the results' share sheet) are components. The
//! workshop's screens are in its own crate (`workshop/src/screens/`).

pub mod colleague;
#[cfg(feature = "file")]
pub mod file_problem;
pub mod question;
pub mod results;
pub mod role;
pub mod shared_result;
pub mod team;
pub mod welcome;
