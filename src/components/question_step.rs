use crate::language::{check as k, t, tf};
use litmus_core::answers::Response;
use yew::prelude::*;

use super::step_card::{step_card, StepCardProps};

pub struct QuestionStepProps {
    /// The item's flat index (for ids).
    pub item: usize,
    /// "Question 3 of 14".
    pub number: usize,
    pub total: usize,
    /// The part's title.
    pub part: AttrValue,
    /// The statement.
    pub text: AttrValue,
    /// The five scale labels, 1..=5.
    pub scale: Vec<AttrValue>,
    /// The label of "prefer not to answer".
    pub prefer_not: AttrValue,
    /// The current answer.
    pub response: Response,
    pub on_answer: Callback<Response>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
}

/// One agreement statement, as a real radio group.
pub fn question_step(props: QuestionStepProps) -> Html {
    let choices = props
        .scale
        .iter()
        .enumerate()
        .map(|(i, label)| {
            // At most five labels, so the value fits a u8.
            let value = i as u8 + 1;
            (Response::Agree(value), value.to_string(), label.clone())
        })
        .chain(std::iter::once((
            Response::PreferNot,
            "skip".to_string(),
            props.prefer_not.clone(),
        )));
    let radios = choices.map(|(response, key, label)| {
        let id = format!("q{}-{key}", props.item);
        let on_answer = props.on_answer.clone();
        let onchange = Callback::from(move |_: Event| on_answer.emit(response));
        let prefer_not = (response == Response::PreferNot).then_some("");
        html! {
            <li key={key.clone()} class="choice" data-prefer-not={prefer_not}>
                <input id={id.clone()} type="radio" name={format!("q{}", props.item)} value={key}
                    checked={props.response == response} {onchange} />
                <label for={id}>{label}</label>
            </li>
        }
    });
    let heading = tf(
        k::QUESTION_HEADING,
        &[
            ("n", &props.number.to_string()),
            ("total", &props.total.to_string()),
        ],
    );
    html! {
        { step_card(StepCardProps {
            heading: heading.into(),
            eyebrow: Some(props.part.clone()),
            next_label: t(k::PAGE_NEXT).into(),
            on_next: props.on_next.clone(),
            on_back: Some(props.on_back.clone()),
            children: html! { <>
            <fieldset class="scale">
                <legend class="statement">{props.text.clone()}</legend>
                <ul>{ for radios }</ul>
            </fieldset>
        </> },
        }) }
    }
}
