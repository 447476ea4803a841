use crate::language::{check as k, t};
use yew::prelude::*;

/// The id of the current step's heading, focused when the step changes.
pub const HEADING_ID: &str = "step-heading";

pub struct StepCardProps {
    /// The step's heading.
    pub heading: AttrValue,
    /// A small line above the heading (e.g. the part's name).
    pub eyebrow: Option<AttrValue>,
    /// The label of the primary button.
    pub next_label: AttrValue,
    /// Submitting the step (primary button or Enter).
    pub on_next: Callback<()>,
    /// Going back; no back button when absent.
    pub on_back: Option<Callback<()>>,
    /// The step's content, between the heading and the buttons.
    pub children: Html,
}

/// One screen of the assessment: a heading, its content, and back/next. A
/// plain function: it holds no state, and a component would cost bytes.
pub fn step_card(props: StepCardProps) -> Html {
    // The step moves on from the submit button's click, not from the
    // form's submission: Enter in a field clicks the default button too
    // (implicit submission), and a frame sandboxed without `allow-forms`
    // blocks the submission itself before any submit handler runs.
    let onclick = {
        let on_next = props.on_next.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            on_next.emit(());
        })
    };
    let back = props.on_back.as_ref().map(|on_back| {
        let on_back = on_back.clone();
        html! {
            <button type="button" class="button secondary" onclick={move |_| on_back.emit(())}>
                {t(k::PAGE_BACK)}
            </button>
        }
    });
    html! {
        <form class="step card" novalidate=true>
            if let Some(eyebrow) = &props.eyebrow {
                <p class="eyebrow">{eyebrow.clone()}</p>
            }
            <h1 id={HEADING_ID} tabindex="-1">{props.heading.clone()}</h1>
            { props.children }
            <div class="step-nav">
                { back }
                <button type="submit" class="button primary" {onclick}>{props.next_label.clone()}</button>
            </div>
        </form>
    }
}
