use std::rc::Rc;

use litmus_core::instrument::Instrument;
use litmus_core::summary::team_summary_text;
use litmus_core::team::{encode_team, TeamReport, TEAM_FRAGMENT_KEY};
use yew::prelude::*;

use crate::components::share_sheet::{
    share_callbacks, share_sheet, use_share_sheet, ShareSheetProps, SheetControls,
};
use crate::components::team_view::TeamView;
use crate::platform;

#[derive(Properties, PartialEq)]
pub struct TeamResultsProps {
    pub instrument: &'static Instrument,
    pub report: Rc<TeamReport>,
    /// Whether this came from a team link (read-only, no share sheet).
    #[prop_or_default]
    pub shared: bool,
    /// What follows the view (a new combination, the way to the check).
    #[prop_or_default]
    pub children: Children,
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
        let code = encode_team(inst, &props.report);
        let link = AttrValue::from(format!(
            "{}#{TEAM_FRAGMENT_KEY}{code}",
            platform::page_address()
        ));
        let text = team_summary_text(inst, &props.report, Some(&link));
        let (on_copy_link, on_copy_text, on_share) =
            share_callbacks(inst.title.to_string(), link.clone(), text, &controls.on_status);
        let included: Vec<AttrValue> = [
            "Included: the team's aggregates only: the team Trust Index, litmus coverage, and each statement's count, mean and range.",
            "Never included: anyone's individual code or answers.",
        ]
        .into_iter()
        .map(AttrValue::Static)
        .collect();
        share_sheet(ShareSheetProps {
            heading: "Share the team view".into(),
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
        <TeamView shared={props.shared} instrument={inst} report={props.report.clone()}
            large={*large} {on_toggle_large}>
            { share }
            { props.children.clone() }
        </TeamView>
    }
}
