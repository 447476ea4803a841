//! UI components, each named after what the user sees: the check's, and
//! those the workshop shares with it.

pub mod bar_chart;
pub mod change_mark;
pub mod kept_list;
pub mod language_picker;
pub mod litmus_step;
pub mod masthead;
pub mod notice_banner;
pub mod qr_code;
pub mod question_step;
pub mod results_card;
pub mod role_step;
pub mod share_sheet;
pub mod shared_summary;
pub mod start_over;
pub mod step_card;
pub mod team_step;
pub mod welcome_step;

/// Instrument wording as an attribute or text value: borrowed as it is when
/// the instrument is compiled in, with no copy.
pub fn text(t: &litmus_core::instrument::Text) -> yew::AttrValue {
    match t {
        std::borrow::Cow::Borrowed(s) => yew::AttrValue::Static(s),
        std::borrow::Cow::Owned(s) => yew::AttrValue::from(s.clone()),
    }
}
