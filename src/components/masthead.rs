use std::rc::Rc;

use litmus_core::embed::EmbedOptions;
use yew::prelude::*;

use super::progress_bar::ProgressBar;

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    /// The host's logo and title, when embedded.
    pub embed: Rc<EmbedOptions>,
    /// How far through the check: (step index, steps), when under way.
    #[prop_or_default]
    pub progress: Option<(usize, usize)>,
}

/// The top of every page: the host's logo and title (else "Litmus"), and the
/// progress through the check when one is under way.
#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let embed = &props.embed;
    html! {
        <header class="masthead">
            if let Some(logo) = &embed.logo {
                <img class="logo" src={logo.clone()} alt="" />
            }
            <p class="brand">{embed.title.clone().unwrap_or_else(|| "Litmus".to_string())}</p>
            if let Some((index, total)) = props.progress {
                <ProgressBar {index} {total} />
            }
        </header>
    }
}
