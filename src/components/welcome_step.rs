use yew::prelude::*;

use crate::platform;

use super::step_card::{step_card, StepCardProps};

pub struct WelcomeStepProps {
    /// The instrument's title.
    pub title: AttrValue,
    /// What the check is.
    pub intro: AttrValue,
    /// Whether the user has answers already (changes the button's label).
    pub resuming: bool,
    /// Starting (or continuing) the check.
    pub on_start: Callback<()>,
    /// A result file the user picked, to open.
    pub on_open_file: Callback<platform::File>,
    /// The workshop page's address (with the page's embedding options).
    pub workshop: AttrValue,
    /// The other checks on offer: (index, title).
    pub others: Vec<(usize, AttrValue)>,
    /// Choosing another check.
    pub on_choose: Callback<usize>,
    /// The results kept on this device, listed, when there are any.
    pub kept: Option<Html>,
    /// The compare page's address.
    pub compare: AttrValue,
}

/// What the check is, how long it takes, and the privacy promise.
pub fn welcome_step(props: WelcomeStepProps) -> Html {
    let label = if props.resuming {
        "Continue"
    } else {
        "Start the check"
    };
    let on_open_file = props.on_open_file.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(file) = platform::take_file(&e) {
            on_open_file.emit(file);
        }
    });
    html! {
        <>
        { step_card(StepCardProps {
            heading: props.title.clone(),
            eyebrow: None,
            next_label: label.into(),
            on_next: props.on_start.clone(),
            on_back: None,
            children: html! {
                <>
                <p class="lead">{props.intro.clone()}</p>
                <ul class="facts">
                    <li><strong>{"About five minutes."}</strong>{" One question at a time; go back whenever you like."}</li>
                    <li><strong>{"Private by design."}</strong>{" Your answers stay on this device. Nothing is sent anywhere: no account, no server, no tracking."}</li>
                    <li><strong>{"Saved as you go."}</strong>{" Close the tab and come back later to pick up where you left off."}</li>
                </ul>
                </>
            },
        }) }
        <section class="card more" aria-label="More options">
            if !props.others.is_empty() {
                <div class="other-checks">
                    <p class="hint">{"Other checks:"}</p>
                    { for props.others.iter().map(|(k, title)| {
                        let (k, cb) = (*k, props.on_choose.clone());
                        html! {
                            <button key={k} type="button" class="button secondary" onclick={move |_| cb.emit(k)}>
                                {["Take \u{201c}", title, "\u{201d} instead"].concat()}
                            </button>
                        }
                    }) }
                </div>
            }
            if let Some(kept) = &props.kept {
                <div class="workshop-link">
                    <p><strong>{"Your earlier results"}</strong>{", kept on this device:"}</p>
                    { kept.clone() }
                    <a class="button secondary" href={props.compare.clone()}>{"Compare them and see your trend"}</a>
                </div>
            }
            <div class="workshop-link">
                <p><strong>{"Running a workshop?"}</strong>{" Combine the room's results on this device, disagreements first, with no server."}</p>
                <a class="button secondary" href={props.workshop.clone()}>{"Combine results"}</a>
            </div>
            <p class="open-file">
                <label for="open-file">{"Open a result file someone sent you"}</label>
                <input id="open-file" type="file" accept=".json,application/json" {onchange} />
            </p>
        </section>
        </>
    }
}
