use litmus::language::{date, message, t, tf, workshop as w};
use litmus_core::instrument::Instrument;
use litmus_core::lang::fill;
use litmus_core::team::record::{Commitment, Status};
use yew::prelude::*;

use crate::words;

/// What [`commitment_review`] shows.
pub struct CommitmentReviewProps {
    /// The instrument, for the statements' titles.
    pub instrument: &'static Instrument,
    /// Last quarter's commitments.
    pub commitments: Vec<Commitment>,
    /// How each went, once marked.
    pub marks: std::rc::Rc<[Option<Status>]>,
    /// A commitment (its index) marked.
    pub on_mark: Callback<(usize, Status)>,
}

/// A commitment in one line: what, who, by when, and the statement it
/// answers; `status`, when reviewed, after a dash. The date never breaks
/// across lines.
pub fn commitment_line(instrument: &Instrument, c: &Commitment, status: Option<Status>) -> Html {
    let who = if c.who.is_empty() {
        String::new()
    } else {
        format!(" ({})", c.who)
    };
    // The due date never breaks: the message is split around it.
    let by = message(w::BY);
    let (before, after) = by.split_once("{due}").unwrap_or((by, ""));
    let args = [("what", c.what.as_str()), ("who", who.as_str())];
    let answers = c
        .statement
        .and_then(|s| instrument.item(s))
        .map(|(_, item)| tf(w::ANSWERS, &[("title", &item.title)]));
    let status = status.map(|s| format!(" \u{2014} {}", words::status(s)));
    html! {
        <>{fill(before, &args)}<time class="date" datetime={c.due.to_string()}>{date(c.due)}</time>{fill(after, &args)}{answers}{status}</>
    }
}

/// "Did we do it?": each of last quarter's commitments as a group of four
/// radio buttons (done, partly, not done, dropped), recorded into today's
/// record. A plain function: it holds no state.
pub fn commitment_review(props: CommitmentReviewProps) -> Html {
    let inst = props.instrument;
    let groups = props.commitments.iter().enumerate().map(|(i, c)| {
        let options = Status::ALL.iter().map(|&status| {
            let on_mark = props.on_mark.reform(move |_: Event| (i, status));
            let checked = props.marks.get(i).copied().flatten() == Some(status);
            let id = format!("mark-{i}-{}", status.label().replace(' ', "-"));
            html! {
                <li key={status.label()} class="choice">
                    <input id={id.clone()} type="radio" name={format!("mark-{i}")} value={status.label()} {checked} onchange={on_mark} />
                    <label for={id}>{words::status(status)}</label>
                </li>
            }
        });
        html! {
            <fieldset key={i} class="mark">
                <legend>{commitment_line(inst, c, None)}</legend>
                <ul class="marks">{ for options }</ul>
            </fieldset>
        }
    });
    let marked = props.marks.iter().filter(|m| m.is_some()).count();
    html! {
        <section class="card" aria-labelledby="review-heading" data-testid="commitment-review">
            <h2 id="review-heading">{t(w::REVIEW_HEADING)}</h2>
            if props.commitments.is_empty() {
                <p>{t(w::REVIEW_NONE)}</p>
            } else {
                <p class="hint">{tf(w::MARKED, &[("marked", &marked.to_string()), ("n", &props.commitments.len().to_string())])}</p>
                { for groups }
            }
        </section>
    }
}
