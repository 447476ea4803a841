//! Instrument definitions: what is asked, on which scale, and what each item
//! recommends.
//!
//! Instruments are data. They are written as TOML files in `instruments/`,
//! parsed and validated by [`crate::parse`] at build time, and compiled into
//! the app as `static` values of these types, so the app carries no parser.
//! Every field is a `Cow` so that the same types serve both the parsed (owned)
//! and the compiled-in (borrowed) form.

use std::borrow::Cow;

/// Text owned or borrowed for `'static`.
pub type Text = Cow<'static, str>;

/// A list owned or borrowed for `'static`.
pub type List<T> = Cow<'static, [T]>;

/// A complete instrument: the litmus test, the question parts and the bands.
#[derive(Clone, Debug, PartialEq)]
pub struct Instrument {
    /// Stable identifier, e.g. `leadership-trust`.
    pub id: Text,
    /// Version: meaning, order, scale or scoring changes need a new version.
    pub version: u8,
    /// A compact number standing for `id` in share codes (1-255, unique);
    /// 0 for a consultant's file, whose codes carry `id` and `fingerprint`.
    pub code: u8,
    /// A file's [`Instrument::content_hash`], computed when it is read (0
    /// for the instruments compiled in, whose codes carry `code`).
    pub fingerprint: u32,
    /// Title shown to the user.
    pub title: Text,
    /// The address fragment that opens this instrument directly (`value`
    /// opens it at `#value`), if it has one.
    pub address: Option<Text>,
    /// One-sentence description shown on the welcome screen.
    pub intro: Text,
    /// What the overall score is called (e.g. "Trust Index").
    pub index_name: Text,
    /// The labels of the five agreement scale points, 1 to 5.
    pub scale: List<Text>,
    /// The label of the "prefer not to answer" choice.
    pub prefer_not: Text,
    /// The five-experience litmus test, if the instrument has one.
    pub litmus: Option<Litmus>,
    /// The themes items belong to, in display order.
    pub themes: List<Theme>,
    /// The question parts, in order.
    pub parts: List<Part>,
    /// The bands of the Trust Index, by ascending lower bound.
    pub bands: List<Band>,
    /// The roles respondents answer in (empty when everyone answers alike).
    pub roles: List<Role>,
}

/// A role a respondent answers in (e.g. the manager, or a team member).
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// Identifier, e.g. `manager`.
    pub id: Text,
    /// Name shown to the user.
    pub title: Text,
    /// How each item is asked in this role; `{item}` stands for the item's
    /// text.
    pub stem: Text,
    /// Whether only one respondent may take this role in a combination.
    pub single: bool,
}

/// The five-experience litmus test (part A).
#[derive(Clone, Debug, PartialEq)]
pub struct Litmus {
    /// The question, as asked about one colleague.
    pub question: Text,
    /// Extra guidance shown under the question.
    pub hint: Text,
    /// The fewest colleagues a team can have.
    pub min_colleagues: u8,
    /// The most colleagues a team can have.
    pub max_colleagues: u8,
    /// The longest private label, in characters.
    pub label_max: u8,
    /// The short title of the litmus test's next step, e.g. "Know each
    /// other's stories".
    pub title: Text,
    /// The next step shown when the verdict is not `pass`; `{n}` is replaced
    /// by the number of colleagues known at fewer than five experiences.
    pub next_step: Text,
}

/// A theme that item scores are averaged into (e.g. trust, alignment).
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Identifier used by items.
    pub id: Text,
    /// Name shown to the user.
    pub title: Text,
}

/// A part of the questionnaire (e.g. B, the core trust questions).
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// Identifier, e.g. `B`.
    pub id: Text,
    /// Title shown to the user.
    pub title: Text,
    /// Whether the user may switch this part off.
    pub optional: bool,
    /// Whether the part starts switched on (always, when it is not
    /// optional).
    pub on: bool,
    /// The part's items, in instrument order.
    pub items: List<Item>,
}

/// One statement rated on the agreement scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Identifier, e.g. `B6`: in codes and files, never shown to a user.
    pub id: Text,
    /// A short title a user sees beside the statement's score, e.g.
    /// "Commitments kept" (at most 40 characters, checked when the instrument file is read).
    pub title: Text,
    /// The statement.
    pub text: Text,
    /// Index into [`Instrument::themes`].
    pub theme: u8,
    /// Whether agreement lowers the score.
    pub reverse: bool,
    /// The concrete next step for a leader to act on this month.
    pub next_step: Text,
}

/// A band of the displayed Trust Index.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Identifier, e.g. `solid`.
    pub id: Text,
    /// The band's name as a user sees it, e.g. "Solid".
    pub title: Text,
    /// The lowest displayed index in this band.
    pub min: u8,
    /// One sentence on what the band means.
    pub summary: Text,
}

/// Where an item sits in an instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemRef {
    /// Index of the part in [`Instrument::parts`].
    pub part: usize,
    /// Index of the item within its part.
    pub item: usize,
    /// Index of the item over all parts, in instrument order.
    pub flat: usize,
}

impl Instrument {
    /// Every text a reader sees, in one fixed order (title, intro, index
    /// name, scale, prefer-not, the litmus part's question, hint, title and
    /// next step, themes, parts each with its items' text, title and next
    /// step, bands' titles and summaries, roles' titles and stems): what a
    /// translation replaces. `file::text_paths` names them in this order.
    pub fn texts_mut(&mut self) -> Vec<&mut Text> {
        let mut out = vec![&mut self.title, &mut self.intro, &mut self.index_name];
        out.extend(self.scale.to_mut().iter_mut());
        out.push(&mut self.prefer_not);
        if let Some(l) = &mut self.litmus {
            out.extend([&mut l.question, &mut l.hint, &mut l.title, &mut l.next_step]);
        }
        out.extend(self.themes.to_mut().iter_mut().map(|t| &mut t.title));
        for part in self.parts.to_mut() {
            out.push(&mut part.title);
            for item in part.items.to_mut() {
                out.extend([&mut item.text, &mut item.title, &mut item.next_step]);
            }
        }
        for band in self.bands.to_mut() {
            out.extend([&mut band.title, &mut band.summary]);
        }
        for role in self.roles.to_mut() {
            out.extend([&mut role.title, &mut role.stem]);
        }
        out
    }

