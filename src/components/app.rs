use std::rc::Rc;

use litmus_core::save;
use litmus_core::score::score;
use litmus_core::session::{Action, Session, Step};
use litmus_core::share;
use litmus_core::summary::{result_json, summary_text, team_summary_text};
use litmus_core::team::{
    aggregate, encode_team, value_gaps, TeamReport, MIN_RESULTS, TEAM_FRAGMENT_KEY,
};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::combine_screen::{CombineScreen, RejectedLine};
use super::litmus_step::{LitmusStep, SlotView};
use super::notice_banner::NoticeBanner;
use super::progress_bar::ProgressBar;
use super::question_step::QuestionStep;
use super::results_card::ResultsCard;
use super::role_step::RoleStep;
use super::share_sheet::ShareSheet;
use super::shared_summary::SharedSummary;
use super::start_over::StartOver;
use super::step_card::HEADING_ID;
use super::team_step::{OptionalPart, TeamStep};
use super::team_view::TeamView;
use super::value_gap_view::ValueGapView;
use super::welcome_step::WelcomeStep;
use crate::instruments::ALL;
use crate::platform;
use crate::platform::storage::{self, StorageProblem, CURRENT_KEY};
use crate::state::{AppAction, AppState, CombineState, Notice, SharedView, TeamLinkView};

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
    let state = use_reducer(AppState::preloaded);
    let inst = state.instrument;

    // Save as the user goes; a pristine session leaves nothing stored.
    {
        let dispatcher = state.dispatcher();
        let known_problem = state.storage_problem;
        use_effect_with((inst.code, state.session.clone()), move |(_, session)| {
            let key = storage::session_key(&inst.id);
            let result = if *session == Session::new(inst) {
                storage::remove(&key);
                Ok(())
            } else {
                storage::write(&key, &save::encode(inst, session))
                    .and_then(|()| storage::write(CURRENT_KEY, &inst.id))
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

    // Apply the host's branding, report ignored options, and keep the host
    // told of the page's height (only to the origin it declared).
    {
        let embed = state.embed.clone();
        let warnings = state.embed_warnings.clone();
        use_effect_with((), move |_| {
            platform::register_service_worker();
            platform::set_css_properties(&embed.css_properties());
            for w in warnings.iter() {
                platform::warn(&format!("Litmus: {w}"));
            }
            let origin = embed.origin.clone().filter(|_| platform::in_frame());
            if let Some(origin) = &origin {
                platform::post_warnings(origin, &warnings);
            }
            let stop = origin.map(platform::report_height);
            move || {
                if let Some(stop) = stop {
                    stop();
                }
            }
        });
    }
    // Pick up share links opened or pasted into this tab.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            platform::on_fragment_change(Callback::from(move |f| {
                dispatcher.dispatch(AppAction::FragmentChanged(f))
            }))
        });
    }
    // Draw the share nonce once, when the user first sees their result.
    {
        let dispatcher = state.dispatcher();
        let needs_nonce = state.session.step == Step::Results && state.session.nonce.is_none();
        use_effect_with(needs_nonce, move |&needed| {
            if needed {
                dispatcher.dispatch(AppAction::Session(Action::SetNonce(platform::random_u32())));
            }
        });
    }
    // Focus the heading when a shared result, workshop mode or a team view
    // opens or closes.
    {
        let first = use_mut_ref(|| true);
        let screen = (
            state.shared.is_some(),
            state.combine.as_ref().map(|c| c.revealed),
            state.team_link.is_some(),
        );
        use_effect_with(screen, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus_heading();
            }
        });
    }

    let session = &state.session;
    let (index, total) = session.position(inst);
    let step = step_view(&state);

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
            let ids: Vec<&str> = ALL.iter().map(|i| &*i.id).collect();
            storage::erase_all(&ids);
            d.dispatch(AppAction::StartedOver);
        });
        html! {
            <StartOver confirming={state.confirming_start_over} {on_ask} {on_cancel} {on_confirm} />
        }
    };

    let own_check = state.shared.is_none() && state.combine.is_none() && state.team_link.is_none();
    html! {
        <div class={classes!("litmus", state.large_type.then_some("large-type"))}>
            <header class="masthead">
                if let Some(logo) = &state.embed.logo {
                    <img class="logo" src={logo.clone()} alt="" />
                }
                <p class="brand">{state.embed.title.clone().unwrap_or_else(|| "Litmus".to_string())}</p>
                if session.step != Step::Welcome && own_check {
                    <ProgressBar {index} {total} />
                }
            </header>
            <main>
                { storage_notice }
                { notice }
                { match (&state.team_link, &state.combine, &state.shared) {
                    (Some(view), _, _) => team_link_view(&state, view),
                    (None, Some(combine), _) => combine_view(&state, combine),
                    (None, None, Some(view)) => shared_view(&state, view),
                    (None, None, None) => step,
                } }
            </main>
            <footer class="footer">
                if own_check && (*session != Session::new(inst) || state.confirming_start_over) {
                    { start_over }
                }
                <p class="privacy">{"Your answers stay on this device. Nothing is sent anywhere."}</p>
            </footer>
        </div>
    }
}

