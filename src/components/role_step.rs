use crate::language::{check as k, t};
use yew::prelude::*;

use super::step_card::{step_card, StepCardProps};

pub struct RoleStepProps {
    /// The roles to choose from, by title.
    pub roles: Vec<AttrValue>,
    /// The chosen role, if any.
    pub chosen: Option<u8>,
    pub on_choose: Callback<u8>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
}

/// Which role the user answers in (the manager, or a team member).
pub fn role_step(props: RoleStepProps) -> Html {
    let radios = props.roles.iter().enumerate().map(|(i, title)| {
        // At most 7 roles (checked when the instrument is parsed).
        let role = i as u8;
        let id = format!("role-{i}");
        let on_choose = props.on_choose.clone();
        html! {
            <li key={i} class="choice">
                <input id={id.clone()} type="radio" name="role" checked={props.chosen == Some(role)}
                    onchange={move |_| on_choose.emit(role)} />
                <label for={id}>{title.clone()}</label>
            </li>
        }
    });
    html! {
        { step_card(StepCardProps {
            heading: t(k::ROLE_HEADING).into(),
            eyebrow: None,
            next_label: t(k::PAGE_NEXT).into(),
            on_next: props.on_next.clone(),
            on_back: Some(props.on_back.clone()),
            children: html! { <>
            <fieldset class="scale">
                <legend class="statement">{t(k::ROLE_CHOOSE)}</legend>
                <ul>{ for radios }</ul>
            </fieldset>
            if props.chosen.is_none() {
                <p class="hint" id="role-hint">{t(k::ROLE_HINT)}</p>
            }
        </> },
        }) }
    }
}
