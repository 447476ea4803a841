//! The workshop (`workshop/`): the facilitator's page. Combine results
//! (paste, file, camera), the team view, the value-gap view, and the team
//! link made and opened. One reducer ([`state::WorkshopState`]); the page is
//! the shell and one `match` over its [`state::Screen`]. Nothing of it is in
//! the check's download.

pub mod state;

use yew::prelude::*;

use crate::components::masthead::masthead;
use crate::hooks::{use_embed_host, use_focus_heading, use_fragment};
use crate::screens;
use state::{Combine, Screen, WorkshopAction, WorkshopState};

/// The workshop page's reducer handle, passed to every screen.
pub type WorkshopContext = UseReducerHandle<WorkshopState>;

pub use crate::send;

/// The check's address from the workshop page, with the same options.
pub fn check_address() -> String {
    format!("../{}", crate::platform::query())
}

/// A "Start a new combination" button.
pub fn new_combination(ctx: &WorkshopContext) -> Html {
    html! {
        <div class="step-nav">
            <button type="button" class="button secondary"
                onclick={send(ctx, |_| WorkshopAction::Workshop(Combine::NewCombination))}>
                {"Start a new combination"}
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
        Screen::Team(instrument, report) => html! {
            <screens::team_results::TeamResults instrument={*instrument} report={report.clone()}>
                { new_combination(&ctx) }
            </screens::team_results::TeamResults>
        },
        Screen::ValueGaps {
            instrument,
            members,
            means,
            gaps,
        } => screens::value_gaps::value_gaps(&ctx, instrument, *members, means, gaps),
        Screen::TeamLink(link) => screens::team_link::team_link(link),
    };
    html! {
        <div class="litmus">
            { masthead(&ctx.embed, None) }
            <main>{ screen }</main>
            <footer class="footer">
                <p class="privacy">{"Everything is combined on this device. Nothing is sent anywhere."}</p>
            </footer>
        </div>
    }
}
