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
                .map_or_else(|| "date unknown".to_string(), |d| d.to_string());
            let n = record.commitments.len();
            html! {
                <>
                    <p data-testid="last-quarter" role="status">
                        <strong>{"Last quarter\u{2019}s record is open: "}</strong>
                        {format!("{title}, {date}, {} results, {n} {}. After the reveal you review its commitments and see what changed.",
                            record.report.n, if n == 1 { "commitment" } else { "commitments" })}
                    </p>
                    <button type="button" class="button secondary" onclick={forget}>{"Put it away"}</button>
                </>
            }
        }
        None => html! {
            <>
                <p class="hint">{"Open last quarter\u{2019}s team link or team record file to review its commitments and see the team change after the reveal."}</p>
                <label for="last-link">{"Last quarter\u{2019}s team link"}</label>
                <textarea id="last-link" rows="2" ref={field} aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={props.error.is_some().then_some("last-error")} />
                if let Some(error) = &props.error {
                    <p id="last-error" class="notice error" role="alert">{error.clone()}</p>
                }
                <div class="step-nav">
                    <button type="button" class="button secondary" onclick={on_open}>{"Open last quarter\u{2019}s link"}</button>
                </div>
                <p class="open-file">
                    <label for="last-file">{"Or open last quarter\u{2019}s team record file"}</label>
                    <input id="last-file" type="file" accept=".md,.txt,text/markdown,text/plain" onchange={on_file} />
                </p>
            </>
        },
    };
    html! {
        <section class="card last-quarter" aria-labelledby="last-quarter-heading">
            <h2 id="last-quarter-heading">{"Reviewing last quarter?"}</h2>
            { body }
        </section>
    }
}
