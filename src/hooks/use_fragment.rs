use yew::prelude::*;

use crate::platform;

/// Calls `on_change` with the address's new fragment whenever it changes in
/// this tab (a link pasted into the address bar).
#[hook]
pub fn use_fragment(on_change: Callback<String>) {
    use_effect_with((), move |_| platform::on_fragment_change(on_change));
}
