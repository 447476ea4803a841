//! Litmus, the browser app: two pages, each a thin Yew app over
//! `litmus-core`.
//!
//! - The check (`/`, [`check::CheckApp`]) is what every participant loads.
//! - The workshop (`workshop/`, the `litmus-workshop` crate) is the
//!   facilitator's page, a crate of its own over this one.
//!
//! Data flow on each page: the page's address and device storage are read
//! once into its state (`use_reducer`'s initialiser) → the page matches on
//! its `Screen` and calls one screen ([`screens`]) → screens render
//! presentational [`components`] whose callbacks send the page's grouped
//! actions → `reduce` calls the core and returns the next state → named
//! [`hooks`] run the side effects (autosave, focus, embedding host,
//! fragment) through [`platform`], the only module that touches web APIs.

pub mod check;
pub mod components;
pub mod hooks;
pub mod instruments;
pub mod language;
pub mod platform;
pub mod screens;

pub use check::CheckApp;

/// Starts a page: at once, or, when the page reads instrument files (the
/// `file` feature) and its address names one (`?instrument=NAME`), once
/// that file is loaded from `folder` and checked (see
/// `screens::file_problem::start_with_file`).
pub fn start(folder: &'static str, start: impl FnOnce() + 'static) {
    #[cfg(feature = "languages")]
    language::install_page_language();
    #[cfg(feature = "file")]
    screens::file_problem::start_with_file(folder, start);
    #[cfg(not(feature = "file"))]
    {
        let _ = folder;
        start();
    }
}

/// The one helper that makes callbacks from actions (as in Yew's
/// `function_todomvc`): what a control reports, turned into an action on the
/// page whose reducer `ctx` is.
pub fn send<R, T>(
    ctx: &yew::UseReducerHandle<R>,
    action: impl Fn(T) -> R::Action + 'static,
) -> yew::Callback<T>
where
    R: yew::Reducible + 'static,
    T: 'static,
{
    let d = ctx.dispatcher();
    yew::Callback::from(move |x| d.dispatch(action(x)))
}

// SAFETY: each page runs its WebAssembly on one thread only (no threads,
// no shared memory), which is what `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
