//! What the workshop alone does to the browser: camera scanning, today's
//! date, and reading its commitment fields. Everything else goes through the
//! shared `litmus::platform`.

pub mod scan;

use litmus_core::date::Date;
use wasm_bindgen::JsCast;

/// Today, by the device's clock (UTC); `None` should the clock be set
/// outside 2000-9999.
pub fn today() -> Option<Date> {
    Date::from_unix_ms(js_sys::Date::now())
}

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
