//! The compare page's screens, one file each, named after what the leader
//! sees.

pub mod comparison;
pub mod over_time;
