use crate::language::{check as k, t, tf};
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
        t(k::WELCOME_CONTINUE)
    } else {
        t(k::WELCOME_START)
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
                    <li><strong>{t(k::WELCOME_TIME)}</strong>{" "}{t(k::WELCOME_TIME_MORE)}</li>
                    <li><strong>{t(k::WELCOME_PRIVATE)}</strong>{" "}{t(k::WELCOME_PRIVATE_MORE)}</li>
                    <li><strong>{t(k::WELCOME_SAVED)}</strong>{" "}{t(k::WELCOME_SAVED_MORE)}</li>
                </ul>
                </>
            },
        }) }
        <section class="card more" aria-label={t(k::PAGE_MORE_OPTIONS)}>
            if !props.others.is_empty() {
                <div class="other-checks">
                    <p class="hint">{t(k::WELCOME_OTHERS)}</p>
                    { for props.others.iter().map(|(k, title)| {
                        let (k, cb) = (*k, props.on_choose.clone());
                        html! {
                            <button key={k} type="button" class="button secondary" onclick={move |_| cb.emit(k)}>
                                {tf(k::WELCOME_TAKE_OTHER, &[("title", title)])}
                            </button>
                        }
                    }) }
                </div>
            }
            if let Some(kept) = &props.kept {
                <div class="workshop-link">
                    <p><strong>{t(k::WELCOME_EARLIER)}</strong>{t(k::WELCOME_EARLIER_MORE)}</p>
                    { kept.clone() }
                    <a class="button secondary" href={props.compare.clone()}>{t(k::WELCOME_COMPARE)}</a>
                </div>
            }
            <div class="workshop-link">
                <p><strong>{t(k::WELCOME_WORKSHOP)}</strong>{" "}{t(k::WELCOME_WORKSHOP_MORE)}</p>
                <a class="button secondary" href={props.workshop.clone()}>{t(k::WELCOME_COMBINE)}</a>
            </div>
            <p class="open-file">
                <label for="open-file">{t(k::WELCOME_OPEN_FILE)}</label>
                <input id="open-file" type="file" accept=".json,application/json" {onchange} />
            </p>
        </section>
        </>
    }
}
