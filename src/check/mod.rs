//! The check (`/`): what every participant loads. Welcome, the check itself
//! (the leadership-trust check or the value question), the results with the
//! share sheet, someone's shared result, start over and the embedding
//! options. One reducer ([`state::CheckState`]); the page is the shell and
//! one `match` over its [`state::Screen`].

pub mod state;

use crate::components::language_picker::language_picker;
use crate::language::{check as k, message, t};
use litmus_core::session::{Action, Step};
use yew::prelude::*;

use crate::components::masthead::masthead;
use crate::components::notice_banner::notice_banner;
use crate::components::share_sheet::use_share_sheet;
use crate::components::start_over::start_over;
use crate::hooks::{
    use_autosave, use_embed_host, use_focus_heading, use_fragment, use_share_nonce,
};
use crate::instruments;
use crate::platform::storage::{self, StorageProblem};
use crate::screens;
use state::{CheckAction, CheckState, Navigate, Notice, NoticeAction, Screen};

/// The check page's reducer handle, passed to every screen.
pub type CheckContext = UseReducerHandle<CheckState>;

pub use crate::send;

#[derive(Properties, PartialEq, Default)]
pub struct CheckAppProps {}

/// The check page: masthead, notices, the current screen, and the footer
/// with start over and the privacy promise.
#[component]
pub fn CheckApp(_props: &CheckAppProps) -> Html {
    let ctx = use_reducer(CheckState::preloaded);
    let inst = ctx.instrument;
    use_autosave(
        inst,
        &ctx.session,
        ctx.storage_problem,
        send(&ctx, |p| {
            CheckAction::Notice(NoticeAction::StorageFailed(p))
        }),
        send(&ctx, |kept| CheckAction::Navigate(Navigate::Kept(kept))),
    );
    use_embed_host(ctx.embed.clone(), ctx.embed_warnings.clone());
    use_fragment(send(&ctx, |f| CheckAction::Navigate(Navigate::Fragment(f))));
    let own = matches!(ctx.screen, Screen::Check);
    use_focus_heading((own, ctx.session.step));
    use_share_nonce(
        (own, ctx.session.step),
        own && ctx.session.step == Step::Results && ctx.session.nonce.is_none(),
        send(&ctx, |n| {
            CheckAction::Session(Action::Complete(n, crate::platform::today()))
        }),
    );
    // UI state of the page that only one screen shows: the results' share
    // sheet and start over's confirmation.
    let sheet = use_share_sheet();
    let confirming = use_state(|| false);

    let progress = (own && ctx.session.step != Step::Welcome).then(|| ctx.session.position(inst));
    let storage_notice = ctx.storage_problem.map(|p| {
        let text = match p {
            StorageProblem::Unavailable => message(k::NOTICE_STORAGE_DENIED),
            StorageProblem::Full => message(k::NOTICE_STORAGE_FULL),
        };
        notice_banner("warning", AttrValue::Static(text), None)
    });
    let notice = ctx.notice.as_ref().map(|n| {
        let (kind, text): (&'static str, AttrValue) = match n {
            Notice::Resumed => ("info", t(k::NOTICE_RESUMED)),
            Notice::Unreadable(why) => ("warning", why.clone()),
            Notice::Erased => ("info", t(k::NOTICE_ERASED)),
        };
        let on_dismiss = send(&ctx, |()| CheckAction::Notice(NoticeAction::Dismiss));
        notice_banner(kind, text, Some(on_dismiss))
    });
    let on_start_over = {
        let d = ctx.dispatcher();
        Callback::from(move |()| {
            storage::erase_all(instruments::all());
            d.dispatch(CheckAction::StartedOver);
        })
    };
    let screen = match &ctx.screen {
        Screen::Shared(shared) => screens::shared_result::shared_result(&ctx, shared),
        Screen::Check => match ctx.session.step {
            Step::Welcome => screens::welcome::welcome(&ctx),
            Step::Team => screens::team::team(&ctx),
            Step::Role => screens::role::role(&ctx),
            Step::Colleague(i) => screens::colleague::colleague(&ctx, i),
            Step::Question(flat) => screens::question::question(&ctx, flat),
            Step::Results => screens::results::results(&ctx, &sheet),
        },
    };
    html! {
        <div class="litmus">
            { masthead(&ctx.embed, progress) }
            <main>
                { storage_notice }
                { notice }
                { screen }
            </main>
            <footer class="footer">
                if own && ctx.has_progress() {
                    { start_over(&confirming, on_start_over) }
                }
                <p class="privacy">{t(k::PAGE_PRIVACY)}</p>
                { language_picker() }
            </footer>
        </div>
    }
}
