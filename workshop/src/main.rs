//! The workshop (`workshop/`): the facilitator's page, a crate of its own so
//! that none of its code is in the check's download (and a change here moves
//! no byte of it). Combine results (paste, file, camera), the team view, the
//! value-gap view, and the team link made and opened. One reducer
//! ([`state::WorkshopState`]); the page is the shell and one `match` over
//! its [`state::Screen`].
//!
//! Its own [`screens`], [`components`], [`hooks`] and [`platform`] (camera
//! scanning) sit over the shared ones in the `litmus` crate.

mod components;
mod hooks;
mod platform;
mod screens;
mod state;
mod words;

use components::combine_panel::{CombinePanel, CombinePanelProps};
use litmus::components::masthead::masthead;
use litmus::hooks::{use_embed_host, use_focus_heading, use_fragment};
use litmus::language::{t, workshop as w};
use state::{Combine, Screen, WorkshopAction, WorkshopState};
use yew::prelude::*;

/// The workshop page's reducer handle, passed to every screen.
pub type WorkshopContext = UseReducerHandle<WorkshopState>;

pub use litmus::send;

/// The check's address from the workshop page, with the same options.
pub fn check_address() -> String {
    format!("../{}", litmus::platform::query())
}

/// A "Start a new combination" button.
pub fn new_combination(ctx: &WorkshopContext) -> Html {
    html! {
        <div class="step-nav">
            <button type="button" class="button secondary"
                onclick={send(ctx, |_| WorkshopAction::Workshop(Combine::NewCombination))}>
                {t(w::NEW_COMBINATION)}
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct WorkshopAppProps {}

/// The workshop page: masthead, the current screen, and the footer.
#[component]
pub fn WorkshopApp(_props: &WorkshopAppProps) -> Html {
    let ctx = use_reducer(WorkshopState::load);
    use_embed_host(ctx.embed.clone(), ctx.embed_warnings.clone());
    use_fragment(send(&ctx, WorkshopAction::Navigate));
    use_focus_heading(std::mem::discriminant(&ctx.screen));
    let screen = match &ctx.screen {
        Screen::Collecting(c) => {
            html! { <screens::combine_results::CombineResults ctx={ctx.clone()} collecting={c.clone()} /> }
        }
        Screen::Team(revealed) => screens::team_results::revealed(&ctx, revealed),
        Screen::ValueGaps {
            instrument,
            members,
            means,
            gaps,
        } => screens::value_gaps::value_gaps(&ctx, instrument, *members, means, gaps),
        Screen::TeamLink(link) => screens::team_link::team_link(&ctx, link),
    };
    html! {
        <div class="litmus">
            { masthead(&ctx.embed, None) }
            <main>{ screen }</main>
            <footer class="footer">
                <p class="privacy">{t(w::PRIVACY)}</p>
                { litmus::components::language_picker::language_picker() }
            </footer>
        </div>
    }
}

// The page starts warmed: see `litmus::platform::start_warmed`.

/// The collecting screen with nothing in it, for the warm-up.
#[component]
fn WarmUp() -> Html {
    let props = CombinePanelProps {
        valid: 0,
        duplicates: 0,
        rejected: std::rc::Rc::from([]),
        paste_error: None,
        ready: false,
        missing: AttrValue::Static(""),
        scanning: false,
        camera: 0,
        cameras: 0,
        scan_status: None,
        scan_note: None,
        on_toggle_scan: Callback::noop(),
        on_switch_camera: Callback::noop(),
        on_code: Callback::noop(),
        on_cameras: Callback::noop(),
        on_scan_problem: Callback::noop(),
        on_scan_photo: Callback::noop(),
        on_paste: Callback::noop(),
        on_open_file: Callback::noop(),
        on_reveal: Callback::noop(),
        check: AttrValue::Static(""),
    };
    html! { <CombinePanel ..props /> }
}

fn main() {
    litmus::start("../", || {
        litmus::platform::start_warmed::<WarmUp, WorkshopApp>();
    });
}
