use yew::prelude::*;

use super::team_results::TeamResults;
use crate::components::shared_summary::{shared_summary, take_check_link, SharedSummaryProps};
use crate::workshop::check_address;
use crate::workshop::state::TeamLink;

/// A team view opened from a team link, read-only; or why it could not be
/// opened. Either way, a way to the check.
pub fn team_link(link: &TeamLink) -> Html {
    match link {
        TeamLink::Error(why) => html! {
            { shared_summary(SharedSummaryProps {
                error: Some(why.clone()),
                take_check: take_check_link(check_address().into()),
                children: Html::default(),
            }) }
        },
        TeamLink::Opened(instrument, report) => html! {
            <TeamResults shared=true instrument={*instrument} report={report.clone()}>
                <div class="step-nav">
                    { take_check_link(check_address().into()) }
                </div>
            </TeamResults>
        },
    }
}
