fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            // Replace the static shell with the app.
            root.set_inner_html("");
            yew::Renderer::<litmus::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<litmus::App>::new().render();
        }
    }
}
