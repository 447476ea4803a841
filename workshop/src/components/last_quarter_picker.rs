use litmus::language::{date, message, t, tn, workshop as w};
use litmus_core::team::record::TeamRecord;
use yew::prelude::*;

use litmus::platform;

/// What [`last_quarter_picker`] shows.
pub struct LastQuarterPickerProps {
    /// Last quarter's record, once opened.
    pub last: Option<(AttrValue, std::rc::Rc<TeamRecord>)>,
    /// Why the last link or file given could not be opened.
    pub error: Option<AttrValue>,
    /// Text holding a team link: pasted, or a record file's.
    pub on_open: Callback<String>,
    /// A team record file picked.
    pub on_open_file: Callback<web_sys::File>,
    /// Put last quarter's record away.
    pub on_forget: Callback<()>,
}

/// "Reviewing last quarter?": paste last quarter's team link or open its
/// record file beside this quarter's codes; once opened, what it holds and a
/// way to put it away. A plain function: it holds no state.
pub fn last_quarter_picker(props: LastQuarterPickerProps) -> Html {
    let field = NodeRef::default();
    let on_open = {
        let (field, on_open) = (field.clone(), props.on_open.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = platform::take_text(&field) {
                on_open.emit(text);
            }
        })
    };
    let on_file = {
        let on_open_file = props.on_open_file.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = platform::take_file(&e) {
                on_open_file.emit(file);
            }
        })
    };
    let body = match &props.last {
        Some((title, record)) => {
            let forget = props.on_forget.reform(|_: MouseEvent| ());
            let date = record
                .date
                .map_or_else(|| message(w::DATE_UNKNOWN).to_string(), date);
            let n = record.commitments.len();
            html! {
                <>
                    <p data-testid="last-quarter" role="status">
                        <strong>{t(w::LAST_OPEN)}{" "}</strong>
                        {tn(w::LAST_SUMMARY, n, &[("title", title), ("date", &date), ("results", &record.report.n.to_string())])}
                    </p>
                    <button type="button" class="button secondary" onclick={forget}>{t(w::PUT_AWAY)}</button>
                </>
            }
        }
        None => html! {
            <>
                <p class="hint">{t(w::LAST_HINT)}</p>
                <label for="last-link">{t(w::LAST_LINK)}</label>
                <textarea id="last-link" rows="2" ref={field} aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={props.error.is_some().then_some("last-error")} />
                if let Some(error) = &props.error {
                    <p id="last-error" class="notice error" role="alert">{error.clone()}</p>
                }
                <div class="step-nav">
                    <button type="button" class="button secondary" onclick={on_open}>{t(w::OPEN_LAST)}</button>
                </div>
                <p class="open-file">
                    <label for="last-file">{t(w::LAST_FILE)}</label>
                    <input id="last-file" type="file" accept=".md,.txt,text/markdown,text/plain" onchange={on_file} />
                </p>
            </>
        },
    };
    html! {
        <section class="card last-quarter" aria-labelledby="last-quarter-heading">
            <h2 id="last-quarter-heading">{t(w::LAST_HEADING)}</h2>
            { body }
        </section>
    }
}
