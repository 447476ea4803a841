//! Component tests in headless Chromium: mount into a fresh element, flush
//! Yew's scheduler, and check what a user would see.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use litmus::components::bar_chart::{bar_chart, Bar, BarChartProps};
use litmus::components::results_card::{results_card, ResultsCardProps};
use litmus::instruments::LEADERSHIP_TRUST;
use litmus::platform::storage::SESSION_KEY;
use litmus::CheckApp;
use litmus_core::answers::{Answers, Response};
use litmus_core::score::score;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts what a plain-function piece returns, as the page would.
#[derive(Properties, PartialEq)]
struct HostProps {
    html: Html,
}

#[component]
fn Host(props: &HostProps) -> Html {
    props.html.clone()
}

fn mount(root: &Element, html: Html) -> yew::AppHandle<Host> {
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { html }).render()
}

fn fresh_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn clear_storage() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn app_starts_on_the_welcome_step_and_moves_to_the_team() {
    clear_storage();
    let root = fresh_root();
    let handle = yew::Renderer::<CheckApp>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "#step-heading"), "Leadership trust check");
    assert!(text(&root, "main").contains("Nothing is sent anywhere"));
    // Nothing is stored until the user does something.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(storage.get_item(SESSION_KEY).unwrap(), None);

    click(&root, "button[type=submit]");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "#step-heading"), "Your leadership team");
    assert_eq!(text(&root, ".progress-text"), "Step 2 of 22");
    let saved = storage.get_item(SESSION_KEY).unwrap().unwrap();
    assert!(saved.starts_with("litmus-save 2\n"), "{saved}");
    assert!(saved.contains("step team"));
    handle.destroy();
    clear_storage();
}

#[wasm_bindgen_test]
async fn choosing_an_answer_checks_the_radio_and_is_kept_after_back_and_next() {
    clear_storage();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    // Resume at the first question with one colleague.
    storage
        .set_item(
            SESSION_KEY,
            "litmus-save 2\ninstrument leadership-trust 1\nstep question 0\nparts 1 1\nteam 1\ncolleague 0 00000 \nanswers . . . . . . . . . . . . . .\n",
        )
        .unwrap();
    let root = fresh_root();
    let handle = yew::Renderer::<CheckApp>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "#step-heading"), "Question 1 of 14");
    assert!(text(&root, ".notice").contains("restored"));
    assert_eq!(
        root.query_selector_all("fieldset input[type=radio]")
            .unwrap()
            .length(),
        6
    );
    click(&root, "label[for=q0-4]");
    yew::scheduler::flush().await;
    click(&root, "button[type=submit]");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "#step-heading"), "Question 2 of 14");
    click(&root, "button.secondary");
    yew::scheduler::flush().await;
    let checked = root
        .query_selector("#q0-4")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked();
    assert!(checked);
    handle.destroy();
    clear_storage();
}

#[wasm_bindgen_test]
async fn results_card_shows_index_band_and_next_steps() {
    let answers = Answers {
        role: None,
        parts: vec![true, true],
        litmus: vec![5, 3, 2, 5],
        responses: [4, 2, 3, 5, 1, 4, 3, 3, 3, 3, 3, 3, 3, 3]
            .into_iter()
            .map(Response::Agree)
            .collect(),
    };
    let props = ResultsCardProps {
        instrument: &LEADERSHIP_TRUST,
        report: Rc::new(score(&LEADERSHIP_TRUST, &answers)),
        labels: ["CEO", "", "", ""]
            .into_iter()
            .map(AttrValue::from)
            .collect(),
        counts: vec![5, 3, 2, 5],
        responses: answers.responses.clone(),
        shared: false,
        on_review: Some(Callback::noop()),
    };
    let root = fresh_root();
    let handle = mount(&root, results_card(props));
    yew::scheduler::flush().await;
    // The "mixed team of four" worked case: index 61.6 shows 62, solid.
    assert_eq!(text(&root, "[data-testid=trust-index] .index-value"), "62");
    assert_eq!(text(&root, "[data-testid=band]"), "Solid");
    assert_eq!(text(&root, "[data-testid=coverage]"), "75%");
    assert_eq!(text(&root, "[data-testid=theme-trust]"), "38");
    assert_eq!(text(&root, "[data-testid=theme-alignment]"), "63");
    let steps = root
        .query_selector_all("[data-testid=next-steps] li")
        .unwrap();
    assert_eq!(steps.length(), 3);
    assert!(text(&root, "[data-testid=next-steps]").contains("Talking about our lives (0/100). "));
    assert!(text(&root, ".bar-chart").contains("CEO"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn bar_chart_draws_bars_in_proportion() {
    let props = BarChartProps {
        title: "Scores".into(),
        max: 100,
        bars: vec![
            Bar {
                key: "a".into(),
                label: "A".into(),
                value: Some(75),
                shown: "75".into(),
            },
            Bar {
                key: "b".into(),
                label: "B".into(),
                value: None,
                shown: "skipped".into(),
            },
        ],
    };
    let root = fresh_root();
    let handle = mount(&root, bar_chart(props));
    yew::scheduler::flush().await;
    let fills = root.query_selector_all("svg .bar-fill").unwrap();
    assert_eq!(fills.length(), 2);
    let width = |i| {
        fills
            .item(i)
            .unwrap()
            .unchecked_into::<Element>()
            .get_attribute("width")
            .unwrap()
    };
    assert_eq!(width(0), "750");
    assert_eq!(width(1), "0");
    assert_eq!(text(&root, "li[data-empty] .bar-value"), "skipped");
    handle.destroy();
}
