use yew::prelude::*;

use crate::platform;

/// Moves keyboard and screen-reader focus to the new screen's heading
/// whenever `screen` changes (not on the first render: a page that has just
/// loaded keeps the browser's own focus).
#[hook]
pub fn use_focus_heading<T: PartialEq + 'static>(screen: T) {
    let first = use_mut_ref(|| true);
    use_effect_with(screen, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            platform::focus(crate::components::step_card::HEADING_ID);
        }
    });
}