/// Sends a flow action to the session.
fn act(state: &UseReducerHandle<AppState>) -> impl Fn(Action) + Clone + 'static {
    let dispatcher = state.dispatcher();
    move |action: Action| dispatcher.dispatch(AppAction::Session(action))
}

/// A callback that sends one flow action.
fn on(state: &UseReducerHandle<AppState>, action: Action) -> Callback<()> {
    let act = act(state);
    Callback::from(move |()| act(action.clone()))
}

/// The user's own check at its current step, one function per step.
fn step_view(state: &UseReducerHandle<AppState>) -> Html {
    match state.session.step {
        Step::Welcome => welcome_view(state),
        Step::Team => team_view(state),
        Step::Role => role_view(state),
        Step::Colleague(i) => colleague_view(state, i),
        Step::Question(flat) => question_view(state, flat),
        Step::Results => results_view(state),
    }
}

fn welcome_view(state: &UseReducerHandle<AppState>) -> Html {
    let (inst, session) = (state.instrument, &state.session);
    html! {
        <WelcomeStep title={inst.title.to_string()}
            intro={state.embed.intro.clone().filter(|_| std::ptr::eq(inst, ALL[0])).unwrap_or_else(|| inst.intro.to_string())}
            others={ALL.iter().enumerate().filter(|(_, i)| !std::ptr::eq(**i, inst))
                .map(|(k, i)| (k, AttrValue::from(i.title.to_string()))).collect::<Rc<[_]>>()}
            on_choose={switch_instrument(state)}
            resuming={*session != Session::new(inst)} on_start={on(state, Action::Next)}
            on_open_file={open_file(state)} on_combine={send(state, AppAction::OpenCombine)} />
    }
}

fn team_view(state: &UseReducerHandle<AppState>) -> Html {
    let (inst, session) = (state.instrument, &state.session);
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
    let (act2, act3, act4) = (act(state), act(state), act(state));
    html! {
        <TeamStep team_size={session.team_size}
            min={litmus.map_or(1, |l| l.min_colleagues)}
            max={litmus.map_or(1, |l| l.max_colleagues)}
            label_max={litmus.map_or(40, |l| l.label_max)}
            {labels} {optional_parts}
            on_size={Callback::from(move |n| act2(Action::SetTeamSize(n)))}
            on_label={Callback::from(move |(i, s)| act3(Action::SetLabel(i, s)))}
            on_part={Callback::from(move |(i, on)| act4(Action::SetPart(i, on)))}
            on_next={on(state, Action::Next)} on_back={on(state, Action::Back)} />
    }
}

