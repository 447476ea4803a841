use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    /// The current step, 0-based.
    pub index: usize,
    /// How many steps there are.
    pub total: usize,
}

/// How far through the check the user is.
#[component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let shown = props.index + 1;
    let text = format!("Step {shown} of {}", props.total);
    html! {
        <div class="progress">
            <progress max={props.total.to_string()} value={shown.to_string()} aria-label={text.clone()}></progress>
            <span class="progress-text" aria-hidden="true">{text}</span>
        </div>
    }
}
