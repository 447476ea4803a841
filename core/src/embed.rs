//! Embedding options: how a consultant brands the widget, given as URL
//! query parameters (by the builder's snippet, or by hand for hosts that
//! allow no script).
//!
//! Every value is validated here; an invalid one is dropped with a warning
//! naming the option and the problem, so a typo never breaks the widget.
//! Only validated values reach CSS, and URLs must be `http(s)` so they can
//! never run as script.

use std::borrow::Cow;

use percent_encoding::percent_decode_str;

/// The branding and behaviour a host asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Accent colour (`#rgb` or `#rrggbb`): buttons, bars, focus.
    pub accent: Option<String>,
    /// Page background colour.
    pub background: Option<String>,
    /// Text colour.
    pub text: Option<String>,
    /// Corner radius in pixels, 0-32.
    pub radius: Option<u8>,
    /// A CSS font stack (letters, digits, spaces, commas, quotes, hyphens).
    pub font: Option<String>,
    /// A logo image, `http(s)` only.
    pub logo: Option<String>,
    /// A title shown instead of "Litmus".
    pub title: Option<String>,
    /// An intro sentence shown on the welcome screen.
    pub intro: Option<String>,
    /// The call to action's label on the results.
    pub cta_label: Option<String>,
    /// The call to action's address, `http(s)` only.
    pub cta_url: Option<String>,
    /// Whether the extended question part starts on.
    pub extended: Option<bool>,
    /// The host page's origin: the only one the widget posts its height to.
    pub origin: Option<String>,
    /// The consultant's instrument file to load, as the address names it
    /// (at most 200 characters). Not checked here: the page refuses a name
    /// that is not a plain file name beside it (see
    /// [`crate::file::is_file_name`]) with a message instead of running
    /// another questionnaire.
    pub instrument: Option<String>,
}

/// An option that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The parameter's name.
    pub option: String,
    /// What was wrong with it.
    pub problem: &'static str,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "option \"{}\" ignored: {}", self.option, self.problem)
    }
}

/// Every option name, in the order the README lists them.
pub const OPTIONS: [&str; 14] = [
    "accent",
    "background",
    "text",
    "radius",
    "font",
    "logo",
    "title",
    "intro",
    "cta_label",
    "cta_url",
    "extended",
    "origin",
    "instrument",
    "lang",
];

/// The longest text option, in characters.
pub const MAX_TEXT: usize = 200;

fn colour(value: &str) -> Result<String, &'static str> {
    let hex = value
        .strip_prefix('#')
        .ok_or("a colour is # and 3 or 6 hex digits, like #1f5fa8")?;
    if (hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(value.to_ascii_lowercase())
    } else {
        Err("a colour is # and 3 or 6 hex digits, like #1f5fa8")
    }
}

fn web_url(value: &str) -> Result<String, &'static str> {
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or("only http:// and https:// addresses are allowed")?;
    let host_ok = rest
        .split(['/', '?', '#'])
        .next()
        .is_some_and(|h| !h.is_empty());
    let clean = value.len() <= 500
        && !value.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
        });
    if host_ok && clean {
        Ok(value.to_string())
    } else {
        Err("not a valid web address")
    }
}

fn origin(value: &str) -> Result<String, &'static str> {
    let url = web_url(value)?;
    // `web_url` let only http:// and https:// through.
    let scheme = if url.as_bytes().get(4) == Some(&b':') {
        "http"
    } else {
        "https"
    };
    let rest = url.get(scheme.len() + 3..).ok_or("not a valid origin")?;
    let host = rest.trim_end_matches('/');
    if host.contains(['/', '?', '#', '@']) {
        return Err("an origin is only scheme, host and port, like https://example.com");
    }
    Ok(format!(
        "{}://{}",
        scheme.to_ascii_lowercase(),
        host.to_ascii_lowercase()
    ))
}

fn font(value: &str) -> Result<String, &'static str> {
    let ok = value.len() <= 120
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\''));
    if ok && !value.trim().is_empty() {
        Ok(value.to_string())
    } else {
        Err("a font stack is font names separated by commas, like Georgia, serif")
    }
}

fn text(value: &str) -> Result<String, &'static str> {
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    if clean.trim().is_empty() {
        return Err("it is empty");
    }
    if clean.chars().count() > MAX_TEXT {
        return Err("it is longer than 200 characters");
    }
    Ok(clean.trim().to_string())
}

fn switch(value: &str) -> Result<bool, &'static str> {
    match value {
        "on" | "true" | "1" | "yes" => Ok(true),
        "off" | "false" | "0" | "no" => Ok(false),
        _ => Err("use on or off"),
    }
}

fn decode(part: &str) -> Cow<'_, str> {
    // In a query, + is a space.
    let spaced = part.replace('+', " ");
    Cow::Owned(percent_decode_str(&spaced).decode_utf8_lossy().into_owned())
}

