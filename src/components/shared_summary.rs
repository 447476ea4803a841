use yew::prelude::*;

use super::step_card::HEADING_ID;

pub struct SharedSummaryProps {
    /// Why the result could not be opened, if it could not.
    pub error: Option<AttrValue>,
    /// Leaving the shared result for the user's own check, on this page.
    pub on_take_check: Option<Callback<()>>,
    /// Or the check's address, from another page.
    pub take_check: Option<AttrValue>,
    /// The result itself (a `ResultsCard`), when it opened.
    pub children: Html,
}

/// Someone's shared result, read-only and clearly marked as theirs, or why
/// it could not be opened; either way a way to take the check yourself.
pub fn shared_summary(props: SharedSummaryProps) -> Html {
    let label = "Take the check yourself";
    let take = match (&props.take_check, &props.on_take_check) {
        (Some(href), _) => html! { <a class="button primary" href={href.clone()}>{label}</a> },
        (None, Some(cb)) => {
            let cb = cb.clone();
            html! { <button type="button" class="button primary" onclick={move |_| cb.emit(())}>{label}</button> }
        }
        (None, None) => html! {},
    };
    let take = html! { <div class="step-nav">{ take }</div> };
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
                </div>
                { props.children }
                { take }
            </>
        },
    }
}
