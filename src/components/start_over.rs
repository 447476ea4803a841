use crate::language::{check as k, t};
use yew::prelude::*;

/// "Start over", with a confirmation before anything is erased: whether it is
/// asking is `confirming`, UI state of the page; `on_confirm` erases. A plain
/// function: a component would cost bytes.
pub fn start_over(confirming: &UseStateHandle<bool>, on_confirm: Callback<()>) -> Html {
    let set = |on: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(on))
    };
    if !**confirming {
        return html! {
            <button type="button" class="button link" onclick={set(true)}>{t(k::START_OVER_BUTTON)}</button>
        };
    }
    let on_confirm = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_confirm.emit(());
        })
    };
    html! {
        <div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">
                {t(k::START_OVER_CONFIRM)}
            </p>
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={set(false)}>{t(k::START_OVER_KEEP)}</button>
                <button type="button" class="button danger" onclick={on_confirm}>{t(k::START_OVER_ERASE)}</button>
            </div>
        </div>
    }
}
