use std::rc::Rc;

use litmus_core::embed::EmbedOptions;
use yew::prelude::*;

use crate::platform;

/// Applies the host's branding, reports the options that were ignored, and
/// keeps the host told of the page's height (only to the origin it
/// declared, only inside a frame). Also registers the page's service worker
/// when not in a frame: a consultant's page is theirs to cache.
#[hook]
pub fn use_embed_host(embed: Rc<EmbedOptions>, warnings: Rc<[String]>) {
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