fn role_view(state: &UseReducerHandle<AppState>) -> Html {
    let roles: Rc<[AttrValue]> = state
        .instrument
        .roles
        .iter()
        .map(|r| AttrValue::from(r.title.to_string()))
        .collect();
    let act2 = act(state);
    html! {
        <RoleStep {roles} chosen={state.session.role}
            on_choose={Callback::from(move |r| act2(Action::SetRole(r)))}
            on_next={on(state, Action::Next)} on_back={on(state, Action::Back)} />
    }
}

fn colleague_view(state: &UseReducerHandle<AppState>, i: usize) -> Html {
    let (inst, session) = (state.instrument, &state.session);
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
    let (act2, act3) = (act(state), act(state));
    html! {
        <LitmusStep key={format!("colleague-{i}")} index={i} total={session.colleagues().len()}
            label={colleague.label} {question} {hint} {slots}
            on_toggle={Callback::from(move |(slot, known)| act2(Action::SetKnown { colleague: i, slot, known }))}
            on_keyword={Callback::from(move |(slot, keyword)| act3(Action::SetKeyword { colleague: i, slot, keyword }))}
            on_next={on(state, Action::Next)} on_back={on(state, Action::Back)} />
    }
}

fn question_view(state: &UseReducerHandle<AppState>, flat: usize) -> Html {
    let (inst, session) = (state.instrument, &state.session);
    let Some((r, item)) = inst.item(flat) else {
        return html! {};
    };
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
    let act2 = act(state);
    html! {
        <QuestionStep key={format!("question-{flat}")} item={flat} {number} total={questions.len()}
            part={inst.parts[r.part].title.to_string()} text={statement(inst, session.role, &item.text)}
            scale={inst.scale.iter().map(|s| AttrValue::from(s.to_string())).collect::<Rc<[AttrValue]>>()}
            prefer_not={inst.prefer_not.to_string()}
            response={session.responses.get(flat).copied().unwrap_or_default()}
            on_answer={Callback::from(move |response| act2(Action::Answer { item: flat, response }))}
            on_next={on(state, Action::Next)} on_back={on(state, Action::Back)} />
    }
}

fn results_view(state: &UseReducerHandle<AppState>) -> Html {
    let (inst, session) = (state.instrument, &state.session);
    let report = Rc::new(score(inst, &session.answers()));
    let labels = labels(session);
    let counts: Rc<[u8]> = session.colleagues().iter().map(|c| c.known()).collect();
    html! {
        <>
            <ResultsCard instrument={inst} report={report.clone()} {labels} {counts}
                responses={Rc::<[_]>::from(session.responses.clone())}
                on_review={on(state, Action::GoTo(Step::Team))} />
            { call_to_action(state) }
            { share_sheet(state, &report) }
        </>
    }
}

