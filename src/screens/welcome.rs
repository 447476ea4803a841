use litmus_core::session::Action;
use yew::prelude::*;

use crate::check::state::{load_session, remove_kept, CheckAction, Navigate};
use crate::check::{send, CheckContext};
use crate::components::kept_list::{kept_list, KeptListProps};
use crate::components::text;
use crate::components::welcome_step::{welcome_step, WelcomeStepProps};
use crate::instruments::{self, built_in, is_default};
use crate::platform;
use crate::platform::storage::{self, CURRENT_KEY};

/// What the check is, the privacy promise, the other checks, the way to the
/// workshop, and opening a result file.
pub fn welcome(ctx: &CheckContext) -> Html {
    let inst = ctx.instrument;
    let intro = match &ctx.embed.intro {
        Some(intro) if is_default(inst) || inst.code == 0 => AttrValue::from(intro.clone()),
        _ => text(&inst.intro),
    };
    // A consultant's questionnaire is the only one their widget offers.
    let offered = if instruments::file().is_some() {
        &[]
    } else {
        built_in()
    };
    let others: Vec<(usize, AttrValue)> = offered
        .iter()
        .enumerate()
        .filter(|(_, i)| i.id != inst.id)
        .map(|(k, i)| (k, text(&i.title)))
        .collect();
    // Loading another instrument's saved session is storage I/O: it happens
    // here, in the handler, and the reducer only takes the result.
    let d = ctx.dispatcher();
    let on_choose = Callback::from(move |k: usize| {
        if let Some(&inst) = built_in().get(k) {
            let (session, notice) = load_session(inst);
            let _ = storage::write(CURRENT_KEY, &inst.id);
            d.dispatch(CheckAction::Navigate(Navigate::SwitchInstrument(
                inst, session, notice,
            )));
        }
    });
    let d = ctx.dispatcher();
    let on_open_file = Callback::from(move |file| {
        let d = d.clone();
        platform::read_text(
            file,
            Callback::from(move |text| {
                d.dispatch(CheckAction::Navigate(Navigate::FileOpened(text)))
            }),
        );
    });
    welcome_step(WelcomeStepProps {
        title: text(&inst.title),
        intro,
        resuming: ctx.has_progress(),
        on_start: send(ctx, |()| CheckAction::Session(Action::Next)),
        on_open_file,
        workshop: ("workshop/".to_string() + &platform::query()).into(),
        others,
        on_choose,
        kept: (!ctx.kept.is_empty()).then(|| kept(ctx)),
        compare: compare_address(),
    })
}

/// "Your earlier results" kept on this device, each removable (the removal
/// is storage I/O, done here in the handler).
pub fn kept(ctx: &CheckContext) -> Html {
    kept_list(KeptListProps {
        lines: ctx.kept.to_vec(),
        on_compare: None,
        on_remove: send(ctx, |i| {
            CheckAction::Navigate(Navigate::Kept(remove_kept(i)))
        }),
    })
}

/// The compare page's address (with the page's embedding options).
pub fn compare_address() -> AttrValue {
    ("compare/".to_string() + &platform::query()).into()
}
