//! What a page shows instead of a consultant's questionnaire that cannot be
//! used: the file, its first problems, and what the host can do. The embed
//! builder's preview also receives every problem, to show at its field.

use std::rc::Rc;

use litmus_core::embed::parse_query;
use litmus_core::file::Problem;
use yew::prelude::*;

use crate::components::masthead::masthead;
use crate::hooks::use_embed_host;
use crate::platform;
use crate::platform::instrument_file::{self, post_problems, FileProblem};

/// Starts a page: at once, or, when its address names a consultant's
/// instrument file (`?instrument=NAME`), once that file is loaded from
/// `folder` (relative to the page) and checked. A file that cannot be used
/// replaces the page with its problems, and the page never starts.
pub fn start_with_file(folder: &'static str, start: impl FnOnce() + 'static) {
    let Some(name) = instrument_file::requested() else {
        return start();
    };
    wasm_bindgen_futures::spawn_local(async move {
        match instrument_file::load(&name, folder).await {
            Ok(instrument) => {
                let instrument = crate::instruments::install(instrument);
                platform::set_title(&instrument.title);
                // The embed builder's preview clears the problems it showed.
                if let Some(origin) = parse_query(&platform::query()).0.origin {
                    if platform::in_frame() {
                        post_problems(&origin, &[]);
                    }
                }
                start();
            }
            Err(problem) => platform::mount_with::<FileProblemApp>(problem.into()),
        }
    });
}

/// The most problems listed on the page (the builder receives them all).
const SHOWN: usize = 5;

/// The file that could not be used and why.
#[derive(Properties, PartialEq)]
pub struct FileProblemAppProps {
    /// The file as the address names it.
    pub file: AttrValue,
    /// Every problem found.
    pub problems: Rc<[Problem]>,
}

impl From<FileProblem> for FileProblemAppProps {
    fn from(p: FileProblem) -> Self {
        FileProblemAppProps {
            file: p.file.into(),
            problems: p.problems.into(),
        }
    }
}

/// The page when its questionnaire file cannot be used.
#[component]
pub fn FileProblemApp(props: &FileProblemAppProps) -> Html {
    let embed = use_memo((), |_| parse_query(&platform::query()));
    use_embed_host(Rc::new(embed.0.clone()), Rc::from([]));
    {
        let problems = props.problems.clone();
        let origin = embed.0.origin.clone();
        use_effect_with((), move |_| {
            if let Some(origin) = origin.filter(|_| platform::in_frame()) {
                post_problems(&origin, &problems);
            }
        });
    }
    let more = props.problems.len().saturating_sub(SHOWN);
    html! {
        <div class="litmus">
            { masthead(&embed.0, None) }
            <main>
                <section class="card" aria-labelledby="problem-heading">
                    <h1 id="problem-heading" tabindex="-1">{"This questionnaire could not be opened"}</h1>
                    <p>{"The questionnaire file "}<code>{props.file.clone()}</code>{" cannot be used:"}</p>
                    <ul class="problems">
                        { for props.problems.iter().take(SHOWN).enumerate().map(|(i, p)| html! {
                            <li key={i}>
                                if p.field != "file" { <code>{p.field.clone()}</code>{": "} }
                                {p.problem.clone()}
                            </li>
                        }) }
                    </ul>
                    if more > 0 {
                        <p>{format!("and {more} more.")}</p>
                    }
                    <p>{"If you host this page: open the file in the embed builder's Questions tab (embed/), fix what it shows, and upload it again. No questions were shown and nothing was stored."}</p>
                </section>
            </main>
        </div>
    }
}
