use crate::language::{check as k, t};
use yew::prelude::*;

use super::step_card::HEADING_ID;

pub struct SharedSummaryProps {
    /// Why the result could not be opened, if it could not.
    pub error: Option<AttrValue>,
    /// The way to take the check yourself: a button on the check's own
    /// page, a link from another ([`take_check_button`], [`take_check_link`]).
    pub take_check: Html,
    /// The result itself (a `ResultsCard`), when it opened.
    pub children: Html,
    /// When it was completed, as shown ("date unknown" for a link made
    /// before links carried it), when it opened.
    pub completed: Option<AttrValue>,
}

/// Someone's shared result, read-only and clearly marked as theirs, or why
/// it could not be opened; either way a way to take the check yourself.
pub fn shared_summary(props: SharedSummaryProps) -> Html {
    let take = html! { <div class="step-nav">{ props.take_check }</div> };
    match &props.error {
        Some(why) => html! {
            <section class="card step" aria-labelledby={HEADING_ID}>
                <h1 id={HEADING_ID} tabindex="-1">{t(k::SHARED_FAILED)}</h1>
                <p class="notice warning" data-testid="share-error">{why.clone()}</p>
                <p>{t(k::SHARED_FAILED_MORE)}</p>
                { take }
            </section>
        },
        None => html! {
            <>
                <div class="notice shared-banner" role="note">
                    <p>
                        <strong>{t(k::SHARED_BANNER)}</strong>{" "}
                        {t(k::SHARED_BANNER_MORE)}
                    </p>
                    if let Some(day) = &props.completed {
                        <p data-testid="shared-completed">{t(k::SHARED_COMPLETED)}{" "}<time class="date">{day.clone()}</time></p>
                    }
                </div>
                { props.children }
                { take }
            </>
        },
    }
}

/// "Take the check yourself" on the check's own page: `on_take` leaves the
/// shared result.
pub fn take_check_button(on_take: Callback<()>) -> Html {
    html! { <button type="button" class="button primary" onclick={move |_| on_take.emit(())}>{t(k::SHARED_TAKE)}</button> }
}

/// "Take the check yourself" from another page: a link to the check.
pub fn take_check_link(href: AttrValue) -> Html {
    html! { <a class="button primary" {href}>{t(k::SHARED_TAKE)}</a> }
}
