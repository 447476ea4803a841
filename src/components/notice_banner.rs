use crate::language::{check as k, t};
use yew::prelude::*;

/// A message at the top of the page, announced to screen readers: `kind` is
/// `info` or `warning`; dismissable when `on_dismiss` is given. A plain
/// function: a component would gain nothing.
pub fn notice_banner(
    kind: &'static str,
    text: AttrValue,
    on_dismiss: Option<Callback<()>>,
) -> Html {
    let dismiss = on_dismiss.map(|cb| {
        html! {
            <button type="button" class="button link" onclick={move |_| cb.emit(())}>{t(k::PAGE_DISMISS)}</button>
        }
    });
    html! {
        <div class="notice" data-kind={kind} role="status">
            <p>{text}</p>
            { dismiss }
        </div>
    }
}
