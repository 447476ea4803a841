//! One person's assessment in progress: the steps, where the user is, and
//! every answer including private labels and keywords.
//!
//! [`Session::apply`] is the whole behaviour of the assessment as a pure
//! function from a session and an [`Action`] to the next session; the app's
//! reducer only calls it.

use crate::answers::{Answers, Response};
use crate::instrument::Instrument;

/// How many experience slots each colleague has.
pub const SLOTS: usize = 5;

/// The longest private keyword, in characters.
pub const KEYWORD_MAX: usize = 40;

/// The team size a new session starts with.
pub const DEFAULT_TEAM_SIZE: u8 = 5;

/// One of a colleague's five experience slots.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Slot {
    /// Whether the respondent could describe this experience.
    pub known: bool,
    /// A private keyword; never leaves the device.
    pub keyword: String,
}

/// A colleague on the respondent's leadership team.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Colleague {
    /// A private label (initials or a role); may be empty.
    pub label: String,
    /// The five experience slots.
    pub slots: [Slot; SLOTS],
}

impl Colleague {
    /// k: how many experiences the respondent could describe, 0..=5.
    pub fn known(&self) -> u8 {
        // At most SLOTS (5), so the cast cannot truncate.
        self.slots.iter().filter(|s| s.known).count() as u8
    }
}

/// A screen of the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// What the check is, how long it takes, the privacy promise.
    Welcome,
    /// Team size, private labels, and which parts are on.
    Team,
    /// Which role the user answers in (instruments with roles).
    Role,
    /// The litmus question about colleague `i` (0-based).
    Colleague(usize),
    /// The agreement item at this flat index.
    Question(usize),
    /// The scored result.
    Results,
}

/// Something the user did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Go to the next step.
    Next,
    /// Go to the previous step.
    Back,
    /// Jump to a step, if it exists in the current flow.
    GoTo(Step),
    /// Set the number of colleagues (clamped to the instrument's range).
    SetTeamSize(u8),
    /// Set a colleague's private label (trimmed to the instrument's maximum).
    SetLabel(usize, String),
    /// Switch an optional part on or off.
    SetPart(usize, bool),
    /// Mark an experience slot as known or not.
    SetKnown {
        /// The colleague's index.
        colleague: usize,
        /// The slot's index, 0..5.
        slot: usize,
        /// Whether it is known.
        known: bool,
    },
    /// Set a slot's private keyword; a non-empty keyword marks it known.
    SetKeyword {
        /// The colleague's index.
        colleague: usize,
        /// The slot's index, 0..5.
        slot: usize,
        /// The keyword.
        keyword: String,
    },
    /// The result is complete: its share nonce and the day, each set unless
    /// the session has one already (the first completion counts).
    Complete(u32, Option<crate::date::Date>),
    /// Choose the role to answer in (an index into the instrument's roles).
    SetRole(u8),
    /// Answer an item.
    Answer {
        /// The item's flat index.
        item: usize,
        /// The response.
        response: Response,
    },
}

/// One person's assessment in progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// How many colleagues are on the team.
    pub team_size: u8,
    /// The colleagues; may hold more than `team_size` while the user edits
    /// the size, so that typing "12" through "1" loses nothing. Only the
    /// first `team_size` count.
    pub team: Vec<Colleague>,
    /// Per part, whether it is on.
    pub parts: Vec<bool>,
    /// Per item in instrument order, the response.
    pub responses: Vec<Response>,
    /// The current step.
    pub step: Step,
    /// The random number that tells this result apart from another with the
    /// same answers; chosen when the result is first shared.
    pub nonce: Option<u32>,
    /// The role the user answers in, for instruments with roles.
    pub role: Option<u8>,
    /// The day the result was first complete, by the device's clock.
    pub completed: Option<crate::date::Date>,
}

/// Keeps at most `max` characters of `text`, dropping control characters.
pub fn clean_text(text: &str, max: usize) -> String {
    text.chars().filter(|c| !c.is_control()).take(max).collect()
}

impl Session {
    /// A fresh session: default team size, every part on, nothing answered.
    pub fn new(instrument: &Instrument) -> Session {
        let team_size = instrument.litmus.as_ref().map_or(0, |l| {
            DEFAULT_TEAM_SIZE.clamp(l.min_colleagues, l.max_colleagues)
        });
        Session {
            team_size,
            team: vec![Colleague::default(); usize::from(team_size)],
            parts: instrument.parts.iter().map(|p| p.on).collect(),
            responses: vec![Response::Unanswered; instrument.item_count()],
            step: Step::Welcome,
            nonce: None,
            role: None,
            completed: None,
        }
    }

    /// The colleagues that count (the first `team_size`).
    pub fn colleagues(&self) -> &[Colleague] {
        let n = usize::from(self.team_size).min(self.team.len());
        &self.team[..n]
    }

    /// The steps of the current flow, in order.
    pub fn steps(&self, instrument: &Instrument) -> Vec<Step> {
        let mut steps = vec![Step::Welcome];
        if !instrument.roles.is_empty() {
            steps.push(Step::Role);
        }
        if instrument.litmus.is_some() {
            steps.push(Step::Team);
            steps.extend((0..self.colleagues().len()).map(Step::Colleague));
        }
        steps.extend(
            instrument
                .items()
                .filter(|(r, _)| self.parts.get(r.part).copied().unwrap_or(false))
                .map(|(r, _)| Step::Question(r.flat)),
        );
        steps.push(Step::Results);
        steps
    }

