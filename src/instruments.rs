//! The instruments compiled in from `instruments/*.toml` by `build.rs`, and
//! the consultant's instrument file a page loaded (`?instrument=NAME`).

use litmus_core::instrument::Instrument;

include!(concat!(env!("OUT_DIR"), "/instruments.rs"));

thread_local! {
    /// The loaded file's instrument first, then the built-in ones; set once.
    static LOADED: std::cell::Cell<Option<&'static [&'static Instrument]>> =
        const { std::cell::Cell::new(None) };
}

#[cfg(feature = "languages")]
thread_local! {
    /// The compiled-in instruments in the page's language; set once.
    static BUILT_IN: std::cell::Cell<Option<&'static [&'static Instrument]>> =
        const { std::cell::Cell::new(None) };
}

/// The compiled-in instruments, in the page's language.
pub fn built_in() -> &'static [&'static Instrument] {
    #[cfg(feature = "languages")]
    return BUILT_IN.with(std::cell::Cell::get).unwrap_or(ALL);
    #[cfg(not(feature = "languages"))]
    ALL
}

/// Puts the compiled-in instruments into the page's language: `texts` holds,
/// per instrument id, every text in [`Instrument::texts_mut`]'s order (a
/// list of another length leaves that instrument as it is). Ids, numbers
/// and identity stay, so results are the same results in every language.
/// Called once, before the first render.
#[cfg(feature = "languages")]
pub fn translate(texts: &[(String, Vec<String>)]) {
    let list: Vec<&'static Instrument> = ALL
        .iter()
        .map(|&english| {
            let Some((_, words)) = texts.iter().find(|(id, _)| *id == english.id) else {
                return english;
            };
            let mut translated = english.clone();
            let slots = translated.texts_mut();
            if slots.len() != words.len() {
                return english;
            }
            for (slot, word) in slots.into_iter().zip(words) {
                *slot = word.clone().into();
            }
            &*Box::leak(Box::new(translated))
        })
        .collect();
    BUILT_IN.with(|b| b.set(Some(Vec::leak(list))));
}

/// Every instrument this page knows: a loaded file's first, then the
/// compiled-in ones. Stored results and sessions are read against these.
pub fn all() -> &'static [&'static Instrument] {
    LOADED.with(std::cell::Cell::get).unwrap_or_else(built_in)
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
        None => built_in(),
    }
}

/// Makes a loaded file's instrument this page's, for the rest of its life
/// (it is kept, not freed: a page loads at most one).
pub fn install(instrument: Instrument) -> &'static Instrument {
    let file: &'static Instrument = Box::leak(Box::new(instrument));
    let mut list = vec![file];
    list.extend_from_slice(built_in());
    LOADED.with(|l| l.set(Some(Vec::leak(list))));
    file
}

/// Whether `instrument` is the one a page opens with by default (the first
/// file): the one a host's own intro describes.
pub fn is_default(instrument: &Instrument) -> bool {
    ALL.first()
        .is_some_and(|first| first.id == instrument.id && first.code == instrument.code)
}
