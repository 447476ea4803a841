//! Litmus, the browser app: a thin Yew UI over `litmus-core`.
//!
//! Data flow: `instruments/*.toml` → (build.rs) static `Instrument` →
//! [`state::AppState`] (one `use_reducer` at the root) → components render it
//! and send [`state::AppAction`]s back; effects save the session through
//! [`platform::storage`].

pub mod components;
pub mod instruments;
pub mod platform;
pub mod state;

pub use components::app::App;