    /// The number of items over all parts.
    pub fn item_count(&self) -> usize {
        self.parts.iter().map(|p| p.items.len()).sum()
    }

    /// Every item with its position, in instrument order.
    pub fn items(&self) -> impl Iterator<Item = (ItemRef, &Item)> + '_ {
        self.parts
            .iter()
            .enumerate()
            .scan(0, |start, (p, part)| {
                let first = *start;
                *start += part.items.len();
                Some((p, first, part))
            })
            .flat_map(|(p, first, part)| {
                part.items.iter().enumerate().map(move |(i, item)| {
                    let r = ItemRef {
                        part: p,
                        item: i,
                        flat: first + i,
                    };
                    (r, item)
                })
            })
    }

    /// The item at a flat index, if there is one.
    pub fn item(&self, flat: usize) -> Option<(ItemRef, &Item)> {
        self.items().nth(flat)
    }

    /// The index of the first item of a part in flat order.
    pub fn part_start(&self, part: usize) -> usize {
        self.parts.iter().take(part).map(|p| p.items.len()).sum()
    }

    /// An item's statement as a respondent in `role` is asked it: for
    /// instruments with roles, the role's stem with the item's text in place
    /// of `{item}`; otherwise the item's text itself.
    pub fn statement(&self, role: Option<u8>, text: &str) -> String {
        match role.and_then(|r| self.roles.get(usize::from(r))) {
            Some(role) => fill(&role.stem, "{item}", text),
            None => text.to_string(),
        }
    }

    /// A short hash of everything the instrument says (FNV-1a over every
    /// field but its code number, address and fingerprint): a file's
    /// [`Instrument::fingerprint`]. Results of a file's instrument carry it,
    /// so a result made with a changed file is refused instead of scored by
    /// other rules or shown with other words.
    pub fn content_hash(&self) -> u32 {
        let mut hash: u32 = 0x811c_9dc5;
        let mut eat = |bytes: &[u8]| {
            for &b in bytes.iter().chain(&[0xff]) {
                hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
            }
        };
        eat(self.id.as_bytes());
        for t in [&self.title, &self.intro, &self.index_name, &self.prefer_not] {
            eat(t.as_bytes());
        }
        eat(&[self.version]);
        for t in self.scale.iter() {
            eat(t.as_bytes());
        }
        if let Some(l) = &self.litmus {
            for t in [&l.question, &l.hint, &l.title, &l.next_step] {
                eat(t.as_bytes());
            }
            eat(&[l.min_colleagues, l.max_colleagues, l.label_max]);
        }
        for t in self.themes.iter() {
            eat(t.id.as_bytes());
            eat(t.title.as_bytes());
        }
        for b in self.bands.iter() {
            for t in [&b.id, &b.title, &b.summary] {
                eat(t.as_bytes());
            }
            eat(&[b.min]);
        }
        for p in self.parts.iter() {
            eat(p.id.as_bytes());
            eat(p.title.as_bytes());
            eat(&[u8::from(p.optional), u8::from(p.on)]);
            for i in p.items.iter() {
                for t in [&i.id, &i.title, &i.text, &i.next_step] {
                    eat(t.as_bytes());
                }
                eat(&[i.theme, u8::from(i.reverse)]);
            }
        }
        for r in self.roles.iter() {
            for t in [&r.id, &r.title, &r.stem] {
                eat(t.as_bytes());
            }
            eat(&[u8::from(r.single)]);
        }
        hash
    }

    /// The band a displayed (rounded) index falls in.
    pub fn band_for(&self, shown: u8) -> Option<&Band> {
        self.bands.iter().rev().find(|b| b.min <= shown)
    }
}

/// Where `needle` first occurs in `haystack`, comparing bytes. Used instead
/// of `str::find` with a string pattern: the general substring search it
/// brings ships more code to the browser than the app's few short needles
/// need.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

/// `template` with every `placeholder` (ASCII, like `{item}`) replaced by
/// `value`: the instruments' wording with its blanks filled in.
pub fn fill(template: &str, placeholder: &str, value: &str) -> String {
    let mut out = String::with_capacity(template.len() + value.len());
    let mut rest = template;
    while let Some(at) = find(rest, placeholder).filter(|_| !placeholder.is_empty()) {
        out.push_str(rest.get(..at).unwrap_or_default());
        out.push_str(value);
        rest = rest.get(at + placeholder.len()..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{fill, find};

    #[test]
    fn find_and_fill_agree_with_the_standard_library() {
        let cases = [
            ("", "{n}", "3"),
            ("no blank", "{n}", "3"),
            ("{n}", "{n}", "3"),
            ("Talk with the {n} you know least.", "{n}", "two"),
            ("{n} and {n}", "{n}", ""),
            ("naïve {item} café {item}", "{item}", "ünïcode"),
            ("{item", "{item}", "x"),
        ];
        for (template, placeholder, value) in cases {
            assert_eq!(
                find(template, placeholder),
                template.find(placeholder),
                "{template:?}"
            );
            assert_eq!(
                fill(template, placeholder, value),
                template.replace(placeholder, value),
                "{template:?}"
            );
        }
    }
}
