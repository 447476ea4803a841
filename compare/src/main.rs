//! The compare page (`compare/`): a leader's results over time. The results
//! the check keeps on this device, each removable; a trend once three of
//! the same questionnaire are kept; any two compared by INSTRUMENT.md's
//! rules, from the device, a result link or a result file; the history as a
//! file to keep and merge back; and a reminder for next quarter. A page and
//! a crate of its own, loaded only by a leader who opens it: nothing of it
//! is in the check's download. One reducer ([`state::CompareState`]); the
//! page is the shell and one `match` over its [`state::Screen`].

mod components;
mod hooks;
mod platform;
mod screens;
mod state;

use litmus::components::masthead::masthead;
use litmus::hooks::{use_embed_host, use_focus_heading};
use state::{CompareAction, CompareState, Screen};
use yew::prelude::*;

/// The compare page's reducer handle, passed to every screen.
pub type CompareContext = UseReducerHandle<CompareState>;

pub use litmus::send;

#[derive(Properties, PartialEq, Default)]
pub struct CompareAppProps {}

/// The compare page: masthead, the current screen, and the footer.
#[component]
pub fn CompareApp(_props: &CompareAppProps) -> Html {
    let ctx = use_reducer(CompareState::load);
    use_embed_host(ctx.embed.clone(), ctx.embed_warnings.clone());
    use_focus_heading(std::mem::discriminant(&ctx.screen));
    hooks::use_history_kept(
        ctx.kept.clone(),
        ctx.unreadable.is_none(),
        send(&ctx, |p| {
            CompareAction::Kept(state::KeptAction::NotSaved(p))
        }),
    );
    let screen = match &ctx.screen {
        Screen::OverTime => screens::over_time::over_time(&ctx),
        Screen::Comparing(compared) => screens::comparison::comparison(&ctx, compared),
    };
    html! {
        <div class="litmus">
            { masthead(&ctx.embed, None) }
            <main>{ screen }</main>
            <footer class="footer">
                <p class="privacy">{litmus::language::t(litmus::language::compare::PRIVACY)}</p>
            </footer>
        </div>
    }
}

/// The first screen alone, with no side effects, for the warm-up.
#[component]
fn WarmUp() -> Html {
    let ctx = use_reducer(CompareState::load);
    screens::over_time::over_time(&ctx)
}

// The page starts warmed: see `litmus::platform::start_warmed`.
fn main() {
    litmus::start("../", || {
        litmus::platform::start_warmed::<WarmUp, CompareApp>();
    });
}
