use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartOverProps {
    /// Whether the confirmation is showing.
    pub confirming: bool,
    /// The user asked to start over.
    pub on_ask: Callback<()>,
    /// The user confirmed: erase everything.
    pub on_confirm: Callback<()>,
    /// The user changed their mind.
    pub on_cancel: Callback<()>,
}

/// "Start over", with a confirmation before anything is erased.
#[component]
pub fn StartOver(props: &StartOverProps) -> Html {
    let emit = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    if !props.confirming {
        return html! {
            <button type="button" class="button link" onclick={emit(&props.on_ask)}>{"Start over"}</button>
        };
    }
    html! {
        <div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">
                {"Erase every answer, label and keyword stored on this device and start again? This cannot be undone."}
            </p>
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={emit(&props.on_cancel)}>{"Keep my answers"}</button>
                <button type="button" class="button danger" onclick={emit(&props.on_confirm)}>{"Erase and start over"}</button>
            </div>
        </div>
    }
}
