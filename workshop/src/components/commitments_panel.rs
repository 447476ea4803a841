use std::rc::Rc;

use litmus::language::{message, t, tf, workshop as w, Key, Workshop};
use litmus_core::calendar::calendar;
use litmus_core::instrument::Instrument;
use litmus_core::team::record::{
    commitment_events, commitments_markdown, record_file, statement_order, TeamRecord,
    MAX_COMMITMENTS, WHAT_MAX, WHO_MAX,
};
use yew::prelude::*;

use super::commitment_review::commitment_line;
use crate::platform::field_text;
use crate::state::{Draft, DraftField};
use crate::words::team_words;
use litmus::platform;

#[derive(Properties, PartialEq)]
pub struct CommitmentsPanelProps {
    pub instrument: &'static Instrument,
    /// Today's record: its commitments, date and team view.
    pub record: Rc<TeamRecord>,
    /// The team link that holds the record, for its file.
    pub link: AttrValue,
    /// The last commitment refused: its field and why.
    pub draft_error: Option<(DraftField, AttrValue)>,
    /// Record a commitment.
    pub on_commit: Callback<Draft>,
    /// Take back a recorded commitment (its index).
    pub on_withdraw: Callback<usize>,
}

/// One field of the commitment form: its label, the rule, and a refusal
/// shown at the field.
fn field(
    id: &'static str,
    label: AttrValue,
    rule: String,
    error: Option<&AttrValue>,
    input: Html,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{label}</label>
            { input }
            if !rule.is_empty() {
                <p id={format!("{id}-rule")} class="hint">{rule}</p>
            }
            if let Some(why) = error {
                <p id={format!("{id}-error")} class="field-error" role="alert">{tf(w::NOT_RECORDED, &[("why", why)])}</p>
            }
        </div>
    }
}

