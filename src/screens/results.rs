use std::rc::Rc;

use crate::language::{check as k, message, t};
use litmus_core::score::score;
use litmus_core::session::{Action, Step};
use litmus_core::share;
use litmus_core::summary::{result_json, summary_text, SummaryWords};
use yew::prelude::*;

use crate::check::state::{CheckAction, Navigate};
use crate::check::{send, CheckContext};
use crate::components::results_card::{results_card, ResultsCardProps};
use crate::components::share_sheet::{
    share_callbacks, share_sheet, ShareSheetProps, ShareSheetState, SheetControls,
};
use crate::platform;

/// The user's own result: the scored card, the host's call to action, and
/// the share sheet, whose flags (`sheet`) are UI state of the page, not of
/// the reducer.
pub fn results(ctx: &CheckContext, sheet: &UseStateHandle<ShareSheetState>) -> Html {
    let (inst, session) = (ctx.instrument, &ctx.session);
    let controls = SheetControls::new(sheet);

    let answers = session.answers();
    let report = Rc::new(score(inst, &answers));
    let labels: Vec<String> = session
        .colleagues()
        .iter()
        .map(|c| c.label.clone())
        .collect();
    let has_labels = labels.iter().any(|l| !l.is_empty());
    let include = sheet.labels && has_labels;
    let included_labels = include.then_some(labels.as_slice());
    let code = share::encode_result(
        inst,
        &answers,
        session.nonce.unwrap_or(0),
        included_labels,
        session.completed,
    );
    let link = AttrValue::from(platform::page_address() + &share::fragment(&code));
    let text = summary_text(
        inst,
        &report,
        included_labels,
        Some(&link),
        &summary_words(),
    );
    let (on_copy_link, on_copy_text, on_share) = share_callbacks(
        inst.title.to_string(),
        link.clone(),
        text,
        &controls.on_status,
    );
    let on_download = {
        let file = result_json(inst, &report, &code);
        let on_status = controls.on_status.clone();
        Callback::from(move |()| {
            let saved = platform::download("litmus-result.json", &file, "application/json");
            on_status.emit(if saved {
                message(k::SHARE_DOWNLOADED)
            } else {
                message(k::SHARE_NOT_DOWNLOADED)
            });
        })
    };
    let included: Vec<AttrValue> = [
        message(k::SHARE_INCLUDED_ANSWERS),
        message(k::SHARE_NEVER_INCLUDED),
        if include {
            message(k::SHARE_LABELS_INCLUDED)
        } else {
            message(k::SHARE_LABELS_NOT_INCLUDED)
        },
    ]
    .into_iter()
    .map(AttrValue::Static)
    .collect();
    let cta = match (&ctx.embed.cta_label, &ctx.embed.cta_url) {
        (Some(label), Some(url)) => html! {
            <p class="cta">
                <a class="button primary" href={url.clone()} target="_blank" rel="noopener">{label.clone()}</a>
            </p>
        },
        _ => html! {},
    };
    html! {
        <>
            { results_card(ResultsCardProps {
                instrument: inst,
                report,
                labels: super::team::labels(ctx),
                counts: session.colleagues().iter().map(|c| c.known()).collect(),
                responses: session.responses.clone().into(),
                shared: false,
                on_review: Some(send(ctx, |()| CheckAction::Session(Action::GoTo(Step::Team)))),
            }) }
            { cta }
            { over_time(ctx) }
            { share_sheet(ShareSheetProps {
                heading: t(k::SHARE_HEADING).into(),
                included,
                open: sheet.open,
                link,
                has_labels,
                include_labels: include,
                status: sheet.status.clone(),
                on_toggle: controls.on_toggle,
                on_include_labels: controls.on_include_labels,
                on_copy_link,
                on_copy_text,
                on_share,
                on_print: Callback::from(|()| platform::print()),
                on_download: Some(on_download),
            }) }
        </>
    }
}

/// The way to the earlier results kept on this device and how this one
/// compares, and taking the check again (this result stays kept).
/// The words of the result as text: the core's English on the English page
/// (its build carries no copy of them), the page's language's on a page in
/// another.
#[cfg(not(feature = "languages"))]
fn summary_words() -> SummaryWords<'static> {
    SummaryWords::ENGLISH
}

/// The words of the result as text, in the page's language.
#[cfg(feature = "languages")]
fn summary_words() -> SummaryWords<'static> {
    use crate::language::{check, language, message, summary as k};
    SummaryWords {
        language: language(),
        index: message(k::INDEX),
        litmus: message(k::LITMUS),
        verdicts: [message(k::PASS), message(k::CLOSE), message(k::NOT_YET)],
        percent: message(check::FORMAT_PERCENT),
        least_known: message(k::LEAST_KNOWN),
        colleague: message(check::TEAM_COLLEAGUE),
        no_score: message(check::RESULTS_NO_SCORE),
        next_steps: message(k::NEXT_STEPS),
        full_result: message(k::FULL_RESULT),
    }
}

fn over_time(ctx: &CheckContext) -> Html {
    let again = send(ctx, |_: MouseEvent| CheckAction::Navigate(Navigate::Again));
    html! {
        <section class="card over-time" aria-labelledby="over-time">
            <h2 id="over-time">{t(k::RESULTS_OVER_TIME)}</h2>
            <p>{t(k::RESULTS_KEPT_TODAY)}</p>
            { super::welcome::kept(ctx) }
            <div class="step-nav">
                <a class="button secondary" href={super::welcome::compare_address()}>{t(k::RESULTS_COMPARE_EARLIER)}</a>
                <button type="button" class="button secondary" onclick={again}>{t(k::RESULTS_AGAIN)}</button>
            </div>
        </section>
    }
}

#[cfg(all(test, feature = "languages"))]
mod tests {
    use litmus_core::summary::SummaryWords;

    /// In English the messages are the core's own words.
    #[test]
    fn the_summary_reads_in_english_as_the_core_writes_it() {
        let (ours, core) = (super::summary_words(), SummaryWords::ENGLISH);
        assert_eq!(
            [
                ours.index,
                ours.litmus,
                ours.percent,
                ours.least_known,
                ours.colleague,
                ours.no_score,
                ours.next_steps,
                ours.full_result
            ],
            [
                core.index,
                core.litmus,
                core.percent,
                core.least_known,
                core.colleague,
                core.no_score,
                core.next_steps,
                core.full_result
            ]
        );
        assert_eq!(ours.verdicts, core.verdicts);
    }
}
