//! The instruments compiled in from `instruments/*.toml` by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/instruments.rs"));

/// Whether `instrument` is the one a page opens with by default (the first
/// file): the one a host's own intro describes.
pub fn is_default(instrument: &::litmus_core::instrument::Instrument) -> bool {
    ALL.first().is_some_and(|first| first.id == instrument.id)
}