/// "Our commitments": up to three, each what (up to 120 characters), who
/// (optional), by when and the statement it answers (splits and the lowest
/// statements offered first), refused at the field that breaks a rule; then
/// the team record as a file, as Markdown and as calendar events. Whether
/// the Markdown was copied is this component's own state.
#[component]
pub fn CommitmentsPanel(props: &CommitmentsPanelProps) -> Html {
    let status = use_state(|| None::<Key<Workshop>>);
    let refs = use_memo((), |()| {
        [
            NodeRef::default(),
            NodeRef::default(),
            NodeRef::default(),
            NodeRef::default(),
        ]
    });
    let inst = props.instrument;
    let record = &props.record;
    let count = record.commitments.len();
    let error = |f: DraftField| {
        props
            .draft_error
            .as_ref()
            .filter(|(field, _)| *field == f)
            .map(|(_, why)| why)
    };
    let described = |id: &str, f: DraftField| {
        let mut ids = format!("{id}-rule");
        if error(f).is_some() {
            ids.push_str(&format!(" {id}-error"));
        }
        ids
    };
    let invalid = |f: DraftField| error(f).is_some().then_some("true");
    let list = record.commitments.iter().enumerate().map(|(i, c)| {
        let on_withdraw = props.on_withdraw.reform(move |_: MouseEvent| i);
        html! {
            <li key={format!("{i}-{}", c.what)}>
                <p>{commitment_line(inst, c, None)}</p>
                <button type="button" class="button link" onclick={on_withdraw}
                    aria-label={tf(w::REMOVE_LABEL, &[("n", &(i + 1).to_string())])}>{t(w::REMOVE)}</button>
            </li>
        }
    });
    let form = (count < MAX_COMMITMENTS).then(|| {
        let onclick = {
            let (refs, on_commit) = (refs.clone(), props.on_commit.clone());
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                on_commit.emit(Draft {
                    what: field_text(&refs[0]),
                    who: field_text(&refs[1]),
                    due: field_text(&refs[2]),
                    statement: field_text(&refs[3]).parse().ok(),
                });
            })
        };
        let due = record
            .date
            .and_then(|d| d.plus_days(litmus_core::calendar::QUARTER_DAYS))
            .map(|d| AttrValue::from(d.to_string()));
        let options = statement_order(&record.report).into_iter().filter_map(|i| {
            let (_, item) = inst.item(i)?;
            let s = record.report.items.get(i)?;
            let mean = s.mean_score.map(|m| m.shown().to_string()).unwrap_or_default();
            let key = match s.mean_score {
                _ if s.split => w::OPTION_SPLIT,
                Some(_) => w::OPTION_MEAN,
                None => w::OPTION_UNANSWERED,
            };
            let text = tf(key, &[("title", &item.title), ("mean", &mean)]);
            Some(html! { <option key={i} value={i.to_string()}>{text}</option> })
        });
        html! {
            <form key={count} class="commitment-form" novalidate=true aria-labelledby="commit-heading">
                <h3 id="commit-heading">{tf(w::COMMITMENT_OF, &[("n", &(count + 1).to_string()), ("max", &MAX_COMMITMENTS.to_string())])}</h3>
                { field("c-what", t(w::WHAT), tf(w::WHAT_RULE, &[("max", &WHAT_MAX.to_string())]), error(DraftField::What), html! {
                    <input id="c-what" type="text" ref={refs[0].clone()} autocomplete="off"
                        aria-invalid={invalid(DraftField::What)} aria-describedby={described("c-what", DraftField::What)} />
                }) }
                { field("c-who", t(w::WHO), tf(w::WHO_RULE, &[("max", &WHO_MAX.to_string())]), error(DraftField::Who), html! {
                    <input id="c-who" type="text" ref={refs[1].clone()} autocomplete="off"
                        aria-invalid={invalid(DraftField::Who)} aria-describedby={described("c-who", DraftField::Who)} />
                }) }
                { field("c-due", t(w::DUE), message(w::DUE_RULE).into(), error(DraftField::Due), html! {
                    <input id="c-due" type="date" ref={refs[2].clone()} value={due}
                        aria-invalid={invalid(DraftField::Due)} aria-describedby={described("c-due", DraftField::Due)} />
                }) }
                { field("c-statement", t(w::STATEMENT), message(w::STATEMENT_RULE).into(), error(DraftField::Statement), html! {
                    <select id="c-statement" ref={refs[3].clone()}
                        aria-invalid={invalid(DraftField::Statement)} aria-describedby={described("c-statement", DraftField::Statement)}>
                        <option value="" selected=true>{t(w::NO_STATEMENT)}</option>
                        { for options }
                    </select>
                }) }
                <div class="step-nav">
                    <button type="submit" class="button primary" {onclick}>{t(w::RECORD)}</button>
                </div>
            </form>
        }
    });
    let exports = (count > 0 || !record.reviewed.is_empty()).then(|| {
        let date = record.date.map_or_else(String::new, |d| format!("-{d}"));
        let on_file = {
            let text = record_file(inst, record, &props.link, &team_words());
            let name = format!("litmus-team-record{date}.md");
            Callback::from(move |_: MouseEvent| {
                platform::download(&name, &text, "text/markdown");
            })
        };
        let on_copy = {
            let (text, status) = (
                commitments_markdown(inst, record, &team_words()),
                status.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                let status = status.clone();
                platform::copy_text(
                    text.clone(),
                    Callback::from(move |ok: bool| {
                        status.set(Some(if ok {
                            w::COPIED
                        } else {
                            w::COPY_FAILED
                        }))
                    }),
                )
            })
        };
        let on_calendar = {
            let events = commitment_events(inst, record, &team_words());
            let today = record.date;
            let name = format!("litmus-commitments{date}.ics");
            Callback::from(move |_: MouseEvent| {
                if let Some(today) = today {
                    platform::download(&name, &calendar(&events, today), "text/calendar");
                }
            })
        };
        html! {
            <div class="exports">
                <p class="hint">{t(w::EXPORTS_HINT)}</p>
                <div class="step-nav">
                    <button type="button" class="button secondary" onclick={on_file}>{t(w::DOWNLOAD_RECORD)}</button>
                    <button type="button" class="button secondary" onclick={on_copy}>{t(w::COPY_MARKDOWN)}</button>
                    if count > 0 && record.date.is_some() {
                        <button type="button" class="button secondary" onclick={on_calendar}>{t(w::CALENDAR)}</button>
                    }
                </div>
                <p class="share-status" role="status" aria-live="polite">{ (*status).map(t) }</p>
            </div>
        }
    });
    html! {
        <section class="card commitments" aria-labelledby="commitments-heading">
            <h2 id="commitments-heading">{t(w::COMMITMENTS_HEADING)}</h2>
            <p class="hint">{t(w::COMMITMENTS_HINT)}</p>
            if count > 0 {
                <ol class="commitment-list" data-testid="commitments">{ for list }</ol>
            }
            { form }
            { exports }
        </section>
    }
}
