use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBannerProps {
    /// What to tell the user.
    pub text: AttrValue,
    /// `info` or `warning`.
    #[prop_or(AttrValue::Static("info"))]
    pub kind: AttrValue,
    /// Dismissing it; not dismissable when absent.
    #[prop_or_default]
    pub on_dismiss: Option<Callback<()>>,
}

/// A message at the top of the page, announced to screen readers.
#[component]
pub fn NoticeBanner(props: &NoticeBannerProps) -> Html {
    let dismiss = props.on_dismiss.as_ref().map(|cb| {
        let cb = cb.clone();
        html! {
            <button type="button" class="button link" onclick={move |_| cb.emit(())}>{"Dismiss"}</button>
        }
    });
    html! {
        <div class={classes!("notice", props.kind.to_string())} role="status">
            <p>{props.text.clone()}</p>
            { dismiss }
        </div>
    }
}
