//! The instruments compiled in from `instruments/*.toml` by `build.rs`, and
//! the consultant's instrument file a page loaded (`?instrument=NAME`).

use litmus_core::instrument::Instrument;

include!(concat!(env!("OUT_DIR"), "/instruments.rs"));

thread_local! {
    /// The loaded file's instrument first, then the built-in ones; set once.
    static LOADED: std::cell::Cell<Option<&'static [&'static Instrument]>> =
        const { std::cell::Cell::new(None) };
}

/// Every instrument this page knows: a loaded file's first, then the
/// compiled-in ones. Stored results and sessions are read against these.
pub fn all() -> &'static [&'static Instrument] {
    LOADED.with(std::cell::Cell::get).unwrap_or(ALL)
}

/// The instrument file this page loaded, if it did.
pub fn file() -> Option<&'static Instrument> {
    all().first().copied().filter(|i| i.code == 0)
}

/// The instruments whose results this page takes from others (links, codes,
/// files): with a file loaded, only its instrument (a workshop run with a
/// consultant's questionnaire refuses ours); else every built-in one.
pub fn accepted() -> &'static [&'static Instrument] {
    match file() {
        Some(_) => &all()[..1],
        None => ALL,
    }
}

/// Makes a loaded file's instrument this page's, for the rest of its life
/// (it is kept, not freed: a page loads at most one).
pub fn install(instrument: Instrument) -> &'static Instrument {
    let file: &'static Instrument = Box::leak(Box::new(instrument));
    let mut list = vec![file];
    list.extend_from_slice(ALL);
    LOADED.with(|l| l.set(Some(Vec::leak(list))));
    file
}

/// Whether `instrument` is the one a page opens with by default (the first
/// file): the one a host's own intro describes.
pub fn is_default(instrument: &Instrument) -> bool {
    ALL.first()
        .is_some_and(|first| first.id == instrument.id && first.code == instrument.code)
}