/// The link, text and file of the user's own result, and the sheet that
/// offers them. The handlers run the side effects through `platform`.
fn share_sheet(state: &UseReducerHandle<AppState>, report: &litmus_core::score::Report) -> Html {
    let inst = state.instrument;
    let session = &state.session;
    let answers = session.answers();
    let labels: Vec<String> = session
        .colleagues()
        .iter()
        .map(|c| c.label.clone())
        .collect();
    let has_labels = labels.iter().any(|l| !l.is_empty());
    let include = state.share_labels && has_labels;
    let code = share::encode(
        inst,
        &answers,
        session.nonce.unwrap_or(0),
        include.then_some(labels.as_slice()),
    );
    let link = format!("{}{}", platform::page_address(), share::fragment(&code));
    let text = summary_text(
        inst,
        report,
        include.then_some(labels.as_slice()),
        Some(&link),
    );

    let (on_copy_link, on_copy_text, on_share) =
        share_actions(state, inst.title.to_string(), link.clone(), text);
    let on_download = {
        let file = result_json(inst, report, &code);
        let d = state.dispatcher();
        Callback::from(move |()| {
            let saved = platform::download("litmus-result.json", &file, "application/json");
            let msg = if saved {
                "Result file downloaded."
            } else {
                "The download did not start."
            };
            d.dispatch(AppAction::ShareStatus(msg.into()));
        })
    };
    let d = state.dispatcher();
    let on_toggle = Callback::from(move |()| d.dispatch(AppAction::ToggleShareSheet));
    let d = state.dispatcher();
    let on_include_labels = Callback::from(move |on| d.dispatch(AppAction::ShareLabels(on)));
    let included: Rc<[AttrValue]> = [
        "Included: your answers, and how many experiences you recalled for each colleague. Whoever opens the link sees the same numbers, recomputed on their device.",
        "Never included: your private keywords. No name, no account, nothing sent to a server: the result travels inside the link itself.",
        if include {
            "Included: your colleague labels, as you ticked below."
        } else {
            "Not included: your colleague labels (unless you tick the box below)."
        },
    ]
    .into_iter()
    .map(AttrValue::from)
    .collect();
    html! {
        <ShareSheet {included} open={state.share_open} link={link} {has_labels} include_labels={include}
            status={state.share_status.clone()}
            {on_toggle} {on_include_labels} {on_copy_link} {on_copy_text} {on_share}
            on_print={Callback::from(|()| platform::print())} on_download={Some(on_download)} />
    }
}

/// Someone else's result, opened from a link or a file.
fn shared_view(state: &UseReducerHandle<AppState>, view: &SharedView) -> Html {
    let d = state.dispatcher();
    let on_take_check = Callback::from(move |()| {
        platform::clear_fragment();
        d.dispatch(AppAction::CloseShared);
    });
    match view {
        SharedView::Error(why) => html! {
            <SharedSummary error={why.clone()} {on_take_check} />
        },
        SharedView::Result {
            instrument: inst,
            answers,
            labels,
        } => {
            let inst = *inst;
            let names: Rc<[AttrValue]> = (0..answers.litmus.len())
                .map(|i| {
                    let label = labels
                        .as_ref()
                        .and_then(|l| l.get(i))
                        .cloned()
                        .unwrap_or_default();
                    AttrValue::from(label)
                })
                .collect();
            html! {
                <SharedSummary {on_take_check}>
                    <ResultsCard shared=true instrument={inst} report={Rc::new(score(inst, answers))}
                        labels={names} counts={Rc::<[u8]>::from(answers.litmus.clone())}
                        responses={Rc::<[_]>::from(answers.responses.clone())} />
                </SharedSummary>
            }
        }
    }
}

/// Reads a result file the user picked and opens it as a shared result.
fn open_file(state: &UseReducerHandle<AppState>) -> Callback<web_sys::File> {
    let d = state.dispatcher();
    Callback::from(move |file| {
        let d = d.clone();
        platform::read_text(
            file,
            Callback::from(move |text| d.dispatch(AppAction::FileOpened(text))),
        );
    })
}

/// A callback that dispatches one fixed action.
fn send<T: 'static>(state: &UseReducerHandle<AppState>, action: AppAction) -> Callback<T> {
    let d = state.dispatcher();
    Callback::from(move |_| d.dispatch(action.clone()))
}

/// Leaves workshop mode or a team view for the user's own check.
fn close_combine(state: &UseReducerHandle<AppState>) -> Callback<()> {
    let d = state.dispatcher();
    Callback::from(move |()| {
        platform::clear_fragment();
        d.dispatch(AppAction::CloseCombine);
    })
}

