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
                <h1 id={HEADING_ID} tabindex="-1">{"This result could not be opened"}</h1>
                <p class="notice warning" data-testid="share-error">{why.clone()}</p>
                <p>{"Ask whoever sent it for the whole link again. Your own saved progress on this device is untouched."}</p>
                { take }
            </section>
        },
        None => html! {
            <>
                <div class="notice shared-banner" role="note">
                    <p>
                        <strong>{"A shared result. "}</strong>
                        {"Someone shared their Litmus result with you. These are their answers, scored on this device; nothing was sent anywhere."}
                    </p>
                    if let Some(day) = &props.completed {
                        <p data-testid="shared-completed">{"Completed: "}<time class="date">{day.clone()}</time></p>
                    }
                </div>
                { props.children }
                { take }
            </>
        },
    }
}

const TAKE_CHECK: &str = "Take the check yourself";

/// "Take the check yourself" on the check's own page: `on_take` leaves the
/// shared result.
pub fn take_check_button(on_take: Callback<()>) -> Html {
    html! { <button type="button" class="button primary" onclick={move |_| on_take.emit(())}>{TAKE_CHECK}</button> }
}

/// "Take the check yourself" from another page: a link to the check.
pub fn take_check_link(href: AttrValue) -> Html {
    html! { <a class="button primary" {href}>{TAKE_CHECK}</a> }
}
