//! What the workshop alone does to the browser: camera scanning and reading
//! its commitment fields. Everything else goes through the
//! shared `litmus::platform`.

pub mod scan;

use wasm_bindgen::JsCast;

/// The value of the input, select or text area `field` refers to; empty
/// when it is not on the page.
pub fn field_text(field: &yew::NodeRef) -> String {
    let Some(element) = field.get() else {
        return String::new();
    };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else {
        element
            .dyn_ref::<web_sys::HtmlTextAreaElement>()
            .map(|area| area.value())
            .unwrap_or_default()
    }
}