/// Reads the options in a query string (with or without its `?`). Unknown
/// and invalid options are dropped, each with a warning.
pub fn parse_query(query: &str) -> (EmbedOptions, Vec<Warning>) {
    let mut options = EmbedOptions::default();
    let mut warnings = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(key).into_owned();
        let value = decode(raw);
        let value = value.trim();
        let mut warn = |problem| {
            warnings.push(Warning {
                option: key.chars().take(40).collect(),
                problem,
            })
        };
        macro_rules! set {
            ($field:ident, $check:expr) => {
                match $check(value) {
                    Ok(v) => options.$field = Some(v),
                    Err(problem) => warn(problem),
                }
            };
        }
        match key.as_str() {
            "accent" => set!(accent, colour),
            "background" => set!(background, colour),
            "text" => set!(text, colour),
            "radius" => set!(radius, |v: &str| v
                .parse::<u8>()
                .ok()
                .filter(|&r| r <= 32)
                .ok_or("a radius is a whole number of pixels from 0 to 32")),
            "font" => set!(font, font),
            "logo" => set!(logo, web_url),
            "title" => set!(title, text),
            "intro" => set!(intro, text),
            "cta_label" => set!(cta_label, text),
            "cta_url" => set!(cta_url, web_url),
            "extended" => set!(extended, switch),
            "origin" => set!(origin, origin),
            "instrument" => options.instrument = Some(value.chars().take(200).collect()),
            // Read by the page's first script, which chose the page in that
            // language (see README, Languages) and passed over any other.
            "lang" => {}
            _ => warn("unknown option"),
        }
    }
    if options.cta_label.is_some() != options.cta_url.is_some() {
        warnings.push(Warning {
            option: if options.cta_label.is_some() {
                "cta_url"
            } else {
                "cta_label"
            }
            .to_string(),
            problem: "a call to action needs both cta_label and cta_url",
        });
        options.cta_label = None;
        options.cta_url = None;
    }
    (options, warnings)
}

impl EmbedOptions {
    /// The CSS custom properties these options set, as (name, value).
    pub fn css_properties(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(c) = &self.accent {
            out.push(("--litmus-accent", c.clone()));
            out.push(("--litmus-focus", c.clone()));
            out.push(("--litmus-band-solid", c.clone()));
        }
        if let Some(c) = &self.background {
            out.push(("--litmus-bg", c.clone()));
        }
        if let Some(c) = &self.text {
            out.push(("--litmus-text", c.clone()));
        }
        if let Some(r) = self.radius {
            out.push(("--litmus-radius", format!("{r}px")));
        }
        if let Some(f) = &self.font {
            out.push(("--litmus-font", f.clone()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_options_are_read() {
        let (o, w) = parse_query(
            "?accent=%23AA3300&background=%23fff&text=%23111111&radius=4&font=Georgia%2C+serif\
             &logo=https%3A%2F%2Fco.example%2Flogo.png&title=Acme+Partners&intro=Hi+there\
             &cta_label=Book+a+team+workshop&cta_url=https%3A%2F%2Fco.example%2Fbook\
             &extended=off&origin=https%3A%2F%2Fco.example%2F",
        );
        assert_eq!(w, vec![]);
        assert_eq!(o.accent.as_deref(), Some("#aa3300"));
        assert_eq!(o.radius, Some(4));
        assert_eq!(o.font.as_deref(), Some("Georgia, serif"));
        assert_eq!(o.title.as_deref(), Some("Acme Partners"));
        assert_eq!(o.cta_url.as_deref(), Some("https://co.example/book"));
        assert_eq!(o.extended, Some(false));
        assert_eq!(o.origin.as_deref(), Some("https://co.example"));
        assert!(o
            .css_properties()
            .contains(&("--litmus-radius", "4px".to_string())));
    }

    #[test]
    fn invalid_options_are_dropped_with_a_warning() {
        let (o, w) = parse_query(
            "accent=red&radius=99&cta_label=Go&cta_url=javascript:alert(1)&logo=data:x&part=Z\
             &font=x;}body{display:none&origin=https://a.example/path&extended=maybe",
        );
        assert_eq!(o, EmbedOptions::default());
        let names: Vec<&str> = w.iter().map(|w| w.option.as_str()).collect();
        assert_eq!(
            names,
            [
                "accent", "radius", "cta_url", "logo", "part", "font", "origin", "extended",
                "cta_url"
            ]
        );
        assert_eq!(w[4].to_string(), "option \"part\" ignored: unknown option");
        assert!(w[2].problem.contains("http"));
    }

    #[test]
    fn the_instrument_file_is_named_as_given_for_the_page_to_check() {
        for (query, named) in [
            ("instrument=acme-trust", "acme-trust"),
            ("instrument=..%2Fsecret", "../secret"),
            (
                "instrument=https://evil.example/x",
                "https://evil.example/x",
            ),
        ] {
            let (o, w) = parse_query(query);
            assert_eq!((o.instrument.as_deref(), w), (Some(named), vec![]));
            assert_eq!(
                crate::file::is_file_name(named),
                named == "acme-trust",
                "{named}"
            );
        }
    }

    #[test]
    fn the_language_option_is_known_and_left_to_the_page() {
        for query in ["lang=de", "lang=fr-CA", "lang=es", "lang=en", "lang=ja"] {
            assert_eq!(
                parse_query(query),
                (EmbedOptions::default(), vec![]),
                "{query}"
            );
        }
    }

    #[test]
    fn no_query_means_no_options() {
        assert_eq!(parse_query(""), (EmbedOptions::default(), vec![]));
        assert_eq!(parse_query("?"), (EmbedOptions::default(), vec![]));
    }
}
