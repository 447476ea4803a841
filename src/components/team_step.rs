use crate::language::{check as k, t, tf, tn};
use yew::prelude::*;

use crate::platform;

use super::step_card::{step_card, StepCardProps};

/// An optional question part the user can switch on or off.
#[derive(Clone, PartialEq)]
pub struct OptionalPart {
    /// The part's index in the instrument.
    pub index: usize,
    /// Its title.
    pub title: AttrValue,
    /// How many questions it adds.
    pub questions: usize,
    /// Whether it is on.
    pub on: bool,
}

pub struct TeamStepProps {
    /// How many colleagues.
    pub team_size: u8,
    /// The allowed range.
    pub min: u8,
    pub max: u8,
    /// The longest label.
    pub label_max: u8,
    /// The private labels of the counted colleagues.
    pub labels: Vec<AttrValue>,
    /// The parts the user may switch off.
    pub optional_parts: Vec<OptionalPart>,
    pub on_size: Callback<u8>,
    pub on_label: Callback<(usize, String)>,
    pub on_part: Callback<(usize, bool)>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
}

/// Team size, private labels, and which question parts are on.
pub fn team_step(props: TeamStepProps) -> Html {
    let size = props.team_size;
    let step = |delta: i16| {
        let on_size = props.on_size.clone();
        let (min, max) = (i16::from(props.min), i16::from(props.max));
        let next = (i16::from(size) + delta).clamp(min, max);
        // `next` is within min..=max, both u8.
        Callback::from(move |_: MouseEvent| on_size.emit(next as u8))
    };
    let oninput = {
        let on_size = props.on_size.clone();
        Callback::from(move |e: InputEvent| {
            // An empty or partial entry keeps the current size until it parses.
            if let Ok(n) = platform::field_value(&e).trim().parse::<u8>() {
                on_size.emit(n);
            }
        })
    };
    let labels = props.labels.iter().enumerate().map(|(i, label)| {
        let on_label = props.on_label.clone();
        let id = format!("label-{i}");
        let oninput = Callback::from(move |e: InputEvent| {
            on_label.emit((i, platform::field_value(&e)));
        });
        html! {
            <li key={i}>
                <label for={id.clone()}>{tf(k::TEAM_COLLEAGUE, &[("n", &(i + 1).to_string())])}</label>
                <input id={id} type="text" autocomplete="off" maxlength={props.label_max.to_string()}
                    placeholder={t(k::TEAM_LABEL_PLACEHOLDER)} value={label.clone()} {oninput} />
            </li>
        }
    });
    let parts = props.optional_parts.iter().map(|p| {
        let on_part = props.on_part.clone();
        let index = p.index;
        let id = format!("part-{index}");
        let onchange = Callback::from(move |e: Event| {
            on_part.emit((index, platform::field_checked(&e)));
        });
        html! {
            <div class="check" key={index}>
                <input id={id.clone()} type="checkbox" checked={p.on} {onchange} />
                <label for={id}>
                    {tn(k::TEAM_INCLUDE_PART, p.questions, &[("title", &p.title)])}
                </label>
            </div>
        }
    });
    html! {
        { step_card(StepCardProps {
            heading: t(k::TEAM_HEADING).into(),
            eyebrow: None,
            next_label: t(k::PAGE_NEXT).into(),
            on_next: props.on_next.clone(),
            on_back: Some(props.on_back.clone()),
            children: html! { <>
            <div class="field">
                <label for="team-size">{t(k::TEAM_SIZE)}</label>
                <div class="stepper">
                    <button type="button" class="button secondary" aria-label={t(k::TEAM_FEWER)}
                        disabled={size <= props.min} onclick={step(-1)}>{"\u{2212}"}</button>
                    <input id="team-size" type="number" inputmode="numeric" min={props.min.to_string()}
                        max={props.max.to_string()} value={size.to_string()} {oninput}
                        aria-describedby="team-size-hint" />
                    <button type="button" class="button secondary" aria-label={t(k::TEAM_MORE)}
                        disabled={size >= props.max} onclick={step(1)}>{"+"}</button>
                </div>
                <p id="team-size-hint" class="hint">{tf(k::TEAM_RANGE, &[("min", &props.min.to_string()), ("max", &props.max.to_string())])}</p>
            </div>
            <fieldset class="labels">
                <legend>{t(k::TEAM_LABELS)}</legend>
                <p class="hint">{t(k::TEAM_LABELS_HINT)}</p>
                <ol>{ for labels }</ol>
            </fieldset>
            { for parts }
        </> },
        }) }
    }
}
