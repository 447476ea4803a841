use crate::language::{check as k, t, tf};
use litmus_core::compare::Change;
use yew::prelude::*;

/// A change as a user reads it: an up or down mark with its amount (the
/// direction spelled out for screen readers), "no change", or nothing when
/// one side has no number. Shared by the compare page and the workshop.
pub fn change_mark(change: &Change) -> Html {
    match change.delta() {
        None => Html::default(),
        Some(0) => html! { <span class="change" data-dir="same">{t(k::KEPT_NO_CHANGE)}</span> },
        Some(d) => {
            let (dir, mark) = if d > 0 {
                ("up", "\u{25b2}")
            } else {
                ("down", "\u{25bc}")
            };
            html! {
                <span class="change" data-dir={dir}>
                    <span aria-hidden="true">{format!("{mark} {}", d.unsigned_abs())}</span>
                    <span class="visually-hidden">{tf(if d > 0 { k::KEPT_UP } else { k::KEPT_DOWN }, &[("n", &d.unsigned_abs().to_string())])}</span>
                </span>
            }
        }
    }
}

/// A number as shown, or a dash when there is none.
pub fn shown(n: Option<u8>) -> String {
    n.map_or_else(|| "\u{2013}".to_string(), |n| n.to_string())
}
