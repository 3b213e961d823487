//! News-like articles for the benchmarks, generated deterministically (no benchdata text).

/// A small xorshift generator: deterministic text without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.below(words.len())]
    }
}

const FIRST_NAMES: &[&str] = &[
    "Mohammed", "Ali", "Sarah", "John", "Fatima", "Ahmed", "Maria", "David", "Hussein", "Laila", "Omar", "Elena",
    "James", "Nour", "Karim",
];
const SURNAMES: &[&str] = &[
    "al-Sudani",
    "Larijani",
    "Rubio",
    "Hassan",
    "Smith",
    "Khalil",
    "Rahman",
    "Petrov",
    "Jaber",
    "Haddad",
    "Mansour",
    "Novak",
    "Ibrahim",
    "Carter",
    "Aziz",
];
const TITLES: &[&str] = &[
    "Prime Minister",
    "Foreign Minister",
    "Secretary of State",
    "President",
    "Defence Minister",
    "the spokesman",
    "the ambassador",
    "Brig. Gen.",
    "opposition leader",
    "central bank governor",
];
const PLACES: &[&str] = &[
    "Iraq",
    "Iran",
    "the United States",
    "Syria",
    "Turkey",
    "Jordan",
    "Saudi Arabia",
    "Israel",
    "Lebanon",
    "Egypt",
    "France",
    "Russia",
    "China",
    "Qatar",
    "Baghdad",
    "Tehran",
    "Washington",
    "Damascus",
    "Ankara",
    "Beirut",
    "Erbil",
];
const GROUPS: &[&str] = &[
    "the Popular Mobilization Forces",
    "Kataib Hezbollah",
    "the United Nations",
    "the European Union",
    "NATO",
    "the Central Bank of Iraq",
    "the Treasury Department",
    "the Ministry of Oil",
    "the International Monetary Fund",
    "Hezbollah",
    "the Kurdistan Regional Government",
    "the Red Cross",
];
const VERBS: &[&str] = &[
    "met",
    "warned",
    "accused",
    "criticised",
    "praised",
    "urged",
    "called on",
    "threatened",
    "sanctioned",
    "signed an agreement with",
    "rejected a proposal from",
    "welcomed",
    "condemned",
    "visited",
    "invited",
    "negotiated with",
    "attacked",
    "arrested members of",
    "supported",
    "thanked",
];
const ENDINGS: &[&str] = &[
    "over the sanctions",
    "to disarm the militias",
    "about the elections",
    "on oil exports",
    "after the attack",
    "in a phone call",
    "during talks in Baghdad",
    "over security arrangements",
    "about the detention of journalists",
    "on reconstruction funds",
    "at a summit in Doha",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const RELATIVE: &[&str] = &[
    "last week",
    "earlier this month",
    "two days later",
    "the following day",
    "yesterday",
    "three years ago",
    "by the end of the year",
    "in the first quarter",
    "late last year",
    "this week",
];
const SAYINGS: &[&str] = &[
    "We will not accept any interference in our internal affairs",
    "This is a dangerous escalation",
    "The talks were constructive, but there is a long way to go",
    "Our forces are ready to respond",
    "The sanctions will hurt ordinary people first",
];

impl Rng {
    fn person(&mut self) -> String {
        format!("{} {}", self.pick(FIRST_NAMES), self.pick(SURNAMES))
    }

    fn actor(&mut self) -> String {
        match self.below(4) {
            0 => format!("{} {}", self.pick(TITLES), self.person()),
            1 => self.pick(PLACES).to_string(),
            2 => self.pick(GROUPS).to_string(),
            _ => self.person(),
        }
    }

    fn date(&mut self) -> String {
        match self.below(4) {
            0 => format!("on {}", self.pick(WEEKDAYS)),
            1 => format!("on {} {}, {}", self.pick(MONTHS), 1 + self.below(28), 1990 + self.below(36)),
            2 => format!("in {} {}", self.pick(MONTHS), 2000 + self.below(26)),
            _ => self.pick(RELATIVE).to_string(),
        }
    }

    fn sentence(&mut self) -> String {
        match self.below(7) {
            0 => format!(
                "{} {} {} {} {}.",
                capital(&self.actor()),
                self.pick(VERBS),
                self.actor(),
                self.pick(ENDINGS),
                self.date()
            ),
            1 => {
                let (who, title) = (self.person(), self.pick(TITLES));
                format!("“{},” said {who}, {title}, {}.", self.pick(SAYINGS), self.date())
            }
            2 => format!(
                "{}, {} said it would not meet {} {}.",
                capital(&self.date()),
                self.actor(),
                self.actor(),
                self.pick(ENDINGS)
            ),
            3 => format!(
                "At least {} people were killed in {} {}, officials told Reuters.",
                2 + self.below(300),
                self.pick(PLACES),
                self.date()
            ),
            4 => format!(
                "{}, who became {} in {}, {} {} {}.",
                self.person(),
                self.pick(TITLES),
                1995 + self.below(30),
                self.pick(VERBS),
                self.actor(),
                self.pick(ENDINGS)
            ),
            5 => format!(
                "The move came {} days after {} {} {}, according to three senior officials.",
                2 + self.below(20),
                self.actor(),
                self.pick(VERBS),
                self.actor()
            ),
            _ => format!(
                "{} is expected to {} {} {}.",
                capital(&self.actor()),
                self.pick(&["visit", "meet", "sanction", "call"]),
                self.actor(),
                self.date()
            ),
        }
    }
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// A news-like article of about `bytes` bytes: headline, byline, dateline, paragraphs of 2–5 sentences.
pub fn article(seed: u64, bytes: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ seed.wrapping_mul(0x2545_F491_4F6C_DD1D));
    let mut text = format!(
        "{} {} {} {}\nBy {}\n{} {}, {}\n",
        capital(&rng.actor()),
        rng.pick(VERBS),
        rng.actor(),
        rng.pick(ENDINGS),
        rng.person(),
        rng.pick(MONTHS),
        1 + rng.below(28),
        2015 + rng.below(11)
    );
    while text.len() < bytes {
        let sentences: Vec<String> = (0..2 + rng.below(4)).map(|_| rng.sentence()).collect();
        text.push_str(&sentences.join(" "));
        text.push('\n');
    }
    text
}

/// Article words with no sentence end anywhere: one line, no `.`, `!` or `?`.
pub fn without_sentence_ends(bytes: usize) -> String {
    article(7, bytes).replace(['.', '!', '?', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_deterministic_and_near_their_size() {
        let text = article(3, 20_000);
        assert_eq!(text, article(3, 20_000));
        assert!(text.len() >= 20_000 && text.len() < 22_000, "{}", text.len());
        assert!(text.lines().count() > 10);
    }
}
