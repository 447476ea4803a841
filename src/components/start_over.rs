use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartOverProps {
    /// The user confirmed: erase everything.
    pub on_confirm: Callback<()>,
}

/// "Start over", with a confirmation before anything is erased. Whether it
/// is asking is its own state: nothing else shows it.
#[component]
pub fn StartOver(props: &StartOverProps) -> Html {
    let confirming = use_state(|| false);
    let set = |on: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(on))
    };
    if !*confirming {
        return html! {
            <button type="button" class="button link" onclick={set(true)}>{"Start over"}</button>
        };
    }
    let on_confirm = {
        let (cb, confirming) = (props.on_confirm.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            cb.emit(());
        })
    };
    html! {
        <div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">
                {"Erase every answer, label and keyword stored on this device and start again? This cannot be undone."}
            </p>
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={set(false)}>{"Keep my answers"}</button>
                <button type="button" class="button danger" onclick={on_confirm}>{"Erase and start over"}</button>
            </div>
        </div>
    }
}
