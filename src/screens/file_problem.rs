//! What a page shows instead of a consultant's questionnaire that cannot be
//! used: the file, its first problems, and what the host can do. The embed
//! builder's preview also receives every problem, to show at its field.

use std::rc::Rc;

use crate::language::{check as k, rule_words, t, tn};
use litmus_core::embed::{parse_query, EmbedOptions};
use litmus_core::file::Problem;
use yew::prelude::*;

use crate::components::masthead::masthead;
use crate::hooks::use_embed_host;
use crate::platform;
use crate::platform::instrument_file::{self, post_problems};

/// Starts a page: at once, or, when its address names a consultant's
/// instrument file (`?instrument=NAME`), once that file is loaded from
/// `folder` (relative to the page) and checked. A file that cannot be used
/// replaces the page with its problems, and the page never starts. Either
/// way the embed builder's preview (a frame of the host's `origin`) is told
/// the problems, none when the file is good.
pub fn start_with_file(folder: &'static str, start: impl FnOnce() + 'static) {
    let embed = Rc::new(parse_query(&platform::query()).0);
    let Some(name) = embed.instrument.clone() else {
        return start();
    };
    wasm_bindgen_futures::spawn_local(async move {
        let origin = embed.origin.as_deref().filter(|_| platform::in_frame());
        let loaded = instrument_file::load(&name, folder, origin).await;
        if let Some(origin) = origin {
            let problems = loaded.as_ref().err().map_or(&[][..], |p| &p.problems[..]);
            post_problems(origin, problems);
        }
        match loaded {
            Ok(instrument) => {
                let instrument = crate::instruments::install(instrument);
                platform::set_title(&instrument.title);
                start();
            }
            Err(problem) => platform::mount_with::<FileProblemApp>(FileProblemAppProps {
                file: problem.file.into(),
                problems: problem.problems.into(),
                embed,
            }),
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
    /// The host's branding and options.
    pub embed: Rc<EmbedOptions>,
}

/// The page when its questionnaire file cannot be used.
#[component]
pub fn FileProblemApp(props: &FileProblemAppProps) -> Html {
    use_embed_host(props.embed.clone(), Rc::from([]));
    let more = props.problems.len().saturating_sub(SHOWN);
    html! {
        <div class="litmus">
            { masthead(&props.embed, None) }
            <main>
                <section class="card" aria-labelledby="problem-heading">
                    <h1 id="problem-heading" tabindex="-1">{t(k::FILE_FAILED)}</h1>
                    <p>{t(k::FILE_FILE_BEFORE)}{" "}<code>{props.file.clone()}</code>{" "}{t(k::FILE_FILE_AFTER)}</p>
                    <ul class="problems">
                        { for props.problems.iter().take(SHOWN).enumerate().map(|(i, p)| html! {
                            <li key={i}>
                                if p.field != "file" { <code>{p.field.clone()}</code>{": "} }
                                {rule_words(&p.rule)}
                            </li>
                        }) }
                    </ul>
                    if more > 0 {
                        <p>{tn(k::FILE_MORE, more, &[])}</p>
                    }
                    <p>{t(k::FILE_HOST)}</p>
                </section>
            </main>
        </div>
    }
}
