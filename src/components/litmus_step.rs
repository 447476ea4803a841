use crate::language::{check as k, t, tf};
use yew::prelude::*;

use crate::platform;

use super::step_card::{step_card, StepCardProps};

/// One experience slot as shown.
#[derive(Clone, PartialEq)]
pub struct SlotView {
    pub known: bool,
    pub keyword: AttrValue,
}

pub struct LitmusStepProps {
    /// The colleague's index, 0-based.
    pub index: usize,
    /// How many colleagues there are.
    pub total: usize,
    /// The colleague's private label (may be empty).
    pub label: AttrValue,
    /// The litmus question and its hint.
    pub question: AttrValue,
    pub hint: AttrValue,
    /// The five slots.
    pub slots: Vec<SlotView>,
    /// Ticking or unticking a slot: (slot, known).
    pub on_toggle: Callback<(usize, bool)>,
    /// Typing a keyword: (slot, keyword).
    pub on_keyword: Callback<(usize, String)>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
}

/// The five-experience litmus question about one colleague.
pub fn litmus_step(props: LitmusStepProps) -> Html {
    let n = props.index + 1;
    let (n, total) = (n.to_string(), props.total.to_string());
    let args = [
        ("n", n.as_str()),
        ("total", &total),
        ("label", &props.label),
    ];
    let heading = if props.label.is_empty() {
        tf(k::LITMUS_HEADING, &args)
    } else {
        tf(k::LITMUS_HEADING_LABEL, &args)
    };
    let known = props.slots.iter().filter(|s| s.known).count();
    let slots = props.slots.iter().enumerate().map(|(j, slot)| {
        let check_id = format!("slot-{j}");
        let word_id = format!("keyword-{j}");
        let on_toggle = props.on_toggle.clone();
        let onchange = Callback::from(move |e: Event| {
            on_toggle.emit((j, platform::field_checked(&e)));
        });
        let on_keyword = props.on_keyword.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            on_keyword.emit((j, platform::field_value(&e)));
        });
        html! {
            <li key={j} class="slot" data-known={slot.known.then_some("")}>
                <div class="check">
                    <input id={check_id.clone()} type="checkbox" checked={slot.known} {onchange} />
                    <label for={check_id}>{tf(k::LITMUS_COULD, &[("n", &(j + 1).to_string())])}</label>
                </div>
                <label class="visually-hidden" for={word_id.clone()}>
                    {tf(k::LITMUS_KEYWORD, &[("n", &(j + 1).to_string())])}
                </label>
                <input id={word_id} type="text" class="keyword" autocomplete="off" maxlength="40"
                    placeholder={t(k::LITMUS_KEYWORD_PLACEHOLDER)} value={slot.keyword.clone()} {oninput} />
            </li>
        }
    });
    html! {
        { step_card(StepCardProps {
            heading: heading.into(),
            eyebrow: Some(t(k::LITMUS_EYEBROW).into()),
            next_label: t(k::PAGE_NEXT).into(),
            on_next: props.on_next.clone(),
            on_back: Some(props.on_back.clone()),
            children: html! { <>
            <p class="lead">{props.question.clone()}</p>
            <p class="hint">{props.hint.clone()}</p>
            <fieldset class="slots">
                <legend>{t(k::LITMUS_SLOTS)}</legend>
                <ol>{ for slots }</ol>
            </fieldset>
            <p class="tally" aria-live="polite">{tf(k::LITMUS_TALLY, &[("n", &known.to_string())])}</p>
        </> },
        }) }
    }
}
