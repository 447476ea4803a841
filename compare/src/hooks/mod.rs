//! The compare page's own side effects, one named hook each, reaching the
//! browser only through `litmus::platform`.

mod use_history_kept;

pub use use_history_kept::use_history_kept;