    /// The current step's position and the number of steps: (index, total).
    pub fn position(&self, instrument: &Instrument) -> (usize, usize) {
        let steps = self.steps(instrument);
        let index = steps.iter().position(|s| *s == self.step).unwrap_or(0);
        (index, steps.len())
    }

    /// Which question the current step is, counting from 1, and how many
    /// questions the flow asks: `(number, total)`, or `None` when the
    /// current step is not a question.
    pub fn question_number(&self, instrument: &Instrument) -> Option<(usize, usize)> {
        let questions: Vec<Step> = self
            .steps(instrument)
            .into_iter()
            .filter(|s| matches!(s, Step::Question(_)))
            .collect();
        let index = questions.iter().position(|s| *s == self.step)?;
        Some((index + 1, questions.len()))
    }

    /// What scoring needs from this session.
    pub fn answers(&self) -> Answers {
        Answers {
            parts: self.parts.clone(),
            litmus: self.colleagues().iter().map(Colleague::known).collect(),
            responses: self.responses.clone(),
            role: self.role,
        }
    }

    /// Makes a session from anywhere (a save, an older version) consistent
    /// with `instrument`: list lengths, ranges, and a step that exists.
    pub fn normalized(mut self, instrument: &Instrument) -> Session {
        let (min, max) = instrument
            .litmus
            .as_ref()
            .map_or((0, 0), |l| (l.min_colleagues, l.max_colleagues));
        self.team_size = self.team_size.clamp(min, max);
        let n = usize::from(self.team_size);
        if self.team.len() < n {
            self.team.resize(n, Colleague::default());
        }
        self.team.truncate(usize::from(max));
        let label_max = instrument
            .litmus
            .as_ref()
            .map_or(0, |l| usize::from(l.label_max));
        for c in &mut self.team {
            c.label = clean_text(&c.label, label_max);
            for s in &mut c.slots {
                s.keyword = clean_text(&s.keyword, KEYWORD_MAX);
            }
        }
        self.parts.resize(instrument.parts.len(), true);
        for (on, part) in self.parts.iter_mut().zip(instrument.parts.iter()) {
            *on = *on || !part.optional;
        }
        self.responses
            .resize(instrument.item_count(), Response::Unanswered);
        for r in &mut self.responses {
            if let Response::Agree(x) = *r {
                if !(1..=5).contains(&x) {
                    *r = Response::Unanswered;
                }
            }
        }
        if self
            .role
            .is_some_and(|r| usize::from(r) >= instrument.roles.len())
        {
            self.role = None;
        }
        if !self.steps(instrument).contains(&self.step) {
            self.step = Step::Welcome;
        }
        self
    }

    /// The session after `action`. Never panics: out-of-range indexes and
    /// values are ignored or clamped.
    pub fn apply(mut self, instrument: &Instrument, action: Action) -> Session {
        match action {
            // A role must be chosen before going on.
            Action::Next if self.step == Step::Role && self.role.is_none() => {}
            Action::Next | Action::Back => {
                let steps = self.steps(instrument);
                let i = steps.iter().position(|s| *s == self.step).unwrap_or(0);
                let j = if action == Action::Next {
                    (i + 1).min(steps.len() - 1)
                } else {
                    i.saturating_sub(1)
                };
                self.step = steps[j];
            }
            Action::GoTo(step) => {
                if self.steps(instrument).contains(&step) {
                    self.step = step;
                }
            }
            Action::SetTeamSize(n) => {
                self.team_size = n;
                self = self.normalized(instrument);
            }
            Action::SetLabel(i, label) => {
                let max = instrument
                    .litmus
                    .as_ref()
                    .map_or(0, |l| usize::from(l.label_max));
                if let Some(c) = self.team.get_mut(i) {
                    c.label = clean_text(&label, max);
                }
            }
            Action::SetPart(p, on) => {
                let optional = instrument.parts.get(p).is_some_and(|x| x.optional);
                if let (true, Some(slot)) = (optional, self.parts.get_mut(p)) {
                    *slot = on;
                }
            }
            Action::SetKnown {
                colleague,
                slot,
                known,
            } => {
                if let Some(s) = self.slot_mut(colleague, slot) {
                    s.known = known;
                }
            }
            Action::SetKeyword {
                colleague,
                slot,
                keyword,
            } => {
                if let Some(s) = self.slot_mut(colleague, slot) {
                    s.keyword = clean_text(&keyword, KEYWORD_MAX);
                    if !s.keyword.trim().is_empty() {
                        s.known = true;
                    }
                }
            }
            Action::SetRole(r) => {
                if usize::from(r) < instrument.roles.len() {
                    self.role = Some(r);
                }
            }
            Action::Complete(n, day) => {
                self.nonce = self.nonce.or(Some(n));
                self.completed = self.completed.or(day);
            }
            Action::Answer { item, response } => {
                let valid = match response {
                    Response::Agree(x) => (1..=5).contains(&x),
                    _ => true,
                };
                if let (true, Some(r)) = (valid, self.responses.get_mut(item)) {
                    *r = response;
                }
            }
        }
        self
    }

    fn slot_mut(&mut self, colleague: usize, slot: usize) -> Option<&mut Slot> {
        self.team.get_mut(colleague)?.slots.get_mut(slot)
    }
}
