use crate::language::{check as k, t, tf};
use litmus_core::embed::EmbedOptions;
use yew::prelude::*;

/// The top of every page: the host's logo and title (else "Litmus"), and how
/// far through the check the user is, when one is under way: `(index,
/// steps)`, 0-based. A plain function: a component would gain nothing.
pub fn masthead(embed: &EmbedOptions, progress: Option<(usize, usize)>) -> Html {
    let progress = progress.map(|(index, total)| {
        let shown = index + 1;
        let text = tf(k::PAGE_STEP, &[("n", &shown.to_string()), ("total", &total.to_string())]);
        html! {
            <div class="progress">
                <progress max={total.to_string()} value={shown.to_string()} aria-label={text.clone()}></progress>
                <span class="progress-text" aria-hidden="true">{text}</span>
            </div>
        }
    });
    html! {
        <header class="masthead">
            if let Some(logo) = &embed.logo {
                <img class="logo" src={logo.clone()} alt="" />
            }
            <p class="brand">{embed.title.clone().unwrap_or_else(|| t(k::PAGE_BRAND).to_string())}</p>
            { progress }
        </header>
    }
}