/// Workshop mode: collecting codes, then the frozen team view.
fn combine_view(state: &UseReducerHandle<AppState>, combine: &CombineState) -> Html {
    let c = &combine.combination;
    let members: Vec<_> = c.members().into_iter().cloned().collect();
    let has_roles = c.instrument.is_some_and(|i| !i.roles.is_empty());
    let new_combination = html! {
        <div class="step-nav">
            <button type="button" class="button secondary" onclick={send(state, AppAction::OpenCombine)}>
                {"Start a new combination"}
            </button>
        </div>
    };
    match c.instrument.filter(|_| combine.revealed) {
        Some(inst) if has_roles => {
            let stats = aggregate(inst, &members);
            let means: Rc<[Option<u32>]> = inst
                .items()
                .map(|(r, _)| stats.as_ref()?.items.get(r.flat)?.mean_answer_tenths())
                .collect();
            let gaps = c
                .single()
                .and_then(|m| value_gaps(inst, m, &members))
                .map(Rc::<[_]>::from);
            return html! {
                <ValueGapView instrument={inst} members={members.len()} {means} {gaps}>
                    <div class="share-actions">
                        <button type="button" class="button secondary" onclick={Callback::from(|_| platform::print())}>
                            {"Print or save as PDF"}
                        </button>
                    </div>
                    { new_combination }
                </ValueGapView>
            };
        }
        Some(inst) => {
            if let Some(report) = aggregate(inst, &members) {
                let report = Rc::new(report);
                return html! {
                    <TeamView instrument={inst} report={report.clone()} large={state.large_type}
                        on_toggle_large={send(state, AppAction::ToggleLargeType)}>
                        { team_share_sheet(state, inst, &report) }
                        { new_combination }
                    </TeamView>
                };
            }
        }
        None => {}
    }
    let needed = MIN_RESULTS.saturating_sub(members.len());
    let missing = if has_roles {
        format!("{needed} more team member result(s) needed: team members' answers are shown only as a mean of at least {MIN_RESULTS}.")
    } else {
        format!("{needed} more needed: nothing is shown below {MIN_RESULTS} results, so no one's answers can be singled out.")
    };
    let rejected: Rc<[RejectedLine]> = c
        .rejected
        .iter()
        .map(|r| RejectedLine {
            line: r.line,
            reason: r.reason.to_string().into(),
        })
        .collect();
    let d = state.dispatcher();
    let on_paste = Callback::from(move |text| d.dispatch(AppAction::PasteCodes(text)));
    let d = state.dispatcher();
    let on_open_file = Callback::from(move |file| {
        let d = d.clone();
        platform::read_text(
            file,
            Callback::from(move |text: Option<String>| {
                d.dispatch(AppAction::PasteCodes(text.unwrap_or_default()))
            }),
        );
    });
    html! {
        <CombineScreen valid={c.entries.len()} duplicates={c.duplicates} {rejected}
            paste_error={combine.paste_error.clone()} ready={c.can_reveal()} {missing}
            can_scan={platform::scan::available()} scanning={combine.scanning}
            scan_error={combine.scan_error.clone()} on_toggle_scan={send(state, AppAction::ToggleScan)}
            on_scan_error={send(state, AppAction::ScanFailed)}
            {on_paste} {on_open_file} on_reveal={send(state, AppAction::RevealTeam)}
            on_close={close_combine(state)} />
    }
}

/// The share sheet of a team view: aggregate only, never individual codes.
fn team_share_sheet(
    state: &UseReducerHandle<AppState>,
    inst: &'static litmus_core::instrument::Instrument,
    report: &TeamReport,
) -> Html {
    let code = encode_team(inst, report);
    let link = format!("{}#{TEAM_FRAGMENT_KEY}{code}", platform::page_address());
    let text = team_summary_text(inst, report, Some(&link));
    let (on_copy_link, on_copy_text, on_share) =
        share_actions(state, inst.title.to_string(), link.clone(), text);
    let included: Rc<[AttrValue]> = [
        "Included: the team's aggregates only: the team Trust Index, litmus coverage, and each statement's count, mean and range.",
        "Never included: anyone's individual code or answers.",
    ]
    .into_iter()
    .map(AttrValue::from)
    .collect();
    html! {
        <ShareSheet heading="Share the team view" {included} open={state.share_open} {link}
            has_labels={false} include_labels={false} status={state.share_status.clone()}
            on_toggle={send(state, AppAction::ToggleShareSheet)} on_include_labels={Callback::noop()}
            {on_copy_link} {on_copy_text} {on_share} on_print={Callback::from(|()| platform::print())} />
    }
}

