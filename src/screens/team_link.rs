use yew::prelude::*;

use super::team_results::TeamResults;
use crate::components::shared_summary::SharedSummary;
use crate::workshop::check_address;
use crate::workshop::state::TeamLink;

/// A team view opened from a team link, read-only; or why it could not be
/// opened. Either way, a way to the check.
pub fn team_link(link: &TeamLink) -> Html {
    match link {
        TeamLink::Error(why) => html! {
            <SharedSummary error={why.clone()} take_check={check_address()} />
        },
        TeamLink::Opened(instrument, report) => html! {
            <TeamResults shared=true instrument={*instrument} report={report.clone()}>
                <div class="step-nav">
                    <a class="button primary" href={check_address()}>{"Take the check yourself"}</a>
                </div>
            </TeamResults>
        },
    }
}
