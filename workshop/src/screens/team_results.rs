use std::rc::Rc;

use litmus::language::{t, workshop as w};
use litmus_core::instrument::Instrument;
use litmus_core::summary::team_summary_text;
use litmus_core::team::record::{encode_record, TeamRecord};
use litmus_core::team::TEAM_FRAGMENT_KEY;
use yew::prelude::*;

use crate::components::commitment_review::{commitment_review, CommitmentReviewProps};
use crate::components::commitments_panel::CommitmentsPanel;
use crate::components::team_change_view::{team_change_view, TeamChangeViewProps};
use crate::components::team_view::TeamView;
use crate::state::{Revealed, Review, WorkshopAction};
use crate::{new_combination, send, WorkshopContext};
use litmus::components::share_sheet::{
    share_callbacks, share_sheet, use_share_sheet, ShareSheetProps, SheetControls,
};
use litmus::platform;

#[derive(Properties, PartialEq)]
pub struct TeamResultsProps {
    pub instrument: &'static Instrument,
    pub record: Rc<TeamRecord>,
    /// Whether this came from a team link (read-only, no share sheet).
    #[prop_or_default]
    pub shared: bool,
    /// What follows the Trust Index: last quarter's review and the team
    /// change.
    #[prop_or_default]
    pub quarter: Html,
    /// What follows the view (a new combination, the way to the check).
    #[prop_or_default]
    pub children: Children,
}

/// The team link holding `record`: this page's address with its team code.
pub fn team_link(instrument: &Instrument, record: &TeamRecord) -> AttrValue {
    let code = encode_record(instrument, record);
    format!("{}#{TEAM_FRAGMENT_KEY}{code}", platform::page_address()).into()
}

/// The team view, revealed or opened from a team link, with large type for
/// a projector and (for a revealed view) the share sheet of its team link.
/// Large type and the sheet's flags are this screen's own state.
#[component]
pub fn TeamResults(props: &TeamResultsProps) -> Html {
    let large = use_state(|| false);
    let sheet = use_share_sheet();
    let controls = SheetControls::new(&sheet);
    let inst = props.instrument;
    let share = (!props.shared).then(|| {
        let link = team_link(inst, &props.record);
        let text = team_summary_text(
            inst,
            &props.record.report,
            Some(&link),
            &crate::words::team_words(),
        );
        let (on_copy_link, on_copy_text, on_share) = share_callbacks(
            inst.title.to_string(),
            link.clone(),
            text,
            &controls.on_status,
        );
        let included = vec![t(w::INCLUDED), t(w::NEVER_INCLUDED)];
        share_sheet(ShareSheetProps {
            heading: t(w::SHARE_HEADING),
            included,
            open: sheet.open,
            link,
            has_labels: false,
            include_labels: false,
            status: sheet.status.clone(),
            on_toggle: controls.on_toggle.clone(),
            on_include_labels: Callback::noop(),
            on_copy_link,
            on_copy_text,
            on_share,
            on_print: Callback::from(|()| platform::print()),
            on_download: None,
        })
    });
    let on_toggle_large = {
        let large = large.clone();
        Callback::from(move |()| large.set(!*large))
    };
    html! {
        <TeamView shared={props.shared} instrument={inst} record={props.record.clone()}
            large={*large} {on_toggle_large} quarter={props.quarter.clone()}>
            { share }
            { props.children.clone() }
        </TeamView>
    }
}

/// The revealed team view with the quarterly review: last quarter's
/// commitments to mark and the team change first (when last quarter's record
/// was opened), then the view, this quarter's commitments, its share sheet
/// and a new combination.
pub fn revealed(ctx: &WorkshopContext, r: &Revealed) -> Html {
    let inst = r.instrument;
    let refused = r.last_refused.as_ref().map(|why| {
        html! {
            <p class="notice warning" role="alert">{why.clone()}</p>
        }
    });
    let review = r.last.as_ref().map(|last| {
        commitment_review(CommitmentReviewProps {
            instrument: inst,
            commitments: last.commitments.clone(),
            marks: r.marks.clone(),
            on_mark: send(ctx, |(i, status)| {
                WorkshopAction::Review(Review::Mark(i, status))
            }),
        })
    });
    let change = r.change.as_ref().map(|change| {
        team_change_view(TeamChangeViewProps {
            instrument: inst,
            change: change.clone(),
            then: r.last.as_ref().and_then(|l| l.date),
        })
    });
    let quarter = html! { <>{ refused }{ review }{ change }</> };
    html! {
        <TeamResults instrument={inst} record={r.record.clone()} {quarter}>
            <CommitmentsPanel instrument={inst} record={r.record.clone()}
                link={team_link(inst, &r.record)} draft_error={r.draft_error.clone()}
                on_commit={send(ctx, |draft| WorkshopAction::Review(Review::Commit(draft)))}
                on_withdraw={send(ctx, |i| WorkshopAction::Review(Review::Withdraw(i)))} />
            { new_combination(ctx) }
        </TeamResults>
    }
}