/// A team view opened from a team link, read-only.
fn team_link_view(state: &UseReducerHandle<AppState>, view: &TeamLinkView) -> Html {
    match view {
        TeamLinkView::Error(why) => html! {
            <SharedSummary error={why.clone()} on_take_check={close_combine(state)} />
        },
        TeamLinkView::Team(inst, report) => html! {
            <TeamView shared=true instrument={*inst} report={report.clone()} large={state.large_type}
                on_toggle_large={send(state, AppAction::ToggleLargeType)}>
                <div class="step-nav">
                    <button type="button" class="button primary" onclick={close_combine(state).reform(|_| ())}>
                        {"Take the check yourself"}
                    </button>
                </div>
            </TeamView>
        },
    }
}

/// The statement as asked: for instruments with roles, the role's stem with
/// the item's text in it.
fn statement(
    inst: &litmus_core::instrument::Instrument,
    role: Option<u8>,
    text: &str,
) -> AttrValue {
    match role.and_then(|r| inst.roles.get(usize::from(r))) {
        Some(role) => role.stem.replace("{item}", text).into(),
        None => text.to_string().into(),
    }
}

/// Switches to another instrument (by index in `ALL`), loading its own
/// saved session, so no one's work is lost.
fn switch_instrument(state: &UseReducerHandle<AppState>) -> Callback<usize> {
    let d = state.dispatcher();
    Callback::from(move |k: usize| {
        if let Some(&inst) = ALL.get(k) {
            let (session, notice) = crate::state::load_session(inst);
            let _ = storage::write(CURRENT_KEY, &inst.id);
            d.dispatch(AppAction::SwitchInstrument(inst, session, notice));
        }
    })
}

/// Copy link, copy as text, and share (the system share sheet, or copying
/// the link where there is none), each reporting what it did.
fn share_actions(
    state: &UseReducerHandle<AppState>,
    title: String,
    link: String,
    text: String,
) -> (Callback<()>, Callback<()>, Callback<()>) {
    let status = |ok: &'static str| {
        let d = state.dispatcher();
        Callback::from(move |done: bool| {
            let msg = if done {
                ok
            } else {
                "Could not copy: select the link above and copy it."
            };
            d.dispatch(AppAction::ShareStatus(msg.into()))
        })
    };
    let on_copy_link = {
        let (link, done) = (link.clone(), status("Link copied."));
        Callback::from(move |()| platform::copy_text(link.clone(), done.clone()))
    };
    let on_copy_text = {
        let (text, done) = (text.clone(), status("Summary copied as text."));
        Callback::from(move |()| platform::copy_text(text.clone(), done.clone()))
    };
    let shared = {
        let d = state.dispatcher();
        Callback::from(move |done: bool| {
            let msg = if done {
                "Shared."
            } else {
                "Not shared. You can copy the link instead."
            };
            d.dispatch(AppAction::ShareStatus(msg.into()))
        })
    };
    let copied = status("This browser has no share sheet, so the link was copied instead.");
    let on_share = Callback::from(move |()| {
        if platform::can_share() {
            platform::share(&title, &text, &link, shared.clone());
        } else {
            platform::copy_text(link.clone(), copied.clone());
        }
    });
    (on_copy_link, on_copy_text, on_share)
}

/// The host's call to action on the results, when it set one.
fn call_to_action(state: &UseReducerHandle<AppState>) -> Html {
    match (&state.embed.cta_label, &state.embed.cta_url) {
        (Some(label), Some(url)) => html! {
            <p class="cta">
                <a class="button primary" href={url.clone()} target="_blank" rel="noopener">{label.clone()}</a>
            </p>
        },
        _ => html! {},
    }
}
