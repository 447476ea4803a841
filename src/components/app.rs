use std::rc::Rc;

use litmus_core::save;
use litmus_core::score::score;
use litmus_core::session::{Action, Session, Step};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::litmus_step::{LitmusStep, SlotView};
use super::notice_banner::NoticeBanner;
use super::progress_bar::ProgressBar;
use super::question_step::QuestionStep;
use super::results_card::ResultsCard;
use super::start_over::StartOver;
use super::step_card::HEADING_ID;
use super::team_step::{OptionalPart, TeamStep};
use super::welcome_step::WelcomeStep;
use crate::instruments::LEADERSHIP_TRUST;
use crate::state::{AppAction, AppState, Notice};
use crate::storage::{self, StorageProblem, SESSION_KEY};

/// Moves keyboard and screen-reader focus to the new step's heading.
fn focus_heading() {
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(HEADING_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(h) = heading {
        let _ = h.focus();
    }
}

/// The private labels of the counted colleagues.
fn labels(session: &Session) -> Rc<[AttrValue]> {
    session
        .colleagues()
        .iter()
        .map(|c| AttrValue::from(c.label.clone()))
        .collect()
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {}

/// The whole app: one reducer, the current step, notices and start over.
#[component]
pub fn App(_props: &AppProps) -> Html {
    let state = use_reducer(|| AppState::load(&LEADERSHIP_TRUST));
    let inst = state.instrument;

    // Save as the user goes; a pristine session leaves nothing stored.
    {
        let dispatcher = state.dispatcher();
        let known_problem = state.storage_problem;
        use_effect_with(state.session.clone(), move |session| {
            let result = if *session == Session::new(inst) {
                storage::remove(SESSION_KEY);
                Ok(())
            } else {
                storage::write(SESSION_KEY, &save::encode(inst, session))
            };
            if let Err(p) = result {
                if known_problem != Some(p) {
                    dispatcher.dispatch(AppAction::StorageFailed(p));
                }
            }
        });
    }
    // Focus the heading when the step changes (not on first load).
    {
        let first = use_mut_ref(|| true);
        use_effect_with(state.session.step, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus_heading();
            }
        });
    }

    let act = {
        let dispatcher = state.dispatcher();
        move |action: Action| dispatcher.dispatch(AppAction::Session(action))
    };
    let on = |action: Action| {
        let act = act.clone();
        Callback::from(move |()| act(action.clone()))
    };
    let session = &state.session;
    let (index, total) = session.position(inst);

    let step = match session.step {
        Step::Welcome => html! {
            <WelcomeStep title={inst.title.to_string()} intro={inst.intro.to_string()}
                resuming={*session != Session::new(inst)} on_start={on(Action::Next)} />
        },
        Step::Team => {
            let litmus = inst.litmus.as_ref();
            let labels = labels(session);
            let optional_parts: Rc<[OptionalPart]> = inst
                .parts
                .iter()
                .enumerate()
                .filter(|(_, p)| p.optional)
                .map(|(i, p)| OptionalPart {
                    index: i,
                    title: p.title.to_string().into(),
                    questions: p.items.len(),
                    on: session.parts.get(i).copied().unwrap_or(false),
                })
                .collect();
            let act2 = act.clone();
            let act3 = act.clone();
            let act4 = act.clone();
            html! {
                <TeamStep team_size={session.team_size}
                    min={litmus.map_or(1, |l| l.min_colleagues)}
                    max={litmus.map_or(1, |l| l.max_colleagues)}
                    label_max={litmus.map_or(40, |l| l.label_max)}
                    {labels} {optional_parts}
                    on_size={Callback::from(move |n| act2(Action::SetTeamSize(n)))}
                    on_label={Callback::from(move |(i, s)| act3(Action::SetLabel(i, s)))}
                    on_part={Callback::from(move |(i, on)| act4(Action::SetPart(i, on)))}
                    on_next={on(Action::Next)} on_back={on(Action::Back)} />
            }
        }
        Step::Colleague(i) => {
            let colleague = session.team.get(i).cloned().unwrap_or_default();
            let slots: Rc<[SlotView]> = colleague
                .slots
                .iter()
                .map(|s| SlotView {
                    known: s.known,
                    keyword: s.keyword.clone().into(),
                })
                .collect();
            let (question, hint) = inst
                .litmus
                .as_ref()
                .map(|l| (l.question.to_string(), l.hint.to_string()))
                .unwrap_or_default();
            let act2 = act.clone();
            let act3 = act.clone();
            html! {
                <LitmusStep key={format!("colleague-{i}")} index={i} total={session.colleagues().len()}
                    label={colleague.label} {question} {hint} {slots}
                    on_toggle={Callback::from(move |(slot, known)| act2(Action::SetKnown { colleague: i, slot, known }))}
                    on_keyword={Callback::from(move |(slot, keyword)| act3(Action::SetKeyword { colleague: i, slot, keyword }))}
                    on_next={on(Action::Next)} on_back={on(Action::Back)} />
            }
        }
        Step::Question(flat) => match inst.item(flat) {
            Some((r, item)) => {
                let questions: Vec<Step> = session
                    .steps(inst)
                    .into_iter()
                    .filter(|s| matches!(s, Step::Question(_)))
                    .collect();
                let number = questions
                    .iter()
                    .position(|s| *s == session.step)
                    .unwrap_or(0)
                    + 1;
                let act2 = act.clone();
                html! {
                    <QuestionStep key={format!("question-{flat}")} item={flat} {number} total={questions.len()}
                        part={inst.parts[r.part].title.to_string()} text={item.text.to_string()}
                        scale={inst.scale.iter().map(|s| AttrValue::from(s.to_string())).collect::<Rc<[AttrValue]>>()}
                        prefer_not={inst.prefer_not.to_string()}
                        response={session.responses.get(flat).copied().unwrap_or_default()}
                        on_answer={Callback::from(move |response| act2(Action::Answer { item: flat, response }))}
                        on_next={on(Action::Next)} on_back={on(Action::Back)} />
                }
            }
            None => html! {},
        },
        Step::Results => {
            let report = Rc::new(score(inst, &session.answers()));
            let labels = labels(session);
            let counts: Rc<[u8]> = session.colleagues().iter().map(|c| c.known()).collect();
            html! {
                <ResultsCard instrument={inst} {report} {labels} {counts}
                    responses={Rc::<[_]>::from(session.responses.clone())}
                    on_review={on(Action::GoTo(Step::Team))} />
            }
        }
    };

    let storage_notice = state.storage_problem.map(|p| {
        let text = match p {
            StorageProblem::Unavailable => "This browser does not let Litmus save on this device here, so your answers last only until you close or reload this page. Everything else works.",
            StorageProblem::Full => "This device's storage is full, so your latest answers are kept only until you close or reload this page.",
        };
        html! { <NoticeBanner kind="warning" {text} /> }
    });
    let notice = state.notice.as_ref().map(|n| {
        let text: AttrValue = match n {
            Notice::Resumed => "Welcome back: your answers on this device were restored.".into(),
            Notice::Unreadable(why) => why.clone(),
            Notice::Erased => "Everything Litmus stored on this device was erased.".into(),
        };
        let kind = if matches!(n, Notice::Unreadable(_)) {
            "warning"
        } else {
            "info"
        };
        let dispatcher = state.dispatcher();
        let on_dismiss = Callback::from(move |()| dispatcher.dispatch(AppAction::DismissNotice));
        html! { <NoticeBanner {kind} {text} {on_dismiss} /> }
    });
    let start_over = {
        let d = state.dispatcher();
        let on_ask = Callback::from(move |()| d.dispatch(AppAction::AskStartOver));
        let d = state.dispatcher();
        let on_cancel = Callback::from(move |()| d.dispatch(AppAction::CancelStartOver));
        let d = state.dispatcher();
        let on_confirm = Callback::from(move |()| {
            storage::erase_all();
            d.dispatch(AppAction::StartedOver);
        });
        html! {
            <StartOver confirming={state.confirming_start_over} {on_ask} {on_cancel} {on_confirm} />
        }
    };

    html! {
        <div class="litmus">
            <header class="masthead">
                <p class="brand">{"Litmus"}</p>
                if session.step != Step::Welcome {
                    <ProgressBar {index} {total} />
                }
            </header>
            <main>
                { storage_notice }
                { notice }
                { step }
            </main>
            <footer class="footer">
                if *session != Session::new(inst) || state.confirming_start_over {
                    { start_over }
                }
                <p class="privacy">{"Your answers stay on this device. Nothing is sent anywhere."}</p>
            </footer>
        </div>
    }
}
