use litmus::language::{t, workshop as w};
use litmus_core::instrument::Instrument;
use litmus_core::team::record::TeamRecord;
use yew::prelude::*;

use super::team_results::TeamResults;
use crate::components::commitment_review::commitment_line;
use crate::state::{Review, TeamLink, WorkshopAction};
use crate::{check_address, send, WorkshopContext};
use litmus::components::shared_summary::{shared_summary, take_check_link, SharedSummaryProps};

/// A record's commitments and last quarter's as reviewed, read-only.
fn recorded(instrument: &Instrument, record: &TeamRecord) -> Html {
    if record.commitments.is_empty() && record.reviewed.is_empty() {
        return Html::default();
    }
    let commitments = record.commitments.iter().enumerate().map(|(i, c)| {
        html! { <li key={i}>{commitment_line(instrument, c, None)}</li> }
    });
    let reviewed = record.reviewed.iter().enumerate().map(|(i, (c, status))| {
        html! { <li key={i}>{commitment_line(instrument, c, Some(*status))}</li> }
    });
    html! {
        <section class="card" aria-labelledby="recorded-heading">
            <h2 id="recorded-heading">{t(w::RECORDED_HEADING)}</h2>
            if record.commitments.is_empty() {
                <p>{t(w::NONE_RECORDED)}</p>
            } else {
                <ol class="commitment-list" data-testid="recorded-commitments">{ for commitments }</ol>
            }
            if !record.reviewed.is_empty() {
                <h3>{t(w::QUARTER_BEFORE)}</h3>
                <ul data-testid="recorded-reviews">{ for reviewed }</ul>
            }
        </section>
    }
}

/// A team view opened from a team link, read-only, with its date and
/// commitments; or why it could not be opened. Either way, a way to the
/// check; and from an opened one, next quarter's review.
pub fn team_link(ctx: &WorkshopContext, link: &TeamLink) -> Html {
    match link {
        TeamLink::Error(why) => html! {
            { shared_summary(SharedSummaryProps {
                error: Some(why.clone()),
                take_check: take_check_link(check_address().into()),
                children: Html::default(),
                completed: None,
            }) }
        },
        TeamLink::Opened(instrument, record) => html! {
            <TeamResults shared=true instrument={*instrument} record={record.clone()}
                quarter={recorded(instrument, record)}>
                <section class="card" aria-labelledby="next-quarter-heading">
                    <h2 id="next-quarter-heading">{t(w::NEXT_QUARTER)}</h2>
                    <p>{t(w::NEXT_QUARTER_HINT)}</p>
                    <div class="step-nav">
                        <button type="button" class="button primary"
                            onclick={send(ctx, |_| WorkshopAction::Review(Review::NextQuarter))}>
                            {t(w::REVIEW_WITH)}
                        </button>
                        { take_check_link(check_address().into()) }
                    </div>
                </section>
            </TeamResults>
        },
    }
}
