use litmus_core::lang::Language;
use yew::prelude::*;

use crate::language::{check as k, language, t};
use crate::platform;

/// The footer's language picker: a link to this page in each language,
/// each named in its own language, the page's own marked current. Choosing
/// one is remembered on the device by the page's first inline script (see
/// `index.html`), which also serves the static shell's picker.
pub fn language_picker() -> Html {
    let current = language();
    let (options, hash) = platform::language_address_parts();
    let links = Language::ALL.iter().map(|&l| {
        let code = l.code();
        let page = if l == Language::En { "./?" } else { ".html?" };
        let name = if l == Language::En { "" } else { code };
        let index = if l == Language::En { "" } else { "index." };
        let href = [index, name, page, &options, "lang=", code, &hash].concat();
        html! {
            <li key={code}>
                <a {href} lang={code} hreflang={code}
                    aria-current={(l == current).then_some("true")}>{l.name()}</a>
            </li>
        }
    });
    html! {
        <nav class="languages" aria-label={t(k::PAGE_LANGUAGE)}>
            <ul>{ for links }</ul>
        </nav>
    }
}
