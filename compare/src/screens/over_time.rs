use litmus::components::step_card::HEADING_ID;
use litmus::language::{compare as w, t};
use litmus::platform;
use litmus_core::calendar::quarterly_reminder;
use litmus_core::history;
use yew::prelude::*;

use crate::components::trend_chart::{trend_chart, TrendChartProps};
use crate::state::{Bring, CompareAction, KeptAction};
use crate::{send, CompareContext};
use litmus::components::kept_list::{kept_line, kept_list, KeptLine, KeptListProps};

/// Your results over time: the results kept on this device, the trend, a
/// result link or file to compare, the history file, and a reminder for
/// next quarter.
pub fn over_time(ctx: &CompareContext) -> Html {
    let kept = &ctx.kept;
    let scored: Vec<KeptLine> = kept.iter().map(kept_line).collect();
    // The trend: results of the latest one's questionnaire and version.
    let same: Vec<usize> = kept
        .last()
        .map(|latest| {
            (0..kept.len())
                .filter(|&i| {
                    kept[i].instrument.id == latest.instrument.id
                        && kept[i].instrument.version == latest.instrument.version
                })
                .collect()
        })
        .unwrap_or_default();
    let trend = (same.len() >= 3).then(|| {
        let points = same
            .iter()
            .filter_map(|&i| Some((kept[i].completed()?, scored[i].index?)))
            .collect();
        html! {
            <section class="card" aria-labelledby="trend-heading">
                <h2 id="trend-heading">{t(w::TREND)}</h2>
                { trend_chart(TrendChartProps { points }) }
            </section>
        }
    });
    let message = ctx.message.as_ref().map(|(ok, text)| {
        if *ok {
            html! { <p class="notice" role="status" data-testid="message">{text.clone()}</p> }
        } else {
            html! { <p class="notice warning" role="alert" data-testid="message">{text.clone()}</p> }
        }
    });
    let field = NodeRef::default();
    let on_paste = {
        let (field, on_text) = (
            field.clone(),
            send(ctx, |t| CompareAction::Compare(Bring::Pasted(t))),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = platform::take_text(&field) {
                on_text.emit(text);
            }
        })
    };
    let on_file = {
        let on_text = send(ctx, |t| CompareAction::Compare(Bring::File(t)));
        Callback::from(move |e: Event| {
            if let Some(file) = platform::take_file(&e) {
                platform::read_text(file, on_text.clone());
            }
        })
    };
    let on_download = {
        let text = history::write(kept);
        Callback::from(move |_: MouseEvent| {
            platform::download("litmus-history.txt", &text, "text/plain");
        })
    };
    let on_remind = Callback::from(|_: MouseEvent| {
        if let Some(today) = platform::today() {
            let ics = quarterly_reminder(today, &crate::platform::check_address());
            platform::download("litmus-reminder.ics", &ics, "text/calendar");
        }
    });
    let list = if scored.is_empty() {
        html! { <p data-testid="none-kept">{t(w::NONE_KEPT)}</p> }
    } else {
        kept_list(KeptListProps {
            lines: scored,
            on_compare: Some(send(ctx, |i| CompareAction::Compare(Bring::Kept(i)))),
            on_remove: send(ctx, |i| CompareAction::Kept(KeptAction::Remove(i))),
        })
    };
    html! {
        <>
            <section class="card" aria-labelledby={HEADING_ID}>
                <p class="eyebrow">{t(w::EYEBROW)}</p>
                <h1 id={HEADING_ID} tabindex="-1">{t(w::HEADING)}</h1>
                <p class="lead">{t(w::LEAD)}</p>
                if let Some(why) = &ctx.unreadable {
                    <p class="notice warning" role="alert">{why.clone()}</p>
                }
                { message }
                { list }
            </section>
            { trend }
            <section class="card compare-input" aria-labelledby="bring-heading">
                <h2 id="bring-heading">{t(w::BRING)}</h2>
                <p class="hint">{t(w::BRING_HINT)}</p>
                <label for="earlier-link">{t(w::BRING_LINK)}</label>
                <textarea id="earlier-link" rows="2" ref={field} />
                <div class="step-nav">
                    <button type="button" class="button primary" onclick={on_paste}>{t(w::COMPARE_LINK)}</button>
                </div>
                <p class="open-file">
                    <label for="earlier-file">{t(w::BRING_FILE)}</label>
                    <input id="earlier-file" type="file" accept=".json,.txt,application/json,text/plain" onchange={on_file} />
                </p>
            </section>
            <section class="card" aria-labelledby="keep-heading">
                <h2 id="keep-heading">{t(w::KEEP)}</h2>
                <p>{t(w::KEEP_MORE)}</p>
                <div class="step-nav">
                    if !kept.is_empty() {
                        <button type="button" class="button secondary" onclick={on_download}>{t(w::DOWNLOAD)}</button>
                    }
                    <button type="button" class="button secondary" onclick={on_remind}>{t(w::REMIND)}</button>
                </div>
                <p class="hint">{t(w::REMIND_HINT)}</p>
                <div class="step-nav">
                    <a class="button secondary" href={["../", &platform::query()].concat()}>{t(w::BACK_TO_CHECK)}</a>
                </div>
            </section>
        </>
    }
}
