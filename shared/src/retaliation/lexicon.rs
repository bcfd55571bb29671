//! Per-language cue lexicons for retaliation screening.
//!
//! A lexicon does not list sentences; it lists *cues* — words and short phrases that play one role
//! (an authority that can be called, a verb of reporting, a negator, the employer as actor...).
//! The rules in `engine.rs` decide what a combination of cues means, the same way for every
//! language, so a new spelling or a new language only needs words, not new rules.
//!
//! Term syntax: terms are written as people type them (accents, Arabic hamza seats, any Amharic
//! homophone letter); they are normalised exactly like the narrative. A term matches whole words
//! unless it starts and/or ends with `*`, which lets it match inside a longer word (stems and
//! agglutinated affixes: "deport*", Arabic "*هدد*", Amharic "*ባረረ*"). Chinese terms never need
//! `*`: Chinese has no word boundaries, so Han characters match anywhere.
//!
//! When one match lies strictly inside a longer match, the longer one wins. That is how "no
//! papers" stops being a negator, how "ice cream" stops being ICE, and how "跟我说" (he told me)
//! stops containing "我说" (I said).

/// The languages Reclamo screens. Every narrative is tried against all of them, because workers
/// mix languages; the declared language decides which short, ambiguous words count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Lang {
    En,
    Es,
    Vi,
    Ar,
    Am,
    So,
    ZhHans,
}

impl Lang {
    /// All languages, in bit order.
    pub(crate) const ALL: [Lang; 7] = [Lang::En, Lang::Es, Lang::Vi, Lang::Ar, Lang::Am, Lang::So, Lang::ZhHans];

    /// The language's code as used elsewhere in Reclamo.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Vi => "vi",
            Lang::Ar => "ar",
            Lang::Am => "am",
            Lang::So => "so",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// Parses a language tag loosely ("es-MX", "zh", "zh-CN", "ZH-hans" all work): the form
    /// language comes from browsers and users, not from a closed list.
    pub(crate) fn from_tag(tag: &str) -> Option<Lang> {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "vi" => Some(Lang::Vi),
            "ar" => Some(Lang::Ar),
            "am" => Some(Lang::Am),
            "so" => Some(Lang::So),
            "zh" => Some(Lang::ZhHans),
            _ => None,
        }
    }

    /// The language's bit in a language set.
    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// Languages whose verb comes last (Amharic, Somali): a negated or reported verb follows the
    /// threat instead of preceding it.
    pub(crate) fn verb_final_bits() -> u8 {
        Lang::Am.bit() | Lang::So.bit()
    }

    /// The first language in a non-empty set.
    pub(crate) fn first_in(bits: u8) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| bits & l.bit() != 0)
    }
}

/// The role a term plays. The first group ("core" cues) carries meaning by itself; the second
/// group only qualifies core cues (who speaks, whether it is negated, feared, on the news...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Cue {
    // --- immigration / status ---
    /// Immigration enforcement or police: ICE, la migra, 移民局, booliska.
    Authority,
    /// Deportation or being sent back.
    Deport,
    /// Immigration status or papers.
    Status,
    /// A self-contained status threat ("get you deported", "echarte la migra", "يرحلك").
    ImmFixed,
    /// Verbs of calling, reporting, handing over.
    Report,
    /// Verbs of threatening or warning.
    Threat,
    /// Veiled threat openers ("you know what happens", "ya sabes", "你知道").
    Implied,
    // --- termination / hours ---
    /// Being fired, let go, told not to come back.
    Fire,
    /// A self-contained cut in hours or pay ("cut my hours").
    CutFixed,
    /// A verb of reducing (combines with [`Cue::HoursObj`]).
    CutVerb,
    /// Hours, shifts, schedule, pay as the object of a cut.
    HoursObj,
    /// Complaining or asserting rights (protected activity).
    Complain,
    /// Asking (combines with [`Cue::Pay`] into a complaint).
    Ask,
    /// Pay, wages, money owed.
    Pay,
    // --- violence ---
    /// Violence or physical intimidation aimed at someone.
    Violence,
    /// A weapon.
    Weapon,
    // --- blacklisting ---
    /// A self-contained blacklisting threat.
    BlacklistFixed,
    /// Hiring, work, or spreading word (combines with [`Cue::NoOne`]).
    Hire,
    /// "Nobody", "anywhere", "other employers".
    NoOne,
    // --- other threats ---
    /// A threat of another kind that stands alone ("you'll regret it").
    OtherFixed,
    /// Another kind of threat that needs a threat context (a modal, a speech verb).
    OtherWeak,
    /// Generic or accessory menace ("you'll regret it", "ya verás", "he'll say I stole"): a
    /// threat of its own only when nothing more specific was said in the same sentence (a theft
    /// accusation made to the police is part of the police threat).
    Menace,
    /// A theft accusation word ("thief", "xaday", "ăn cắp"): a threat only when somebody says
    /// or threatens it (a worker also says the boss "stole" their wages), and it yields like
    /// [`Cue::Menace`].
    Accuse,
    /// Showing or pulling a weapon ("pulled", "sacó", "掏出").
    Brandish,
    // --- qualifiers ---
    /// Somebody else said/wrote/texted.
    Speech,
    /// The worker said/told/threatened.
    WorkerSpeech,
    /// The worker as subject ("I", "voy a", "我要").
    WorkerSubj,
    /// A third person as subject ("he", "ella", "他").
    ThirdPerson,
    /// Future, intention or possibility.
    Modal,
    /// "If", "or else", "next time".
    Conditional,
    /// "Because", "for", "after", "when": links a firing to a complaint that follows it.
    Cause,
    /// Negation.
    Negator,
    /// An Amharic negated verb (አል…ም), recognised by shape, never listed.
    NegVerb,
    /// The worker's own fear.
    Fear,
    /// News, TV, social media, rumours.
    News,
    /// The employer side: boss, manager, supervisor, owner, foreman.
    Employer,
    /// Someone who is not the employer: customer, landlord, neighbour, ex-partner.
    NonEmployer,
    /// A fellow worker (coworker, a relative or friend on the same job): not the employer when
    /// acting, but their complaint is protected activity like the worker's own.
    Coworker,
    /// A frame that presents a question's content as fact ("is it normal that...", "¿es legal
    /// que...?"): the question reports what happened.
    Factive,
    /// Everybody at once ("everyone's hours", "a todos", "所有人"): a cut for all (the slow
    /// season) is no reprisal against one worker.
    Everyone,
    /// The business closing or the job ending ("the restaurant closed", "se terminó la obra",
    /// "关门"): a lay-off that follows it is no reprisal.
    Closure,
    /// "Before", "used to", "antes": the earlier level in a before/now comparison.
    Formerly,
    /// "Now", "ahora", "现在": the later level in a before/now comparison.
    Now,
    /// Reminding ("reminded me", "me recordó", "提醒我"): a veiled threat only when what the
    /// worker is reminded of is having no status ([`Cue::NoStatus`]).
    Remind,
    /// Having no legal status ("undocumented", "sin papeles", "没有身份"), as against papers in
    /// general.
    NoStatus,
    /// A relative or friend on the same job: their complaint is protected activity, but they are
    /// often the one threatened ("he'll get my brother deported"), so they are never read as the
    /// actor.
    Peer,
    /// Conjunctions that start a new clause ("and", "but", "y", "và", "然后").
    Conj,
    /// "Asked me if/whether": what follows is a question somebody asked, not a statement.
    AskedIf,
    /// A protective purpose ("called the police to protect me").
    Protect,
    /// "Since then", "from then on": links a change back to an earlier complaint.
    Since,
    /// Strictly causal links ("because", "all because"), which may tie a firing to a complaint
    /// told in the next sentence.
    Because,
    /// "Until", "hasta que", "ilaa": a condition put on getting something back.
    Until,
    /// "Before", "antes de que", "之前": a complaint said to come *before* is no cause of what
    /// happened ("fired before I ever complained").
    Prior,
    /// A verb of expelling from a home ("kick out", "sacar de", "ka bax").
    Evict,
    /// A home (room, trailer, house) as the object of eviction.
    Housing,
    /// Identity documents (passport) as the object of withholding.
    Documents,
    /// Keeping or not returning something.
    Withhold,
    /// Charging or deducting ("charge me for", "cobrar", "扣"): with [`Cue::Broken`], charging
    /// the worker for damaged equipment.
    Charge,
    /// Something broken or damaged.
    Broken,
    /// The worker's family (as a target of a threat).
    Family,
    /// The final paycheck ("last check", "último cheque"), as the object of withholding: held
    /// until the worker drops a complaint or signs, it is leverage.
    FinalPay,
    /// Who hears about the worker from the employer: other employers, a staffing agency, a
    /// former boss talking to them.
    Audience,
    /// Words that make a worker unhireable when passed on ("troublemaker", "not eligible for
    /// rehire"); with an [`Cue::Audience`] or an accusation, a bad reference.
    Badmouth,
    /// Longer phrases whose only job is to swallow a misleading shorter match ("ice cream").
    Ignore,
    // --- synthetic (built by the engine, never in a lexicon) ---
    /// Complain, or Ask + Pay.
    Complaint,
    /// CutFixed, or CutVerb + HoursObj.
    Cut,
    /// BlacklistFixed.
    Blacklist,
    /// Hire + NoOne: needs a threat context.
    BlacklistWeak,
    /// Eviction, withheld documents, or reporting to the family: needs a threat context.
    OtherComposite,
    /// The final check held "until" or "unless" the worker signs or drops the complaint: the
    /// negation in "won't give me my last check until..." is the withholding itself.
    Leverage,
    /// A bad word about the worker passed to an agency or another employer (Badmouth +
    /// Audience): whoever passes it on, the agency's client included, is acting as the employer.
    BadReference,
}

impl Cue {
    /// Core cues carry meaning; a core cue from a language other than the declared one switches
    /// that language's qualifiers on for the sentence (a Spanish sentence in an English form).
    pub(crate) fn is_core(self) -> bool {
        !matches!(
            self,
            Cue::Speech
                | Cue::WorkerSpeech
                | Cue::WorkerSubj
                | Cue::ThirdPerson
                | Cue::Modal
                | Cue::Conditional
                | Cue::Cause
                | Cue::Negator
                | Cue::NegVerb
                | Cue::Fear
                | Cue::News
                | Cue::Employer
                | Cue::NonEmployer
                | Cue::Coworker
                | Cue::Peer
                | Cue::Factive
                | Cue::Remind
                | Cue::Formerly
                | Cue::Now
                | Cue::Everyone
                | Cue::Closure
                | Cue::Charge
                | Cue::Broken
                | Cue::Conj
                | Cue::Ignore
                | Cue::AskedIf
                | Cue::Protect
                | Cue::Since
                | Cue::Because
                | Cue::Until
                | Cue::Prior
        )
    }
}

/// One language's lexicon: cue, terms.
pub(crate) type Lexicon = &'static [(Cue, &'static [&'static str])];

/// Every lexicon, with its language.
pub(crate) static LEXICONS: [(Lang, Lexicon); 7] = [
    (Lang::En, EN),
    (Lang::Es, ES),
    (Lang::Vi, VI),
    (Lang::Ar, AR),
    (Lang::Am, AM),
    (Lang::So, SO),
    (Lang::ZhHans, ZH),
];

// ---------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
const EN: Lexicon = &[
    (
        Cue::Authority,
        &[
            "ice", "i c e", "la migra", "migra", "immigration", "immigrations", "immigration office",
            "immigration agents", "immigration officers", "homeland security", "dhs", "border patrol", "uscis",
            "police", "cops", "cop", "911", "9 1 1", "sheriff", "federal agents", "feds", "authorities",
            "the authorities", "policia", "la policia", "the law", "imigration", "inmigration", "immigracion",
            "imigracion", "immigation",
        ],
    ),
    (
        Cue::Deport,
        &[
            "deport*", "sent back", "send you back", "send me back", "send him back", "send us back", "send them back",
            "sending you back", "back to mexico", "back to your country", "back where you came from",
            "back to where you came from", "out of the country", "out of this country", "kicked out of the country",
            "removed from the country", "locked up", "arrested", "get picked up", "picked up by",
        ],
    ),
    (
        Cue::Status,
        &[
            "papers", "no papers", "without papers", "don't have papers", "dont have papers", "don't have any papers",
            "dont have any papers", "your papers", "my papers", "undocumented", "illegal", "illegals", "illegally",
            "alien", "aliens", "status", "immigration status", "legal status", "green card", "work permit",
            "no social", "fake social", "social security number", "visa", "documents", "no documents", "sin papeles",
            "wetback", "wetbacks", "mojado", "asylum", "no green card",
        ],
    ),
    (
        Cue::ImmFixed,
        &[
            "get you deported", "get u deported", "get me deported", "have you deported", "have u deported",
            "have me deported", "get you sent back", "get yourself deported", "report your status",
            "report you as illegal", "turn you in", "turn u in", "turn me in", "turned me in", "turn you over",
            "turn me over", "call immigration on", "call ice on", "called ice on", "called immigration on",
            "give your name to", "give ur name to", "give my name to", "gave my name to", "you'll be deported",
            "you will be deported", "youll be deported", "you're getting deported", "check your papers",
            "check my papers", "check our papers", "check everyone's papers", "verify your papers", "run your papers",
        ],
    ),
    (
        Cue::Report,
        &[
            "call", "calls", "called", "calling", "phone", "phoned", "report", "reports", "reported", "reporting",
            "rat me out", "snitch", "tell", "tells", "tell on", "contact", "contacted", "contacting", "notify",
            "notified", "alert", "tip off", "send", "sending", "bring", "bringing", "involve", "hand me over",
            "hand you over", "give my name", "gave my name", "give your name", "talk to", "let immigration know",
            "sic", "make sure", "knows about", "know about", "find out about", "verify", "e verify", "audit",
            "look into", "looked into", "looking into", "investigate", "investigated", "expose", "post it",
            "come check", "check them", "check on you", "have somebody", "have someone", "send somebody",
            "send someone from", "at your door", "to your door", "to your house", "knock on your door", "at my door",
            "to my house",
        ],
    ),
    (
        Cue::Threat,
        &[
            "threat*", "thretened", "threatend", "theatened", "treatened", "warned", "warning me", "warns",
            "blackmail*", "scare me", "scared me", "scaring me", "scare us", "scare you", "frighten me",
            "frightened me", "menaced",
        ],
    ),
    (
        Cue::Implied,
        &[
            "you know what happens", "know what happens", "what happens to people", "what happens to",
            "what will happen", "what could happen", "what can happen", "remember", "don't forget", "dont forget",
            "be careful", "careful", "watch yourself", "watch out", "watch your back", "people like you",
            "one phone call", "one call", "just one call", "a phone call away", "all it takes", "i know your",
            "i know you're", "i know you are", "i know you don't", "i know you dont", "i know about your",
            "we know you", "it would be a shame", "you wouldn't want", "you don't want", "you dont want",
            "think about your family", "think about your kids", "you're lucky", "youre lucky", "see what happens",
            "not a citizen", "in your situation", "someone in your situation", "i wonder what", "think about your",
            "you know how it is", "you know how it goes",
            "be glad", "should be glad", "lucky i don't", "lucky i dont", "will be waiting", "be waiting for you", "be waiting for me",
        ],
    ),
    (
        Cue::Fire,
        &[
            "fired", "fire me", "fire you", "fire u", "fire him", "fire her", "fire us", "fire them", "fire everyone",
            "firing me", "firing you", "got fired", "get fired", "be fired", "terminated", "terminate me",
            "terminate you", "termination", "let me go", "let you go", "let go", "letting me go", "laid me off",
            "laid off", "lay me off", "lay you off", "dismissed", "sacked", "canned", "kicked me out", "kick you out",
            "kick me out", "kicked me off", "got rid of me", "get rid of you", "not to come back", "don't come back",
            "dont come back", "do not come back", "never come back", "no longer needed", "no longer work here",
            "don't need you", "dont need you", "didn't need me anymore", "lost my job", "take you off the crew",
            "took me off the crew", "off the crew", "find another job", "look for another job", "you're done",
            "youre done", "you're finished", "you are fired", "you're fired", "youre fired", "replaced me",
            "replace you", "out of a job", "cut me loose", "let me off the", "showed me the door", "fire your",
            "firing", "no job for you", "don't bother coming", "dont bother coming", "no longer have a job", "fire",
            "done here", "you're done here", "keep your job", "want to keep your job", "if you want your job",
            "if you like your job", "lose your job", "lose my job", "lost your job", "no more job", "out of work",
            "im fired", "i'm fired", "i am fired", "turn in my badge", "turn in your badge", "turn in my keys", "turn in your keys", "hand in my keys", "give back my keys",
        ],
    ),
    (
        Cue::CutFixed,
        &[
            "cut my hours", "cut hours", "cut back my hours", "cut down my hours", "reduced my hours",
            "reduce my hours", "fewer hours", "less hours", "fewer shifts", "less shifts", "took me off the schedule",
            "take you off the schedule", "off the schedule", "taken off the schedule", "stopped scheduling me",
            "not scheduling me", "stopped putting me on the schedule", "stopped giving me shifts",
            "stopped giving me hours", "gave my shifts", "gave away my shifts", "cut my shifts", "cut me to",
            "cut me down to", "hours got cut", "hours were cut", "hours cut", "shifts were cut", "shifts got cut",
            "shifts cut", "shifts were reduced", "schedule was cut", "hours were reduced", "hours went down",
            "hours dropped", "cut my pay", "cut your pay", "cut my wage", "cut my wages", "lowered my pay",
            "lowered my rate", "docked my pay", "reduced my pay", "pay cut", "demoted me", "demoted",
            "sent me home early", "sending me home early", "sent home early", "only gave me", "only scheduled me",
            "put me on fewer", "gave me less hours", "gave me fewer hours", "no more hours", "no more shifts",
            "worst shifts", "cut your hours", "cut his hours", "cut our hours", "schedule me less",
            "zero hours", "barely any hours", "hardly any hours", "only put me on the schedule", "only get put on the schedule", "only scheduled when", "don't put me on the schedule", "dont put me on the schedule", "not putting me on the schedule", "stopped putting me on", "only call me in when", "only calls me in when",
        ],
    ),
    (
        Cue::CutVerb,
        &[
            "cut", "cuts", "cutting", "reduced", "reduce", "reducing", "lowered", "lower", "dropped", "slashed",
            "took away", "taking away", "docked", "dock", "fewer", "less", "removed", "shortened", "decreased",
            "trimmed", "went from", "went down", "down to", "instead of", "lowered me", "moved me to", "took me off",
            "take me off", "taken off", "took him off", "removed me from", "off the",
        ],
    ),
    (
        Cue::HoursObj,
        &[
            "hours", "shifts", "shift", "schedule", "days", "pay", "wage", "wages", "rate", "salary", "tips", "hourly",
            "paycheck", "routes", "an hour", "per hour", "hour",
        ],
    ),
    (
        Cue::Complain,
        &[
            "complain", "complained", "complaining", "complaint", "complaints", "complains", "grievance",
            "filed a claim", "wage claim", "file a claim", "labor department", "department of labor", "labor board",
            "labor commission", "denver labor", "lawyer", "attorney", "reported him", "report him", "reporting him",
            "reported them", "report them", "stood up for", "spoke up", "speak up", "union", "organizing", "my rights",
            "protested", "objected", "pushed back", "wage theft", "labor office", "labor dept", "the labor", "to hr",
            "told hr", "emailed hr", "email to hr", "wrote to hr", "sent an email", "minimum wage",
            "less than minimum", "worker center", "workers center", "my own record", "record of my hours", "posted",
            "went to the city", "sindicato", "organize", "petition",
            "complaining about", "complain about", "complained about", "complaining to", "complained to",
        ],
    ),
    (
        Cue::Ask,
        &[
            "asked", "ask", "asking", "asks", "requested", "request", "requesting", "demanded", "demand", "demanding",
            "brought up", "bring up", "mentioned", "questioned", "inquired", "reminded", "remind", "texted him about",
            "asked for", "asked about", "asking for", "asking about", "want my", "i want my", "wanted my",
            "talked about", "spoke about", "brought it up", "raised",
        ],
    ),
    (
        Cue::Pay,
        &[
            "pay", "paid", "paycheck", "paychecks", "check", "checks", "wages", "wage", "money", "overtime", "ot",
            "salary", "tips", "tip", "last check", "back pay", "owed", "owes", "owe me", "payment", "cash", "my hours",
            "missing hours", "what he owed", "what they owed", "paystub", "pay stub", "paystubs", "an hour",
            "per hour", "hourly rate", "minimum wage", "breaks", "tip pool", "tip out",
        ],
    ),
    (
        Cue::Violence,
        &[
            "hit me", "hit you", "hit u", "hitting me", "beat me", "beat you", "beat u", "beat me up", "beat you up",
            "kill me", "kill you", "kill u", "killing you", "murder", "hurt me", "hurt you", "hurt u",
            "hurt my family", "hurt your family", "punch me", "punch you", "punched me", "punching me", "slapped me",
            "slap me", "slap you", "pushed me", "push me", "shoved me", "shove me", "grabbed me", "grabbed my",
            "choked me", "choke you", "strangle*", "break your", "break my", "broke my", "kick your ass",
            "kick my ass", "beat your ass", "whoop your ass", "whoop you", "smack you", "smacked me", "knock you out",
            "knock your teeth", "threw a", "threw something", "threw it at me", "throw something", "attack*",
            "assault*", "intimidat*", "follow me home", "followed me", "following me", "came to my house",
            "come to your house", "showed up at my house", "show up at your house", "know where you live",
            "knows where i live", "know where i live", "got in my face", "in my face", "raised his fist",
            "raised his hand", "physical", "physically", "violence", "violent", "hurt someone", "wait for me outside",
            "waited for me", "cornered me", "blocked the door", "locked me in", "spit on me", "spat on me",
            "bodily harm", "put his hands on me", "laid hands on me", "jump you", "have you jumped", "send someone",
            "sent someone", "send some guys", "sent some guys", "break your legs", "bust your", "close to my face",
            "got close to my face", "up in my face", "i know people", "i know some people", "stared at me",
            "stared me down", "outside my house", "in front of my house", "parked outside", "send some people",
            "have someone hurt", "have someone visit",
            "watch your back", "better watch your back", "watch your back or",
        ],
    ),
    (
        Cue::Weapon,
        &[
            "gun", "guns", "pistol", "knife", "knives", "machete", "baseball bat", "weapon", "firearm", "rifle",
            "crowbar",
        ],
    ),
    (
        Cue::BlacklistFixed,
        &[
            "blacklist*", "black list", "black listed", "bad reference", "bad references", "bad recommendation",
            "make sure no one", "make sure nobody", "make sure you never", "never work in", "never work again",
            "never work for anyone", "never find work", "never find a job", "never get a job", "never get hired",
            "never be hired", "no one will hire", "nobody will hire", "no one would hire", "nobody would hire",
            "nobody is going to hire", "no one is going to hire", "nobody's going to hire", "no one's going to hire",
            "no one will ever hire", "won't hire you", "wont hire you", "ruin your name", "ruin my name",
            "ruin your reputation", "ruin my reputation", "badmouth*", "bad mouth", "trash my name", "spread the word",
            "in this town again", "in this city again", "in denver again", "never work in this town", "nobody hires",
            "no one hires", "not to hire me", "not to hire him", "not to hire her", "not hire me", "don't hire me",
            "dont hire me", "your name is on", "they have your name", "won't give you a job", "wont give you a job",
            "make sure you never work", "nobody gives you work", "tell other", "told other", "call other",
            "called other", "warn other", "warned other", "tell the other", "told the other", "tell all the",
            "told all the", "tell every", "told every", "call every", "called every", "calling other", "telling other",
            "dont hire", "don't hire", "do not hire", "good luck finding", "good luck getting", "good luck trying to find", "not eligible for rehire", "see who hires you", "see who's going to hire you",
        ],
    ),
    (
        Cue::Hire,
        &[
            "hire", "hires", "hired", "hiring", "job", "jobs", "employ", "employment", "give you work", "give me job",
            "give me a job", "give you a job", "give you job",
        ],
    ),
    (
        Cue::NoOne,
        &[
            "no one", "nobody", "noone", "nobody's", "no other", "anywhere", "anyone else", "nowhere", "in this town",
            "in this city", "in denver", "this industry", "in this business", "other contractors", "other employers",
            "other companies", "other restaurants", "other bosses", "other owners", "other shops", "other crews",
            "every contractor", "every restaurant", "everyone in town", "all the restaurants", "all the contractors",
            "the other contractors", "the other restaurants", "other jobs", "other job sites", "no restaurant",
            "no company", "no contractor", "no shop", "no salon", "no store", "no employer", "no crew", "no business",
            "no agency", "no place", "other salons", "the other salons", "other stores", "other places",
            "other businesses", "other agencies", "other farms", "other hotels", "other factories", "other plants",
            "other warehouses", "every salon", "all the salons", "all the owners", "all the bosses",
        ],
    ),
    (
        Cue::OtherFixed,
        &[
            "sue me", "sue you", "sue u", "take me to court", "take you to court", "make your life hell",
            "make my life hell", "make your life miserable", "make my life miserable", "ruin your life",
            "ruin my life", "never see a penny", "never see a dime", "never get paid", "won't get a dime",
            "wont get a dime", "not a single cent", "keep your check", "keep my check", "hold your check",
            "hold my check", "withhold my", "withhold your", "evict", "kick you out of the house",
            "kick me out of the house", "kick me out of the apartment", "kick you out of the apartment",
            "call your family", "tell your family", "tell your wife", "you'll pay for", "make you pay", "pay for this",
            "get back at", "retaliat*", "revenge", "payback", "never see my", "never see your",
        ],
    ),
    (
        Cue::OtherWeak,
        &[
            "make your life", "make my life", "ruin", "out on the street", "on the street", "evict", "evicted",
            "move out",
        ],
    ),
    (
        Cue::Menace,
        &[
            "you'll regret", "you will regret", "youll regret", "gonna regret", "you'll be sorry", "youll be sorry",
            "you will be sorry", "you'll see", "you will see", "regret it", "accuse you", "accused me", "accuse me",
            "said i stole", "say you stole", "say i stole", "false report", "press charges",
        ],
    ),
    (Cue::Accuse, &["accusing me", "of stealing", "of theft", "thief", "that i stole", "stole from"]),
    (
        Cue::Brandish,
        &[
            "pulled", "pulled out", "took out", "showed me", "waved", "pointed", "pointing", "brandished", "grabbed a",
            "holding a",
        ],
    ),
    (
        Cue::Speech,
        &[
            "said", "says", "say", "saying", "told me", "tells me", "telling me", "told us", "told everyone", "texted",
            "texted me", "text me", "sent me a text", "sent me a message", "message", "messaged", "messages",
            "whatsapp", "wrote", "yelled", "shouted", "screamed", "told", "goes", "was like", "voicemail", "text",
            "texts",
        ],
    ),
    (
        Cue::WorkerSpeech,
        &[
            "i said", "i told", "i told him", "i told her", "i told them", "i told my", "i warned", "i threatened",
            "i texted", "i wrote", "i let him know", "i mentioned", "i replied", "i answered", "i yelled", "i said i",
            "i told the",
        ],
    ),
    (
        Cue::WorkerSubj,
        &[
            "i", "i'll", "i'd", "i'm", "im", "i've", "ive", "we", "we'll", "we'd", "myself", "told me to",
            "advised me to", "suggested i", "said i should", "told me i should", "i should",
        ],
    ),
    (
        Cue::ThirdPerson,
        &[
            "he", "she", "they", "he'll", "he'd", "she'll", "she'd", "they'll", "they'd", "he's", "she's", "they're",
            "hes", "shes", "hed", "shed", "theyll",
        ],
    ),
    (
        Cue::Modal,
        &[
            "will", "would", "gonna", "going to", "gon", "could", "might", "can", "he'll", "she'll", "they'll",
            "you'll", "i'll", "we'll", "he'd", "she'd", "they'd", "i'd", "you'd", "youll", "theyll", "wants to",
            "want to", "plan to", "planning to", "about to", "ready to", "shall", "could get", "will get",
        ],
    ),
    (
        Cue::Conditional,
        &[
            "if", "unless", "or else", "otherwise", "next time", "one more time", "ever again", "keep asking",
            "keep complaining", "kept asking", "kept complaining", "again", "don't you dare", "dont you dare",
            "if you don't like it", "if you dont like it",
        ],
    ),
    (
        Cue::Cause,
        &[
            "for", "because", "since", "cause", "cuz", "bc", "b c", "after", "when", "over", "due to", "just for",
            "right after", "as soon as", "the day after", "the next day", "a day after", "days after", "weeks after",
            "once", "if", "unless",
        ],
    ),
    (
        Cue::Negator,
        &[
            "not", "never", "no", "didn't", "didnt", "did not", "don't", "dont", "do not", "doesn't", "doesnt",
            "does not", "won't", "wont", "will not", "wouldn't", "wouldnt", "would not", "hasn't", "hasnt", "has not",
            "haven't", "havent", "have not", "hadn't", "hadnt", "had not", "isn't", "isnt", "wasn't", "wasnt",
            "weren't", "werent", "aren't", "can't", "cant", "cannot", "couldn't", "couldnt", "nobody", "no one",
            "noone", "nothing", "neither", "nor", "none", "never once", "not once", "at no point",
        ],
    ),
    (
        Cue::Fear,
        &[
            "afraid", "scared", "fear", "fearful", "feared", "fears", "terrified", "worried", "worry", "worries",
            "nervous", "frightened", "panic", "anxious", "scary",
        ],
    ),
    (
        Cue::News,
        &[
            "news", "on the news", "on tv", "tv", "television", "facebook", "tiktok", "instagram", "twitter", "radio",
            "newspaper", "article", "online", "internet", "rumor", "rumors", "rumour", "rumours",
        ],
    ),
    (
        Cue::Employer,
        &[
            "boss", "bosses", "employer", "manager", "managers", "supervisor", "supervisors", "owner", "owners",
            "foreman", "crew leader", "crew lead", "crew boss", "lead", "jefe", "patron", "contractor",
            "subcontractor", "general contractor", "gc", "company", "hr", "human resources", "chef", "head chef",
            "sous chef", "kitchen manager", "shift lead", "shift leader", "shift manager", "team lead", "team leader",
            "dispatcher", "superintendent", "mayordomo", "gm", "general manager", "co-owner", "co owner",
            "the guy who hired me", "my employer", "store manager", "site manager", "project manager", "leadman",
            "lead man", "lady who owns", "man who owns", "owner's son", "owner's wife", "owners son", "owners wife",
            "madam",
        ],
    ),
    (
        Cue::NonEmployer,
        &[
            "customer", "customers", "client", "clients", "landlord", "landlady", "neighbor", "neighbors", "neighbour",
            "neighbours", "tenant", "roommate", "passenger", "guest", "guests", "stranger", "my ex", "ex husband",
            "ex wife", "ex boyfriend", "ex girlfriend", "patron's", "his boss", "her boss", "their boss",
            "his employer", "her employer", "his manager", "her manager", "his supervisor", "her supervisor",
            "a drunk", "drunk guy", "drunk man", "some guy", "a random guy", "another company", "other company",
            "patient", "client's", "friend's boss", "homeowner", "house owner", "owner of the house",
            "owner of my apartment", "apartment owner", "building owner", "property manager",
        ],
    ),
    (
        Cue::Conj,
        &[
            "and", "but", "so", "then", "because", "while", "although", "though", "however", "and then", "after that",
            "plus",
        ],
    ),
    (
        Cue::AskedIf,
        &[
            "asked me if", "asked me whether", "asks me if", "asked if", "asked whether", "wanted to know if",
            "wondering if", "whether",
        ],
    ),
    (
        Cue::Protect,
        &[
            "to protect me", "to help me", "protect me", "for my safety", "for my protection", "on my side",
            "defended me",
        ],
    ),
    (Cue::Since, &["since then", "ever since", "from then on", "since that day"]),
    (
        Cue::Because,
        &[
            "because", "cause", "cuz", "all because", "just because", "all this because", "that's why", "thats why",
        ],
    ),
    (
        Cue::Evict,
        &[
            "kick me out", "kick you out", "kicked me out", "throw you out", "throw me out", "put you out", "evict",
            "evicted", "move out", "get out of", "out of the room", "out of the apartment", "out of the trailer",
            "out of the house", "lose your room", "lose my room",
            "get out", "leave the apartment", "leave the room", "leave the trailer", "vacate",
        ],
    ),
    (
        Cue::Housing,
        &[
            "room", "apartment", "trailer", "housing", "place to live", "the street", "bunkhouse", "dorm", "the house",
            "my house",
        ],
    ),
    (
        Cue::Documents,
        &[
            "passport", "passports", "my passport", "your passport", "identification", "my id", "social security card",
            // Words of an employer's threat about documents; the platform never asks for them.
            "ssn card", // never asked: recognised only inside a reported threat
        ],
    ),
    (
        Cue::Withhold,
        &[
            "keep", "keeps", "kept", "keeping", "hold", "holds", "holding", "held", "won't give", "wont give",
            "never give", "not give back", "won't return", "wont return", "never return", "not return", "never see",
            "take away", "took",
            "get lost", "gets lost", "disappear", "disappears", "hold on to", "hang on to", "won't pay", "wont pay", "not pay", "never pay", "withhold", "withholding", "sit on",
            "not give you", "not giving you", "not giving me", "won't see", "wont see", "won't get", "wont get", "not get",
        ],
    ),
    (
        Cue::Family,
        &[
            "your family", "my family", "your wife", "my wife", "your kids", "my kids", "your mother", "my mother",
            "your parents", "my parents",
        ],
    ),
    (
        Cue::Ignore,
        &[
            "ice cream", "ice machine", "ice maker", "ice cubes", "ice bucket", "ice bin", "dry ice", "iced", "on ice",
            "the ice", "ice pack", "police report", "call center", "call out", "called out", "called in", "call in",
            "call off", "called off", "a call", "sick call", "roll call", "my papers to sign", "no status update",
            "status update", "status of my", "on call", "work status", "payment status", "immigration lawyer",
            "immigration attorney", "fire alarm", "fire extinguisher", "on fire", "fire hazard", "keep track",
            "keep working", "keep going", "keep asking", "keep complaining", "the house of",
        ],
    ),
    (
        Cue::Audience,
        &[
            "agency", "agencies", "staffing agency", "temp agency", "the agency", "other employers", "other companies", "other contractors", "my old boss", "my former boss", "my old employer", "my former employer", "my ex boss", "old boss", "former boss", "references", "reference check",
        ],
    ),
    (
        Cue::Badmouth,
        &[
            "troublemaker", "trouble maker", "causes problems", "causes trouble", "makes trouble", "makes problems", "not eligible for rehire", "do not rehire", "don't rehire", "dont rehire", "that i stole", "said i stole", "i steal", "i stole", "i was stealing", "i'm a thief", "i was a thief", "that i steal",
        ],
    ),
    (
        Cue::FinalPay,
        &[
            "last check", "final check", "last paycheck", "final paycheck", "last pay", "final pay", "last pay check", "final pay check", "last week's pay", "final wages",
            "final paycheque", "last cheque", "final cheque", "my last check", "your last check", "your final check",
        ],
    ),
    (
        Cue::Until,
        &[
            "until", "till", "untill", "til", "unless",
        ],
    ),
    // --- Generalisation round 2: families found missing on a second, independent set ---
    // Coworkers and fellow workers are not the employer (their threats are not retaliation).
    (
        Cue::Coworker,
        &[
            "coworker", "coworkers", "co worker", "co workers", "colleague", "colleagues", "a guy i work with",
            "a guy from work", "fellow worker", "another employee",
        ],
    ),
    // Time links that tie a firing to the request it follows ("the same day I asked").
    (Cue::Cause, &["the same day", "same day", "that same day", "the day", "the week after", "the morning after"]),
    // Unpaid time named as the thing asked for.
    (Cue::Pay, &["unpaid hours", "unpaid", "unpaid wages", "unpaid overtime", "missing pay", "short paid", "shorted"]),
    // Showing the boss the proof is asking ("showed her the pay stubs").
    (Cue::Ask, &["showed", "showing", "texted about", "emailed about"]),
    // The employer's words for complaining ("if you keep making problems").
    (
        Cue::Complain,
        &[
            "making problems", "make problems", "making trouble", "make trouble", "making a fuss", "make a fuss",
            "causing problems", "cause problems", "stirring things up", "stir things up", "making noise",
            "wage office", "the wage office", "labor office", "don't keep quiet", "dont keep quiet", "don't shut up",
            "dont shut up",
        ],
    ),
    // Taken off the schedule without saying so: the name is missing from it.
    (
        Cue::CutFixed,
        &[
            "my name wasn't on", "my name was not on", "my name isn't on", "my name is not on", "my name was off",
            "my name was gone", "name wasn't on the schedule", "wasn't on the schedule", "not on the schedule",
            "left me off the schedule", "left off the schedule", "left me off", "took my name off",
        ],
    ),
    // "drop me to $12 an hour"; "only" + hours or shifts ("I only get 2 shifts a week").
    (
        Cue::CutVerb,
        &[
            "drop", "drop me", "dropped me", "drops", "dropping", "bump me down", "bumped me down", "knock me down",
            "knocked me down", "only",
        ],
    ),
    (Cue::HoursObj, &["a week", "per week", "days a week", "shifts a week"]),
    // What was only paid is wage theft, not a cut.
    (Cue::Ignore, &["only paid", "only got paid", "only pay", "only pays", "only paying", "just paid", "only gets paid"]),
    // A veiled threat that shows the employer knows where the family is.
    (
        Cue::Implied,
        &[
            "i know what school", "know what school", "i know where your", "know where your", "know where you live",
            "know where you work", "i know where you", "we know where",
        ],
    ),
    (Cue::Family, &["your kids go", "your children", "your son", "your daughter", "your husband"]),
    // Sending men to the worker.
    (
        Cue::Violence,
        &[
            "sent two guys", "sent some guys", "sent his guys", "send some guys", "send his guys", "sent men",
            "sent some men", "send some men", "sent his boys", "send his boys", "sent people to my house",
        ],
    ),
    // Move-out deadlines from employer housing ("I have to be out by Friday").
    (Cue::Evict, &["be out by", "have to be out", "be out of", "out by friday", "pack your things and leave", "pack my things and leave"]),
    // Being told to pack up and leave the job.
    (Cue::Fire, &["pack your things", "pack your stuff", "grab your things", "grab your stuff", "get your stuff and go", "clear out your locker"]),
    // Agencies that stop sending the worker out; "everybody in this city knows me" after a firing.
    (
        Cue::BlacklistFixed,
        &[
            "stopped sending me out", "stopped sending me", "stop sending me", "won't send me out", "wont send me out",
            "doesn't send me out", "no longer sends me",
        ],
    ),
    (Cue::Hire, &["knows me", "know me", "knows who i am", "know who you are", "knows who you are"]),
    (Cue::Badmouth, &["flagged me", "flagged me as", "lazy", "a problem worker", "problem employee"]),
    (Cue::Prior, &["before i", "before ever", "long before", "way before", "before i ever", "before i even"]),
    // Relatives and friends on the same job: their complaints are protected, their threats are not the employer's.
    (Cue::Peer, &["my friend", "my sister", "my brother", "my cousin", "my roommate"]),
    // "he knows where my kids go to school", "knows where I live": the menace in reported speech.
    (Cue::Implied, &["knows where my", "know where my", "knows where i", "knows where we", "knows where you", "knows what school", "knows which school"]),
    // "he told me to be out by Friday": the employer speaking, whoever acts next.
    (Cue::Speech, &["told me to", "told us to", "tells me to"]),
    (Cue::Violence, &["knows where i live", "know where i live", "knows where we live", "know where we live"]),
    // Questions that report a fact; before/now comparisons of hours.
    (Cue::Factive, &["is it legal that", "is it normal that", "is that legal", "is this legal", "is that normal", "is this normal", "is it ok that", "is it okay that"]),
    (Cue::Formerly, &["before it was", "used to", "it used to be", "previously", "before that"]),
    (Cue::Now, &["now", "these days", "nowadays"]),
    // "forget about your check": the pay owed as leverage.
    (Cue::OtherWeak, &["forget about your check", "forget your check", "forget about your money", "forget your money", "kiss your check goodbye", "forget about my check", "forget about my money"]),
    (Cue::Everyone, &["everyone", "everyone's", "everybody", "everybody's", "all of us", "the whole crew", "the whole staff", "all the workers", "all the staff", "whole crew", "not just me", "not just mine", "all employees"]),
    // Charging the worker for broken equipment as leverage.
    (Cue::OtherWeak, &["make me pay for", "make you pay for", "charge me for", "charge you for", "pay for the broken", "pay for the damage", "dock me for", "take it out of my check", "take it out of your check"]),
    // Losing the job, said of a third person.
    (Cue::Fire, &["lose her job", "lose his job", "lose their job", "lose their jobs", "lost her job", "lost his job", "fired her", "fired him", "let her go", "let him go", "be out of a job"]),
    // Charging for broken equipment; small-claims court.
    (Cue::Charge, &["charge me", "charge you", "charged me", "make me pay", "make you pay", "take it out of my", "take it out of your", "deduct", "deducted", "dock me", "docked me"]),
    (Cue::Broken, &["broken", "broke", "scratched", "damaged", "dented", "cracked", "ruined", "wrecked"]),
    (Cue::OtherWeak, &["take me to small claims", "take you to small claims", "drag me to court", "drag you to court", "see you in court", "sue me for", "sue you for"]),
    // "I better watch my back": menace, in reported speech too.
    (Cue::Violence, &["watch your back", "watch my back", "better watch my back", "better watch your back", "watch your step", "watch my step"]),
    // Posting the worker's name or photo for other employers.
    (Cue::BlacklistFixed, &["posted my name", "post my name", "posted my picture", "posted my photo", "post my picture", "post my photo", "don't hire this", "dont hire this", "do not hire this", "don't hire him", "don't hire her"]),
    // Hours going to zero; talking to the other workers about pay is concerted activity.
    (Cue::CutVerb, &["to zero", "go to zero", "going to zero", "down to zero"]),
    (Cue::HoursObj, &["my hours", "your hours", "his hours", "her hours", "my shifts", "your shifts"]),
    (Cue::Complain, &["talking to the other workers", "talking to other workers", "talked to the other workers", "talk to the other workers", "talking to the others about"]),
    // Told not to come in; taken off the payroll.
    (Cue::Fire, &["not to come in", "don't come in", "dont come in", "not come in anymore", "stop coming in", "no need to come in", "off the payroll", "took me off payroll", "removed me from payroll"]),
    // Coming at the worker.
    (Cue::Violence, &["came at me", "come at me", "went after me", "charged at me", "lunged at me", "got in my face"]),
    // Reminding the worker of their status is the veiled threat ("he reminded me that he knows
    // I'm undocumented"); sending back by plane; ICE "hearing about" the worker.
    (Cue::Implied, &["he knows i'm", "he knows i am", "knows i'm", "knows that i'm", "knows i don't have", "knows i dont have", "she knows i'm"]),
    (Cue::Remind, &["reminded me", "reminds me", "reminding me", "keeps reminding me"]),
    (Cue::NoStatus, &["undocumented", "no papers", "don't have papers", "dont have papers", "without papers", "illegal", "not legal", "no green card", "no work permit", "don't have any papers"]),
    // Having no status is a status too (the threat rules read it as one).
    (Cue::Status, &["undocumented", "no papers", "don't have papers", "dont have papers", "without papers", "illegal", "not legal", "no green card", "no work permit", "don't have any papers"]),
    (Cue::Deport, &["on a plane back", "put you on a plane", "put me on a plane", "back to my country", "back where i came from", "back home to"]),
    (Cue::Report, &["hear about", "would love to hear", "know about you", "learn about"]),
    // Locked out of the job.
    (Cue::Fire, &["wouldn't let me in", "would not let me in", "didn't let me clock in", "won't let me clock in", "deactivated my badge", "locked me out", "wouldn't let me back"]),
    (Cue::Closure, &["closed", "shut down", "went out of business", "project ended", "job ended", "the job was done", "job finished", "project finished", "season ended", "end of the season", "ran out of work", "closing down", "went bankrupt"]),
    // "I'd be looking for a new job"; other businesses as the audience; "pay me a visit";
    // "think about that" after what happened to others.
    (Cue::Fire, &["looking for a new job", "look for a new job", "find a new job", "looking for another job", "need a new job", "need another job"]),
    (Cue::Audience, &["other restaurants", "the other restaurants", "other shops", "other stores", "other businesses", "other owners", "other bosses"]),
    (Cue::Violence, &["pay me a visit", "pay you a visit", "pay us a visit", "pay my family a visit"]),
    (Cue::Implied, &["should think about that", "you should think about", "i should think about", "think about what happened"]),
    // "Two weeks later": a sequence that reaches back past an intervening sentence.
    (Cue::Since, &["later", "weeks later", "days later", "a week later", "two weeks later", "a month later", "the next week", "the following week", "soon after", "shortly after", "after that"]),
];

// ---------------------------------------------------------------------------------------------
// Spanish
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
const ES: Lexicon = &[
    (
        Cue::Authority,
        &[
            "migra", "la migra", "inmigracion", "migracion", "immigration", "ice", "la ice", "el ice", "policia",
            "policias", "la poli", "la patrulla", "patrulla fronteriza", "sheriff", "911", "autoridades", "federales",
            "la jura", "la chota", "los del ice", "seguridad nacional", "oficina de inmigracion",
            "agentes de inmigracion", "la placa", "los azules", "cops", "imigracion", "inmigrasion", "migrasion",
            "la migracion", "autoridad", "la ley",
        ],
    ),
    (
        Cue::Deport,
        &[
            "deport*", "de regreso a tu pais", "a tu pais", "regresarte", "te regresen", "te regresan",
            "mandarte de regreso", "sacarte del pais", "echarte del pais", "fuera del pais", "del pais",
            "te encierren", "te arresten", "arrestar*", "encerrar*", "se te lleven",
        ],
    ),
    (
        Cue::Status,
        &[
            "papeles", "sin papeles", "no tienes papeles", "no tengo papeles", "no tiene papeles", "no tienen papeles",
            "tus papeles", "mis papeles", "indocumentado*", "ilegal", "ilegales", "ilegalmente", "mojado", "mojados",
            "estatus", "status", "estatus migratorio", "situacion migratoria", "documentos", "sin documentos",
            "permiso de trabajo", "green card", "mica", "seguro social", "social falso", "numero falso",
            "papeles chuecos", "chueco", "visa", "asilo", "tu situacion",
        ],
    ),
    (
        Cue::ImmFixed,
        &[
            "te deport*", "deportarte", "deportarlos", "deportarlas", "echarte la migra", "echar la migra",
            "echarle la migra", "echo la migra", "echa la migra", "echaron la migra", "echamos la migra",
            "echarnos la migra", "echarles la migra", "echaria la migra", "mandarte a la migra", "te entrego a",
            "entregarte a", "dar tu nombre", "darle tu nombre", "pasar tu nombre", "reportarte", "denunciarte",
            "te denuncio", "te reporto", "te voy a reportar", "te voy a denunciar", "te van a deportar",
            "te van a sacar del pais", "le doy tu nombre", "te echo a la migra", "traerte la migra", "te reporta",
            "te reportan", "te denuncia", "te denuncian", "te va a reportar", "revisar tus papeles",
            "checar tus papeles", "revisar tus documentos",
        ],
    ),
    (
        Cue::Report,
        &[
            "llamar*", "llama", "llamo", "llame", "llamen", "llamaba", "llamaria*", "llamara*", "llamo a", "reporta*",
            "reporte*", "reporto", "denuncia*", "denuncie*", "denuncio", "avisa*", "avise*", "aviso", "manda*",
            "mande*", "mando", "echarle", "echarte", "echar", "echo", "echa", "echaria", "echara", "hablarle*",
            "hablar a", "le habla", "le hablo", "hablaria", "traer a", "traerte", "entrega*", "entregar*", "acusa*",
            "contactar*", "notificar", "dar aviso", "marcar*", "marcarle", "le marco", "contar*", "contarle",
            "decirle*", "decirles", "le dice", "le diria", "revisar", "checar", "investigar", "verificar",
        ],
    ),
    (Cue::Threat, &["amenaz*", "amenas*", "advirti*", "me advirtio", "chantaj*", "me asusto con", "asustarme"]),
    (
        Cue::Implied,
        &[
            "ya sabes lo que", "sabes lo que", "sabes que pasa", "sabes lo que pasa", "sabes que le pasa",
            "lo que les pasa", "lo que le pasa", "que te puede pasar", "lo que te puede pasar", "acuerdate",
            "recuerda", "no olvides", "no se te olvide", "ten cuidado", "cuidado", "cuidadito", "una llamada",
            "una sola llamada", "con una llamada", "gente como tu", "los como tu", "yo se que", "se que no tienes",
            "sabemos que", "no te conviene", "piensalo", "piensa en tu familia", "piensa en tus hijos",
            "a ver que dice", "ya sabes",
        ],
    ),
    (
        Cue::Fire,
        &[
            "me corrio", "corrio", "me corrieron", "corrieron", "te corro", "correrte", "correrme", "te corre",
            "los corre", "nos corrio", "me despidio", "despid*", "despedir*", "me echo", "me echaron", "echaron",
            "te echo", "echarte", "echarme", "me sacaron", "me saco", "sacarme", "me quede sin trabajo",
            "perdi mi trabajo", "perdi el trabajo", "ya no vuelvas", "no vuelvas", "no regreses", "no vengas",
            "ya no vengas", "no te presentes", "ya no te necesito", "ya no te necesitamos", "no hay trabajo para ti",
            "ya no hay trabajo para", "buscate otro trabajo", "buscate otro jale", "me dieron las gracias",
            "me liquido", "me liquidaron", "me dio de baja", "me dieron de baja", "largate", "ya no trabajas aqui",
            "estas despedido", "quedas despedido", "sin trabajo", "te quedas sin trabajo", "te vas a la calle",
            "a la calle", "me corto del trabajo", "me quito el trabajo", "ya no me llamo a trabajar",
            "sacar de la compania", "sacarme de la compania", "ya no me presentara", "que no me presentara",
            "ya no me presente", "que ya no regresara", "que no regresara", "que ya no viniera", "que no viniera",
            "que ya no fuera", "no necesitan gente", "no necesitamos gente", "mantener tu trabajo",
            "si quieres tu trabajo", "si quieres seguir trabajando", "quieres seguir trabajando", "perder tu trabajo",
            "pierdes tu trabajo", "pierdes el trabajo", "te quedas sin chamba", "sin chamba", "sin jale",
            "me va a correr", "me van a correr", "te voy a correr", "te va a correr", "te van a correr", "lo va a correr", "la va a correr", "me iba a correr", "me iban a correr", "me corre", "te corren", "me corren",
        ],
    ),
    (
        Cue::CutFixed,
        &[
            "me quito horas", "me quitaron horas", "me quito las horas", "me bajo las horas", "me bajaron las horas",
            "me redujo las horas", "menos horas", "menos dias", "menos turnos", "me quito dias", "me quitaron dias",
            "me bajo el sueldo", "me bajaron el sueldo", "me bajo el pago", "me bajaron el pago", "recorte de horas",
            "me recorto", "me recortaron", "ya no me da horas", "ya no me dan horas", "no me da horas",
            "no me dan turnos", "me sacaron del horario", "me quitaron del horario", "me dejo sin horas",
            "me dejaron sin horas", "me mandaron a casa temprano", "me manda temprano", "me mandaba temprano",
            "te quito horas", "te bajo las horas", "te quito los dias",
            "no me ponen en el horario", "casi no me ponen", "ya no me ponen", "ya no me pone", "no me ponen en el rol", "no me programan", "ya no me programan", "me sacaron del rol", "casi no me dan horas", "nomas cuando alguien falta", "solo cuando alguien falta",
        ],
    ),
    (
        Cue::CutVerb,
        &[
            "quito", "quitaron", "quitar*", "quita", "bajo", "bajaron", "bajar*", "baja", "redujo", "reduje*",
            "reduci*", "recorto", "recortaron", "recort*", "menos", "rebajo", "rebaj*", "descont*", "descuenta",
            "corto", "cortaron", "cortar*", "corta", "en vez de", "en lugar de",
        ],
    ),
    (
        Cue::HoursObj,
        &[
            "horas", "turnos", "turno", "dias", "sueldo", "salario", "pago", "cheque", "horario", "paga", "la raya",
            "raya", "la hora", "por hora", "mis horas", "los turnos",
        ],
    ),
    (
        Cue::Complain,
        &[
            "reclam*", "queja", "quejas", "quejar*", "queje", "quejaba", "quejandome", "quejado", "demanda", "abogado",
            "abogada", "departamento de trabajo", "depto de trabajo", "mis derechos", "exigir", "exigi", "proteste",
            "protestar", "denunciarlo", "denunciar al patron", "lo iba a denunciar", "lo voy a denunciar",
            "lo denuncie", "lo reporte", "al labor", "el labor", "ir al labor", "oficina de labor",
            "centro de trabajadores", "el minimo", "salario minimo", "sueldo minimo", "mis registros", "publique",
            "sindicato", "la union",
            "oficina del trabajo", "oficina de trabajo", "oficina laboral", "la oficina del labor", "departamento del trabajo", "sigo con lo de", "sigues con lo de", "sigo con lo del", "sigues con lo del", "sigo con eso", "sigues con eso", "sigo con la queja", "fui a denunciar", "puse la queja", "meti la queja", "meti una queja", "puse una queja",
        ],
    ),
    (
        Cue::Ask,
        &[
            "pedi", "pedir", "pidiendo", "le pedi", "pregunte", "preguntar", "preguntando", "le pregunte", "cobrar",
            "cobre", "cobrando", "cobrarle", "solicite", "solicitar", "exigi", "exigiendo", "pedirle", "preguntarle",
            "pidiera", "preguntara",
        ],
    ),
    (
        Cue::Pay,
        &[
            "pago", "paga", "pagar", "pagara", "pague", "dinero", "sueldo", "salario", "cheque", "horas extra",
            "overtime", "propinas", "raya", "lo que me debe", "me debe", "me debia", "lo que me debia", "mi dinero",
            "mi pago", "mi cheque", "feria", "lana", "pagos", "mis horas", "pag*", "la hora", "por hora", "el minimo",
            "minimo",
        ],
    ),
    (
        Cue::Violence,
        &[
            "pegarte", "pegarme", "pegarle", "te voy a pegar", "me pego", "te pego", "golpe*", "matar*", "te mato",
            "matarte", "me empujo", "empujo", "empujarme", "me jalo", "partirte", "partir la madre",
            "partirte la madre", "romperte", "madrazos", "madrazo", "putazos", "chingadazos", "golpiza", "intimid*",
            "me siguio", "fue a mi casa", "vino a mi casa", "ir a tu casa", "ira a tu casa", "se donde vives",
            "sabe donde vivo", "se donde vive", "me agarro", "lastimar*", "hacerte dano", "hacerme dano", "agredi*",
            "violencia", "violento", "me avento", "me tiro", "me arrojo", "punetazo", "cachetada", "bofetada",
            "patada", "mandar a alguien", "mandar gente", "romperte la cara", "romperte la madre", "darte una",
            "darte tus", "se me quedo viendo", "me quedo viendo", "me miro feo", "me miraba feo", "conozco gente",
            "conozco a gente", "tengo gente", "afuera de mi casa", "enfrente de mi casa", "frente a mi casa",
        ],
    ),
    (Cue::Weapon, &["cuchillo", "pistola", "arma", "navaja", "machete", "fusca", "cuete", "bate"]),
    (
        Cue::BlacklistFixed,
        &[
            "lista negra", "mala referencia", "malas referencias", "hablar mal de mi", "hablar mal de ti",
            "hablo mal de mi", "habla mal de mi", "correr la voz", "nadie te va a contratar",
            "nadie te va a dar trabajo", "nadie te contrata", "nadie te va a dar chamba", "no vas a encontrar trabajo",
            "no vas a conseguir trabajo", "no vas a trabajar en ningun", "ninguna compania", "quemarte",
            "te voy a quemar", "me quemo con", "nadie me va a contratar", "nadie te va a querer",
            "no vas a encontrar chamba", "no vas a conseguir chamba", "no me contraten", "no lo contraten",
            "que no me contraten", "no contraten", "tienen tu nombre", "ya tienen tu nombre",
            "para que nadie", "nadie me de trabajo", "nadie te de trabajo", "nadie le de trabajo", "nadie me contrate", "nadie te contrate", "a ver quien te contrata", "a ver quien te da trabajo", "a ver quien te va a contratar", "a ver quien te da chamba", "quien te va a contratar", "no la contraten",
        ],
    ),
    (
        Cue::Hire,
        &[
            "contrat*", "chamba", "jale", "dar trabajo", "emplear", "decirle a", "decirles a", "avisarles a",
            "hablarles a", "avisar", "avisa", "avisarles", "dar chamba", "dar jale",
        ],
    ),
    (
        Cue::NoOne,
        &[
            "nadie", "ningun", "ninguna", "ninguno", "ningun lado", "ninguna parte", "otros patrones",
            "otros contratistas", "otras companias", "otros jefes", "otros restaurantes", "otras empresas",
            "todos los patrones", "todos los contratistas", "en todo denver", "en esta ciudad", "en este pueblo",
            "las otras companias", "otros lugares", "otros salones", "otras tiendas", "otras obras",
            "ningun restaurante", "ninguna obra", "ningun salon",
        ],
    ),
    (
        Cue::OtherFixed,
        &[
            "la vida imposible", "hacerte la vida", "no te voy a pagar nada", "nunca vas a ver", "ni un centavo",
            "ni un peso", "demandarte", "te voy a demandar", "me va a demandar", "sacarte de la casa",
            "correrte de la casa", "sacarme de la casa", "quitarte el cuarto", "quitarte la casa",
            "me las vas a pagar", "me las pagas", "la vas a pagar", "represalia*", "vengar*", "no te voy a pagar",
            "no me lo devuelve", "no te lo devuelvo", "no me los devuelve", "no te los devuelvo",
            "no me lo va a devolver", "no te lo voy a devolver",
        ],
    ),
    (Cue::OtherWeak, &["pagar caro", "desalojar*", "desalojo"]),
    (
        Cue::Menace,
        &[
            "te vas a arrepentir", "te arrepentiras", "ya veras", "vas a ver", "te va a ir mal", "te va a pesar",
            "te arrepientas", "arrepentir*", "acusarte", "me acuso", "acusarme",
        ],
    ),
    (
        Cue::Accuse,
        &[
            "acusar de", "acusarme de", "me acusa de", "me acusaron de", "de robo", "que robe", "que robaste",
            "ratero", "ladron",
        ],
    ),
    (
        Cue::Brandish,
        &[
            "saco", "saco un", "saco una", "me enseno", "me mostro", "agarro", "apunto", "apuntandome", "blandia",
        ],
    ),
    (
        Cue::Speech,
        &[
            "dijo", "dice", "decia", "me dijo", "nos dijo", "le dijo", "dijeron", "me dijeron", "me mando un mensaje",
            "mensaje", "mensajes", "me escribio", "texto", "whatsapp", "grito", "me grito", "respondio", "contesto",
            "comento", "audio", "me mando un audio", "me decia", "nos decia", "me puso", "me dicen que", "me dicen",
            "me dijeron que", "me dijo que",
            "dicho", "le habia dicho", "les dijo", "les habia dicho", "me conto", "conto", "les conto", "le conto", "anda diciendo", "esta diciendo",
        ],
    ),
    (
        Cue::WorkerSpeech,
        &[
            "le dije", "les dije", "yo le dije", "le comente", "le escribi", "le mande", "le amenace", "lo amenace",
            "le avise", "yo dije", "dije", "le conteste", "le respondi", "yo le", "le adverti",
        ],
    ),
    (
        Cue::WorkerSubj,
        &[
            "yo", "voy a", "lo voy a", "la voy a", "le voy a", "me voy a", "yo iba", "yo lo", "yo la", "lo denuncie",
            "lo reporte", "me aconsejo", "me recomendo", "me dijo que llamara", "que yo llamara",
        ],
    ),
    (Cue::ThirdPerson, &["ella", "ellos", "ellas", "va a", "van a", "el patron"]),
    (
        Cue::Modal,
        &[
            "va a", "van a", "iba a", "iban a", "voy a", "vas a", "vamos a", "ira a", "puede", "podria", "quiere",
            "queria", "piensa", "pensaba", "la proxima", "otra vez", "de nuevo", "para que",
        ],
    ),
    (
        Cue::Conditional,
        &[
            "si", "si no", "o si no", "sino", "a menos que", "la proxima vez", "otra vez", "si sigues", "si vuelves",
            "si sigue", "si vuelve", "como sigas", "como vuelvas", "si seguia", "si volvia", "ni se te ocurra",
            "no se te ocurra", "ni lo pienses", "si no te gusta", "si sigo", "si vuelvo",
        ],
    ),
    (
        Cue::Cause,
        &[
            "por", "porque", "pq", "xq", "cuando", "despues de", "despues que", "tras", "al", "por haber", "solo por",
            "nomas por", "desde que", "luego de", "al dia siguiente", "a los pocos dias", "si", "el mismo dia que",
            "el dia que", "el dia en que", "justo cuando", "apenas", "en cuanto",
        ],
    ),
    (
        Cue::Negator,
        &[
            "no", "nunca", "jamas", "tampoco", "nadie", "ni", "ningun", "ninguna", "ninguno", "nada", "ni siquiera",
            "en ningun momento",
        ],
    ),
    (
        Cue::Fear,
        &[
            "miedo", "temo", "temor", "temia", "asustado", "asustada", "asustados", "preocupado", "preocupada",
            "preocupacion", "nervioso", "nerviosa", "panico", "susto", "me preocupa", "temerosa", "temeroso",
        ],
    ),
    (
        Cue::News,
        &[
            "noticias", "noticiero", "las noticias", "en la tele", "tele", "television", "facebook", "tiktok", "radio",
            "periodico", "internet", "rumores", "rumor", "dicen que", "lo que dicen", "se dice que",
            "todo el mundo dice", "la gente dice",
        ],
    ),
    (
        Cue::Employer,
        &[
            "patron", "patrona", "patrones", "jefe", "jefa", "jefes", "encargado", "encargada", "supervisor",
            "supervisora", "mayordomo", "manager", "dueno", "duena", "duenos", "contratista", "capataz", "gerente",
            "la compania", "la empresa", "el boss", "la boss", "mero mero", "mayora", "lider", "troquero",
            "el de la obra", "la senora", "el senor", "el mayor",
        ],
    ),
    (
        Cue::NonEmployer,
        &[
            "cliente", "clientes", "clienta", "casero", "casera", "arrendador", "dueno del apartamento",
            "dueno del departamento", "dueno de la casa donde vivo", "vecino", "vecina", "vecinos", "inquilino",
            "mi ex", "ex esposo", "ex esposa", "pasajero", "un senor en la calle", "su patron", "su jefe",
            "su patrona", "su jefa", "su supervisor", "su encargado", "que me renta", "me renta", "la que me renta",
            "el que me renta", "le rento", "otra compania", "un borracho", "dueno de la casa", "duena de la casa",
            "casa donde rento", "cuarto donde rento", "donde rento",
        ],
    ),
    (Cue::Conj, &["y", "pero", "e", "entonces", "luego", "pues", "aunque", "mientras", "asi que", "despues", "porque"]),
    (
        Cue::AskedIf,
        &[
            "me pregunto si", "me preguntaron si", "pregunto si", "preguntando si", "me pregunta si",
            "quiere saber si", "queria saber si",
        ],
    ),
    (Cue::Protect, &["para protegerme", "para ayudarme", "me defendio", "me protegio", "por mi seguridad"]),
    (Cue::Since, &["desde entonces", "desde ese dia", "a partir de ahi", "de ahi en adelante", "desde ahi"]),
    (Cue::Because, &["porque", "todo porque", "todo por", "por eso"]),
    (
        Cue::Evict,
        &[
            "sacar de", "saca de", "sacarte de", "sacarme de", "me saca", "te saco", "echar de", "correr de",
            "correrte de", "largarte de", "a la calle",
            "saca a la calle", "me saca a la calle", "te saco a la calle", "echar a la calle", "desocupar", "que me salga", "que me vaya de", "salirme de",
        ],
    ),
    (
        Cue::Housing,
        &[
            "la casa", "el cuarto", "la traila", "el trailer", "el apartamento", "el departamento", "la vivienda",
            "la calle",
            "traila", "cuarto", "casa", "apartamento",
        ],
    ),
    (Cue::Documents, &["pasaporte", "mi pasaporte", "mis documentos", "mi identificacion", "mi id", "mi mica"]),
    (
        Cue::Withhold,
        &[
            "tiene mi", "guardado", "guardo", "se quedo con", "quedarse con", "no me lo devuelve",
            "no me los devuelve", "no devuelve", "devolver", "devuelve", "retiene", "retener",
            "no me van a dar", "no me va a dar", "no te van a dar", "no te voy a dar", "no te vamos a dar", "no me dan", "no me da", "retenido", "retenida", "retienen", "retuvo", "se queda con", "se quedan con", "detenido", "aguantando", "no me lo dan", "no me lo da",
            "no te lo voy a dar", "no me lo va a dar", "no me lo van a dar", "no lo vas a ver", "no vas a ver", "te lo voy a retener", "me lo retuvo", "me lo retuvieron",
            "no voy a ver", "no voy a recibir", "no vas a recibir", "no me van a pagar", "no te van a pagar", "no me va a pagar", "no vas a cobrar", "no voy a cobrar",
        ],
    ),
    (
        Cue::Family,
        &[
            "tu familia", "mi familia", "tus hijos", "mis hijos", "tu esposa", "mi esposa", "tu mama", "mi mama",
            "la escuela de mis hijos",
        ],
    ),
    (
        Cue::Ignore,
        &[
            "me llamo", "se llama", "llamada perdida", "como se llama", "la llamada de trabajo", "echo de menos",
            "hecho", "se me hace", "policia de transito", "abogado de inmigracion", "abogada de inmigracion",
        ],
    ),
    (
        Cue::Audience,
        &[
            "agencia", "la agencia", "agencia de trabajo", "agencias", "otro restaurante", "otros restaurantes", "otra compania", "otras companias", "otro contratista", "otros contratistas", "todos los contratistas", "antiguo patron", "mi antiguo patron", "ex patron", "mi ex patron", "antiguo jefe", "ex jefe", "mi ex jefe", "patron anterior", "jefe anterior", "otros patrones",
        ],
    ),
    (
        Cue::Badmouth,
        &[
            "no sirvo", "no sirve", "problematico", "problematica", "conflictivo", "conflictiva", "busca problemas", "buscapleitos", "que robaba", "yo robaba", "me robe", "que robe", "que se robo", "que soy ratero", "que soy ladron",
        ],
    ),
    (
        Cue::FinalPay,
        &[
            "ultimo cheque", "cheque final", "ultimo pago", "pago final", "ultima paga", "ultima raya", "ultima quincena", "mi ultimo cheque", "la ultima semana",
        ],
    ),
    (
        Cue::Until,
        &[
            "hasta que", "hasta no", "mientras no", "hasta firmar", "hasta que no",
            "sino hasta que",
        ],
    ),
    // --- Generalisation round 2: families found missing on a second, independent set ---
    // Coworkers are not the employer.
    (
        Cue::Coworker,
        &[
            "companero de trabajo", "companera de trabajo", "companeros de trabajo", "un companero", "una companera",
            "otro companero", "otra companera", "la otra muchacha", "el otro muchacho", "otro trabajador",
            "otra trabajadora", "la otra chica", "el otro chavo",
        ],
    ),
    // Talking to or throwing immigration/police at the worker ("iba a hablar con inmigración",
    // "les habló", "te echo a inmigración").
    (
        Cue::Report,
        &[
            "hablar con", "hablarle a", "hablarles a", "le hablo", "les hablo", "hablo a", "va a hablar", "iba a hablar",
            "hablo con", "te echo", "te echo a", "echarte", "echarme", "me echo a", "le echo",
        ],
    ),
    // Told not to come back, in the present, future and reported forms; told to pack up and go.
    (
        Cue::Fire,
        &[
            "ya no regresa", "ya no regreses", "no regreses", "ya no regrese", "no regrese", "no vuelvas", "ya no vuelvas",
            "ya no vuelve", "ya no viene", "no vengas", "ya no vengas", "no venga", "ya no venga", "ya no regresara",
            "agarra tus cosas", "agarre sus cosas", "agarrar mis cosas", "recoge tus cosas", "recoger mis cosas",
            "junta tus cosas", "toma tus cosas", "y vete", "vete de aqui", "largate", "te me largas", "se largue",
        ],
    ),
    // The employer's words for complaining ("si seguía molestando", "si no te callas").
    (
        Cue::Complain,
        &[
            "molestando", "sigo molestando", "seguia molestando", "dando lata", "haciendo problemas",
            "hacer problemas", "haciendo escandalo", "si no te callas", "no te callas", "no me callo", "si no me callaba",
            "reclamara", "reclamo", "reclamando",
        ],
    ),
    // Time and cause links ("el mismo día", "nomás porque le pregunté").
    (Cue::Cause, &["el mismo dia", "el dia que", "al dia siguiente", "nomas porque", "nada mas porque", "solo porque"]),
    (Cue::Because, &["nomas porque", "nada mas porque", "solo porque"]),
    // "solo dos días por semana", "nomás me dan": only + days or hours.
    (Cue::CutVerb, &["solo", "nomas", "nada mas", "bajaron", "bajo", "bajarme", "me bajaron"]),
    (Cue::HoursObj, &["dias por semana", "dias a la semana", "turnos", "turno", "dias"]),
    (Cue::Ignore, &["solo me pagaron", "solo me pagan", "solo me paga", "solo me pago", "nomas me pagaron", "nomas me pagan"]),
    // Off the schedule without a word: the name is missing.
    (
        Cue::CutFixed,
        &[
            "no aparezco en el horario", "ya no aparezco", "me quitaron del horario", "me sacaron del horario",
            "mi nombre no estaba", "mi nombre ya no estaba", "no estaba en el horario", "ya no estaba en el horario",
            "no me pusieron en el horario",
        ],
    ),
    // Veiled warnings to watch out when leaving, and knowing where the worker lives or works.
    (
        Cue::Violence,
        &[
            "se cuidara al salir", "que se cuide al salir", "cuidate al salir", "cuidarse al salir", "cuide al salir",
            "saben donde trabajo", "saben donde trabajas", "sabe donde trabajo", "sabe donde trabajas",
            "sabe donde vives", "se donde vives", "sabemos donde vives", "saben donde vives", "saben donde vivo",
            "sabe donde vivo", "ya saben donde",
        ],
    ),
    (Cue::Implied, &["mejor te cuides", "mejor me cuide", "mejor se cuide", "que me cuide", "que te cuides", "uno nunca sabe"]),
    // Charging the worker for tools or equipment as leverage.
    (
        Cue::OtherWeak,
        &[
            "cobrar las herramientas", "cobrarme las herramientas", "cobrar la herramienta", "cobrar el equipo",
            "cobrarme el equipo", "descontar las herramientas", "descontarme las herramientas", "cobrarme lo que",
        ],
    ),
    // Put out of employer housing ("nos va a sacar y cambiar la chapa").
    (
        Cue::Evict,
        &[
            "sacarnos", "sacarme", "sacarte", "nos va a sacar", "cambiar la chapa", "cambiar la cerradura",
            "cambio la chapa", "cambio la cerradura",
        ],
    ),
    // Losing the final check ("te quedas sin tu último cheque"); refusing to hand it over.
    (
        Cue::Withhold,
        &[
            "te quedas sin", "quedas sin", "te vas a quedar sin", "me quedo sin", "no me quiere dar", "no quiere dar",
            "no me quiere pagar", "no me da",
        ],
    ),
    (Cue::Prior, &["antes de que", "antes de", "mucho antes de", "desde antes de"]),
    // Relatives and friends on the same job.
    (Cue::Peer, &["mi compa", "mi hermano", "mi hermana", "mi primo", "mi prima", "mi amigo", "mi amiga"]),
    // "sabe dónde vive mi familia": knowing where the family lives or studies.
    (Cue::Violence, &["sabe donde vive", "saben donde vive", "sabe donde viven", "saben donde viven", "sabe donde estudian"]),
    // Questions that report a fact; before/now comparisons of hours.
    (Cue::Factive, &["es normal que", "es legal que", "es justo que", "eso es legal", "eso es normal", "puede hacer eso", "pueden hacer eso"]),
    (Cue::Formerly, &["antes", "antes eran", "antes me daban", "antes trabajaba", "solia", "solian"]),
    (Cue::Now, &["ahora", "hoy en dia", "ahorita"]),
    // Subjunctive and participle forms of cutting ("que me quite horas", "me han quitado").
    (Cue::CutVerb, &["quite", "quiten", "quitado", "quitando", "baje", "bajen", "bajado", "reduzca", "reduzcan", "reducido", "recorte", "recorten", "recortado", "corte", "corten", "cortado"]),
    // Telling other contractors not to give the worker work.
    (
        Cue::BlacklistFixed,
        &[
            "que no me dieran trabajo", "que no me den trabajo", "no me den trabajo", "no le den trabajo", "no te den trabajo",
            "que no le dieran trabajo", "que no me contrataran", "que no me contraten", "no me contraten", "no te contraten",
            "no lo contraten", "no la contraten",
        ],
    ),
    (Cue::Audience, &["los contratistas", "otros contratistas", "todos los contratistas", "otros patrones", "los otros patrones"]),
    // "olvídate de tu cheque": the pay owed as leverage.
    (Cue::OtherWeak, &["olvidar lo que me debe", "olvidate de tu cheque", "olvidate de tu dinero", "olvidate de tu pago", "olvidarte de tu", "olvidarme de mi", "te olvidas de tu", "se me iba a olvidar"]),
    (Cue::Everyone, &["a todos", "todos", "a todo el mundo", "toda la cuadrilla", "a toda la cuadrilla", "todo el personal", "no solo a mi", "no nomas a mi", "todos los trabajadores"]),
    // Put out of the trailer or room ("me sacó del trailer").
    (Cue::Evict, &["me saco", "nos saco", "me sacaron", "nos sacaron", "me echo del cuarto", "me echaron del cuarto"]),
    (Cue::Housing, &["trailer", "traila", "la traila", "apartamento", "departamento", "la vivienda", "donde vivo", "donde vivimos"]),
    // Sending men to the worker.
    (
        Cue::Violence,
        &[
            "mando a unos tipos", "mando unos tipos", "mando a unos hombres", "mando gente", "mando a sus", "mandar a unos",
            "manda a unos", "mando a unos batos", "mando a unos cuates", "va a mandar a unos", "iba a mandar a unos",
        ],
    ),
    // Asking, in the third person ("le pidió su pago al patrón").
    (Cue::Ask, &["pidio", "le pidio", "pidieron", "le pidieron", "pregunto", "le pregunto", "preguntaron", "le preguntaron", "exigio", "exigieron"]),
    (Cue::Charge, &["cobrar", "cobrarme", "cobrarte", "me cobra", "me cobro", "descontar", "descontarme", "me descuenta", "me desconto", "pagar lo que", "pagarle"]),
    (Cue::Broken, &["se rompio", "rota", "roto", "se cayo", "se me cayo", "se quebro", "quebre", "danado", "dane", "choque", "rayado", "raye", "descompuso"]),
    (Cue::Evict, &["nos sacaba", "me sacaba", "nos saca", "me saca", "nos sacaria", "me sacaria", "nos sacara", "me sacara", "sacarnos de", "sacarme de"]),
    // No more work for me ("ya no había jale para mí"), in any tense and slang.
    (Cue::Fire, &["ya no habia trabajo para", "ya no hay jale", "ya no habia jale", "no hay jale para", "no hay chamba para", "ya no hay chamba", "ya no habia chamba"]),
    // Knowing where the family lives, in the past of reported speech.
    (Cue::Violence, &["sabia donde vivia", "sabian donde vivia", "sabia donde vive", "sabia donde vivo", "sabian donde vivo", "sabia donde trabajo"]),
    (Cue::Implied, &["que me cuidara", "que se cuidara"]),
    // The worker's own wish or plan ("quiero hablar con inmigración para arreglar mis papeles").
    (Cue::WorkerSubj, &["quiero", "queria", "pienso", "tengo que", "necesito", "me gustaria", "puedo", "podria"]),
    // "ya no me da chamba los sábados": no longer given days or work.
    (Cue::CutVerb, &["ya no me da", "ya no me dan", "ya no me pone", "ya no me ponen", "ya no me deja"]),
    (Cue::HoursObj, &["sabados", "domingos", "fines de semana", "chamba", "jale"]),
    // "correr" (to fire) in the conditional, imperfect and future, with any object pronoun;
    // Central American and Caribbean "botar".
    (
        Cue::Fire,
        &[
            "me correria", "te correria", "lo correria", "me corria", "te corria", "me correra", "te correra", "me corre",
            "me corren", "me van a correr", "lo corrieron", "la corrieron", "los corrieron", "nos corrieron", "correrlo",
            "correrla", "corrernos", "me boto", "me botaron", "botarme", "te boto", "te voy a botar", "lo botaron",
            "la botaron", "me echaria", "te echaria",
        ],
    ),
    // "Ya no me necesitaban": no longer needed.
    (Cue::Fire, &["ya no me necesitaban", "ya no me necesitan", "ya no me necesita", "no me necesitaban", "ya no te necesita", "ya no lo necesitan", "ya no la necesitan"]),
    (Cue::Implied, &["sabe que no tengo", "sabe que soy", "con una llamada", "una sola llamada", "nomas una llamada"]),
    (Cue::Remind, &["me recordo", "me recuerda", "me recordaba"]),
    (Cue::NoStatus, &["no tengo papeles", "sin papeles", "ilegal", "indocumentado", "indocumentada", "no tienes papeles", "mojado", "no tengo documentos"]),
    // Having no status is a status too (the threat rules read it as one).
    (Cue::Status, &["no tengo papeles", "sin papeles", "ilegal", "indocumentado", "indocumentada", "no tienes papeles", "mojado", "no tengo documentos"]),
    (Cue::Deport, &["de regreso a mi pais", "de regreso a tu pais", "me mandaba de regreso", "mandarte de regreso", "mandarme de regreso", "me manda de regreso", "a tu pais", "a mi pais"]),
    // Locked out of the job site.
    (Cue::Fire, &["ya no me dejo entrar", "no me dejo entrar", "no me dejaron entrar", "ya no me dejaron entrar", "ya no me deja entrar", "no me dejan entrar"]),
    (Cue::Closure, &["se termino la obra", "termino la obra", "se acabo la obra", "se acabo el trabajo", "se termino el trabajo", "cerro", "cerraron", "quebro la compania", "se acabo la temporada", "fin de la temporada", "cerro el negocio"]),
    // Organising is protected activity.
    (Cue::Complain, &["sindicato", "el sindicato", "organizarnos", "nos organizamos", "me uni al sindicato"]),
    // "que me fuera buscando otro trabajo": every form of "look for another job".
    (Cue::Fire, &["buscando otro trabajo", "buscara otro trabajo", "busques otro trabajo", "busque otro trabajo", "buscarme otro trabajo", "buscar otro jale", "busca otro trabajo", "buscara otro jale", "busques otro jale"]),
    // Stopped putting / giving the worker shifts.
    (Cue::CutVerb, &["dejo de ponerme", "dejaron de ponerme", "dejo de darme", "dejaron de darme", "dejo de llamarme", "dejaron de llamarme", "deja de ponerme"]),
    // Writing or texting the boss about pay is asking.
    (Cue::Ask, &["mandarle un mensaje", "le mande un mensaje", "le mande mensaje", "le escribi", "le texte", "le envie un mensaje"]),
    (Cue::Pay, &["horas que faltan", "horas que me deben", "las horas que me faltan"]),
    // Other businesses as the audience; theft words in the feminine.
    (Cue::Audience, &["todos los restaurantes", "los restaurantes", "otros restaurantes", "las otras tiendas", "otros negocios", "otras companias", "otros trabajos"]),
    (Cue::Accuse, &["ratera", "ladrona", "ratero", "ladron", "rata"]),
    // "me iban a visitar sus hermanos": a visit as menace.
    (Cue::Violence, &["me iban a visitar", "me van a visitar", "te van a visitar", "te va a visitar", "me iba a visitar", "hacerme una visita", "hacerte una visita"]),
    (Cue::Implied, &["lo pensara bien", "piensalo bien", "pensarlo bien", "que lo piense bien", "que lo pienses bien"]),
    (Cue::Since, &["despues", "semanas despues", "dias despues", "una semana despues", "dos semanas despues", "a la semana", "a los pocos dias", "poco despues", "al mes"]),
];

// ---------------------------------------------------------------------------------------------
// Vietnamese (terms are written with diacritics; matching is diacritic-free)
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
const VI: Lexicon = &[
    (
        Cue::Authority,
        &[
            "di trú", "sở di trú", "nhập cư", "sở nhập cư", "cảnh sát", "công an", "ice", "911", "chính quyền",
            "nhà chức trách", "cảnh sát di trú", "liên bang", "fbi", "sở cảnh sát", "cơ quan di trú", "police",
            "immigration", "cớm",
        ],
    ),
    (
        Cue::Deport,
        &[
            "trục xuất", "trụ xuất", "đuổi về nước", "gửi về nước", "trả về nước", "về nước", "về việt nam", "đuổi về",
            "deport", "bị bắt", "bắt giam", "ở tù", "vô tù", "đi tù",
        ],
    ),
    (
        Cue::Status,
        &[
            "giấy tờ", "không có giấy tờ", "không giấy tờ", "giấy phép", "giấy phép làm việc", "bất hợp pháp",
            "làm lậu", "dân lậu", "người lậu", "ở lậu", "đi lậu", "hợp pháp", "thẻ xanh", "tình trạng di trú", "visa",
            "hết hạn visa", "quá hạn", "cư trú", "không có thẻ", "an sinh xã hội", "không có giấy", "giấy tờ tùy thân",
            "chưa có giấy tờ", "diện",
            "giấy tờ di trú", "hồ sơ di trú", "giấy di trú",
        ],
    ),
    (
        Cue::ImmFixed,
        &[
            "trục xuất mày", "trục xuất em", "cho mày bị trục xuất", "mày bị trục xuất", "cho di trú bắt",
            "di trú bắt", "cho cảnh sát bắt", "tống cổ về nước", "đuổi mày về", "di trú tới bắt", "di trú đến bắt",
            "kêu di trú", "gọi di trú", "báo di trú", "kiểm tra giấy tờ", "kiểm tra lại giấy tờ", "xét giấy tờ",
            "cho tôi bị trục xuất", "cho em bị trục xuất", "làm tôi bị trục xuất", "làm em bị trục xuất", "làm mày bị trục xuất", "bắt tôi bị trục xuất",
        ],
    ),
    (
        Cue::Report,
        &[
            "gọi", "gọi cho", "báo", "báo cho", "tố cáo", "trình báo", "khai báo", "kêu", "kêu cho", "nói với",
            "giao cho", "đưa cho", "báo cáo", "thưa", "đến bắt", "tới bắt", "bắt mày", "bắt em", "điện thoại cho",
            "kiểm tra", "điều tra", "đăng lên",
        ],
    ),
    (
        Cue::Threat,
        &[
            "dọa", "đe dọa", "hăm dọa", "dọa nạt", "hăm he", "uy hiếp", "cảnh cáo", "khủng bố", "dằn mặt", "hù dọa",
            "răn đe", "hăm",
        ],
    ),
    (
        Cue::Implied,
        &[
            "biết chuyện gì", "biết sẽ ra sao", "biết hậu quả", "hậu quả", "coi chừng", "cẩn thận", "nhớ là", "nhớ đó",
            "đừng quên", "một cuộc gọi", "một cú điện thoại", "liệu hồn", "biết điều", "tao biết", "tui biết",
            "người như mày", "mấy người như", "đừng trách", "liệu mà", "biết thân", "biết phận", "chuyện gì sẽ xảy ra",
            "kết quả ra sao", "sẽ ra sao", "ra sao rồi", "chắc em cũng biết", "em cũng biết", "mày cũng biết",
            "biết rồi đó", "em biết mà", "biết mà",
        ],
    ),
    (
        Cue::Fire,
        &[
            "đuổi việc", "sa thải", "cho nghỉ việc", "cho nghỉ", "cho tôi nghỉ", "cho em nghỉ", "nghỉ việc",
            "mất việc", "khỏi đi làm", "khỏi làm", "đừng đi làm nữa", "khỏi đến", "đừng đến nữa", "không cần đi làm",
            "không cần tôi nữa", "không cần em nữa", "không cần mày nữa", "cút đi", "nghỉ luôn", "bị đuổi", "đuổi tôi",
            "đuổi em", "đuổi mày", "đuổi ra", "cho thôi việc", "thôi việc", "đuổi khỏi tiệm", "khỏi quay lại",
            "đừng quay lại", "kiếm chỗ khác", "tìm chỗ khác", "giữ việc", "muốn giữ việc", "mất job", "bị đuổi việc",
            "cút khỏi",
        ],
    ),
    (
        Cue::CutFixed,
        &[
            "cắt giờ", "giảm giờ", "bớt giờ", "ít giờ", "cắt ca", "bớt ca", "giảm ca", "cắt lương", "giảm lương",
            "trừ lương", "bớt lương", "không xếp ca", "không cho ca", "không chia khách", "bớt khách", "ít khách",
            "cắt bớt", "không cho làm", "cho làm ít", "ít ca", "ít ngày", "bớt ngày", "cắt ngày", "không xếp lịch",
            "không cho đi làm", "chia ít khách", "không đưa khách", "bớt turn", "ít turn",
        ],
    ),
    (
        Cue::CutVerb,
        &[
            "cắt", "giảm", "bớt", "trừ", "rút", "cắt bớt", "rút bớt", "giảm bớt", "xuống", "xuống còn", "chỉ còn",
            "còn có", "hạ lương", "hạ phần", "hạ giờ", "hạ xuống",
        ],
    ),
    (
        Cue::HoursObj,
        &[
            "giờ", "giờ làm", "ca", "ca làm", "lương", "ngày làm", "khách", "tiền", "lịch", "lịch làm", "turn",
            "tiếng", "phần ăn chia", "ăn chia", "phần trăm", "commission", "lương giờ",
        ],
    ),
    (
        Cue::Complain,
        &[
            "khiếu nại", "phàn nàn", "than phiền", "kiện", "thưa kiện", "khiếu kiện", "bộ lao động", "sở lao động",
            "luật sư", "đòi quyền lợi", "quyền lợi", "đấu tranh", "báo cáo ông", "báo lên", "bảng tính", "nhóm hỗ trợ",
            "văn phòng lao động", "nộp đơn",
            "rút đơn", "đơn kiện", "đơn khiếu nại", "làm ồn", "làm om", "làm om sòm", "làm rùm beng", "làm lớn chuyện", "làm ầm", "làm ầm ĩ", "lên denver labor", "lên văn phòng lao động", "đi kiện",
        ],
    ),
    (Cue::Ask, &["hỏi", "đòi", "xin", "yêu cầu", "nhắc", "đòi lại", "hỏi về", "hỏi xin"]),
    (
        Cue::Pay,
        &[
            "lương", "tiền", "tiền công", "tiền lương", "tiền tip", "tiền boa", "tip", "giờ phụ trội", "overtime",
            "ngoài giờ", "tăng ca", "tiền tăng ca", "check", "chi phiếu", "tiền nợ", "nợ lương", "tiền thiếu",
        ],
    ),
    (
        Cue::Violence,
        &[
            "đánh mày", "đánh tôi", "đánh em", "đánh chết", "đánh cho", "bị đánh", "giết", "giết mày", "đâm mày",
            "đâm chết", "chém", "xô tôi", "xô em", "đẩy tôi", "đẩy em", "tát tôi", "tát em", "tát mày", "đập mày",
            "đập chết", "bóp cổ", "cho mày biết tay", "biết tay", "đấm tôi", "đấm em", "đấm mày", "đá tôi", "đá em",
            "thuê người", "giang hồ", "xã hội đen", "theo dõi tôi", "theo dõi em", "theo tôi về nhà", "đến nhà tôi",
            "tới nhà tôi", "đến nhà mày", "tới nhà mày", "biết nhà mày", "hành hung", "bạo lực", "ném", "túm",
            "nắm cổ áo", "xử mày", "xử đẹp", "dằn mặt", "cho người tới", "cho người đến", "cho người đánh",
            "mấy đứa tới", "kêu người", "thuê người đánh", "nhìn chằm chằm", "trừng mắt", "cho mấy đứa tới",
            "cho mấy đứa đến", "kêu mấy đứa tới",
            "biết nhà tôi ở đâu", "biết nhà mày ở đâu", "biết nhà em ở đâu", "biết mày ở đâu", "biết tôi ở đâu", "biết em ở đâu", "biết chỗ mày ở", "biết chỗ tôi ở", "con tôi học trường nào", "con mày học trường nào", "con em học trường nào",
        ],
    ),
    (Cue::Weapon, &["dao", "súng", "con dao", "khẩu súng", "cây súng", "mã tấu", "búa", "cây gậy", "cầm gậy"]),
    (
        Cue::BlacklistFixed,
        &[
            "danh sách đen", "không ai thuê", "không ai mướn", "không ai nhận", "không tiệm nào nhận",
            "không tiệm nào", "nói xấu", "hết đường làm", "khỏi kiếm việc", "đừng hòng làm", "không chỗ nào nhận",
            "không nơi nào nhận", "không ai dám nhận", "không ai dám thuê", "có tên em", "có tên mày", "có tên của em",
            "đừng mong",
            "để xem ai dám thuê", "xem ai dám thuê", "ai dám thuê", "xem ai thuê", "xem ai mướn", "ai dám mướn", "ai dám nhận", "đừng cho tôi làm", "đừng cho nó làm", "đừng cho em làm", "đừng thuê tôi", "đừng thuê nó", "đừng thuê em", "đừng nhận tôi", "đừng nhận nó", "đừng mướn", "đừng nhận em",
        ],
    ),
    (
        Cue::Hire,
        &[
            "thuê", "mướn", "nhận", "cho làm", "kiếm việc", "tìm việc", "xin việc", "nói với", "báo cho", "gọi cho",
            "xin vào", "xin làm", "nhận vào làm", "nhận vào",
        ],
    ),
    (
        Cue::NoOne,
        &[
            "tiệm khác", "các tiệm", "chủ khác", "chỗ khác", "nơi khác", "không ai", "bất cứ", "ở đâu", "cả cộng đồng",
            "mấy tiệm", "tất cả các tiệm", "nhà máy khác", "mấy nhà máy khác", "công ty khác", "tiệm nào", "chỗ nào",
            "nơi nào", "công ty nào", "hãng nào", "các tiệm nail", "mấy tiệm nail",
        ],
    ),
    (
        Cue::OtherFixed,
        &[
            "kiện mày", "kiện em", "kiện tôi", "đừng hòng lấy",
            "đuổi ra khỏi nhà", "lấy lại phòng", "trả thù", "trù dập",
        ],
    ),
    // Not paying is the wage theft itself; it is a threat only when said as one ("sẽ không trả
    // lương nếu...").
    (Cue::OtherWeak, &["coi chừng", "dọn ra khỏi nhà", "không trả đồng nào", "không trả một xu", "không trả lương"]),
    (Cue::Menace, &["hối hận", "sẽ biết", "mày sẽ biết", "chờ đó", "đợi đó", "nói tôi ăn cắp", "vu khống"]),
    (Cue::Accuse, &["ăn cắp", "ăn trộm"]),
    (Cue::Brandish, &["rút", "lấy ra", "cầm", "chĩa", "giơ"]),
    (
        Cue::Speech,
        &[
            "nói", "nói là", "nói rằng", "bảo là", "nhắn", "nhắn tin", "tin nhắn", "la lên", "quát", "hét", "chửi",
            "text", "viết", "ổng nói", "bả nói", "nói với tôi", "nói với em", "nhắn cho tôi", "nhắn cho em", "bảo tôi",
            "bảo em", "tuyên bố", "nói thẳng",
        ],
    ),
    (
        Cue::WorkerSpeech,
        &[
            "tôi nói", "em nói", "tôi nói với", "em nói với", "tôi nhắn", "tôi dọa", "em dọa", "tôi trả lời",
            "tôi cảnh cáo", "mình nói", "tui nói", "tôi có nói", "tôi đã nói",
        ],
    ),
    (
        Cue::WorkerSubj,
        &[
            "tôi", "tui", "mình", "tôi sẽ", "em sẽ", "tôi đã", "tôi định", "tôi muốn", "khuyên tôi", "khuyên em",
            "bảo tôi nên", "tôi nên",
        ],
    ),
    (
        Cue::ThirdPerson,
        &[
            "ông ấy", "bà ấy", "ông ta", "bà ta", "anh ta", "chị ta", "hắn", "ổng", "bả", "họ", "anh ấy", "chị ấy",
            "cô ấy", "ông", "chủ",
        ],
    ),
    (
        Cue::Modal,
        &[
            "sẽ", "nếu", "thì", "lỡ mà", "mày mà còn", "em mà còn", "tao mà còn", "mà còn dám", "lần sau", "không thì",
            "bằng không", "nếu không", "muốn", "định",
            "sắp", "có thể", "sẽ bị", "đừng", "đừng có",
        ],
    ),
    (
        Cue::Conditional,
        &[
            "nếu", "nếu mà", "lỡ", "mày mà còn", "em mà còn", "tao mà còn", "mà còn dám", "còn dám", "lần sau", "không thì", "bằng không", "nếu không", "hễ",
            "còn đòi", "còn hỏi", "còn khiếu nại", "mà đòi",
            "mày còn", "em còn", "mà còn làm", "còn làm",
        ],
    ),
    (
        Cue::Cause,
        &[
            "vì", "tại vì", "do", "bởi vì", "khi", "sau khi", "lúc", "nếu", "chỉ vì", "tại", "hôm sau", "ngày hôm sau",
            "mấy ngày sau", "thế là", "ngay sau", "ngay hôm", "đúng hôm", "hôm tôi", "ngay khi", "ngay sau khi", "thì",
            "từ khi",
        ],
    ),
    (
        Cue::Negator,
        &[
            "không", "ko", "hông", "hok", "khg", "kg", "chưa", "chẳng", "không hề", "chưa bao giờ", "chẳng bao giờ",
            "chưa từng", "không bao giờ", "đâu có", "chưa hề", "không có", "không ai", "chẳng ai", "không có ai",
        ],
    ),
    (
        Cue::Fear,
        &[
            "tôi sợ", "em sợ", "sợ bị", "sợ rằng", "sợ lắm", "sợ quá", "lo sợ", "sợ hãi", "rất sợ", "vì sợ", "lo lắng",
            "lo ngại", "hoảng sợ", "sợ họ", "sợ ông", "sợ bà", "sợ mất", "đang sợ", "cũng sợ", "sợ sệt", "sợ sẽ",
            "bất an", "tui sợ", "mình sợ", "sợ là", "nỗi sợ",
        ],
    ),
    (
        Cue::News,
        &[
            "tin tức", "bản tin", "trên báo", "đọc báo", "báo chí", "thời sự", "tivi", "ti vi", "truyền hình",
            "facebook", "tin đồn", "trên mạng", "youtube", "radio", "báo đài", "đài",
        ],
    ),
    (
        Cue::Employer,
        &[
            "ông chủ", "bà chủ", "chủ tiệm", "chủ tiệm nail", "chủ nhà hàng", "chủ quán", "chủ công ty", "chủ lò",
            "chủ hãng", "quản lý", "sếp", "xếp", "giám sát", "trưởng ca", "cai", "người chủ", "chủ", "ông bà chủ",
            "vợ ông chủ", "con ông chủ", "chủ tiệm móng",
        ],
    ),
    (
        Cue::NonEmployer,
        &[
            "khách", "khách hàng", "chủ nhà", "chủ nhà trọ", "hàng xóm", "người thuê", "người lạ", "vợ cũ", "chồng cũ",
            "người khách", "bà khách", "ông khách", "chủ phòng", "chủ của bạn", "chủ của nó", "chủ của cô ấy",
            "chủ của anh ấy", "công ty khác",
        ],
    ),
    (
        Cue::Conj,
        &[
            "và", "nhưng", "rồi", "nên", "mà", "còn", "sau đó", "xong", "vậy nên", "cho nên", "tuy nhiên", "thì",
        ],
    ),
    (Cue::AskedIf, &["hỏi tôi", "hỏi em", "hỏi xem", "có phải"]),
    (Cue::Protect, &["để bảo vệ", "giúp tôi", "bênh"]),
    (Cue::Since, &["từ đó", "từ đó tới giờ", "từ hôm đó", "kể từ đó"]),
    (Cue::Because, &["vì", "tại vì", "bởi vì", "chỉ vì", "tất cả vì"]),
    (
        Cue::Evict,
        &[
            "dọn ra", "ra khỏi", "đuổi ra", "dọn đi", "cuốn gói",
            "đuổi tôi ra", "đuổi em ra", "đuổi mày ra", "đuổi ra khỏi", "dọn ra ngoài", "dọn đồ ra",
        ]),
    (
        Cue::Housing,
        &[
            "nhà", "phòng", "căn nhà", "chỗ ở",
            "phòng trọ", "căn phòng",
        ]),
    (Cue::Documents, &["passport", "hộ chiếu"]),
    (
        Cue::Withhold,
        &[
            "giữ", "không trả", "không đưa", "không trả lại",
            "giữ lại", "bị giữ", "giữ luôn", "không phát", "ôm luôn",
            "đừng hòng lấy", "đừng mong lấy", "không có lấy", "không nhận được",
        ]),
    (Cue::Family, &["gia đình", "vợ con", "ba mẹ", "bố mẹ", "người nhà"]),
    (
        Cue::Ignore,
        &[
            "bao nhiêu", "bao lâu", "bảo vệ", "bảo hiểm", "gói hàng", "chủ nhật", "chú ý", "chủ động", "chủ đề",
            "dạo này", "sung sướng", "bổ sung", "báo thức", "đánh giá", "đánh máy", "đánh bóng", "đánh móng", "cái gì",
            "vì vậy", "hôm nay", "bảo hộ", "danh dự", "danh sách", "luật sư di trú",
            "bao giờ", "trừ tiền đồ nghề", "tiền đồ nghề", "trừ tiền dụng cụ", "tiền dụng cụ", "trừ tiền đồng phục", "tiền đồng phục",
        ],
    ),
    (
        Cue::FinalPay,
        &[
            "lương tuần cuối", "tuần lương cuối", "check cuối", "lương cuối", "tiền lương cuối", "lương tháng cuối", "tiền tuần cuối", "tấm check cuối", "chi phiếu cuối",
        ],
    ),
    (
        Cue::Until,
        &[
            "cho tới khi", "cho đến khi", "tới khi", "đến khi", "trừ khi", "chừng nào", "mới trả", "mới đưa",
            "khi nào ký", "phải ký",
        ],
    ),
    (
        Cue::Audience,
        &[
            "agency", "công ty khác", "các chủ", "chủ cũ", "ông chủ cũ", "bà chủ cũ", "chủ khác", "tiệm khác", "các tiệm",
        ],
    ),
    (
        Cue::Badmouth,
        &[
            "tôi ăn cắp", "em ăn cắp", "tôi ăn trộm", "em ăn trộm", "gây chuyện", "gây rối", "hay gây sự",
        ],
    ),
    // --- Generalisation round 2: families found missing on a second, independent set ---
    // Coworkers are not the employer (northern and southern words).
    (
        Cue::Coworker,
        &["đồng nghiệp", "thằng làm chung", "người làm chung", "bạn làm chung", "con làm chung", "đứa làm chung", "người làm cùng"],
    ),
    // Overtime named as hours worked ("hỏi về giờ làm thêm").
    (Cue::Pay, &["giờ làm thêm", "tiền làm thêm", "tiền giờ làm thêm", "tiền công", "tiền lương"]),
    // "nhân sự" (staff) is not "nhận" (hire) once the tones are gone.
    (Cue::Ignore, &["nhân sự", "cắt giảm nhân sự", "giảm nhân sự"]),
    // "chỉ cho tui làm 2 ngày một tuần": only + days or shifts.
    (Cue::CutVerb, &["chỉ cho", "chỉ còn", "chỉ xếp", "bớt", "giảm"]),
    (Cue::Ignore, &["chỉ được tính", "chỉ tính", "chỉ trả", "chỉ cho tôi tiền", "chỉ cho em tiền"]),
    (Cue::HoursObj, &["ngày một tuần", "ngày mỗi tuần", "ngày trong tuần", "ngày tuần", "ca làm", "buổi"]),
    // Left off the schedule: the name is missing from it.
    (
        Cue::CutFixed,
        &[
            "không có tên em", "không có tên tôi", "không có tên tui", "không có tên mình", "không còn tên em",
            "không còn tên tôi", "không còn tên tui", "lịch làm không có tên", "gạch tên", "xóa tên",
        ],
    ),
    // Punching and slapping.
    (
        Cue::Violence,
        &[
            "đấm vào", "đấm tôi", "đấm tui", "đấm em", "đấm bạn", "đấm nó", "đấm anh", "bị đấm", "tát tôi", "tát tui",
            "tát em", "tát vào", "bị tát", "bóp cổ", "xô ngã",
        ],
    ),
    // Telling an agency or other owners the worker is lazy or a troublemaker.
    (Cue::Badmouth, &["làm biếng", "lười biếng", "lười", "hay gây chuyện", "gây rối", "hay kiếm chuyện"]),
    // Posting the name in owners' groups; the agency no longer sending the worker anywhere.
    (
        Cue::BlacklistFixed,
        &[
            "đăng tên tui", "đăng tên tôi", "đăng tên em", "đăng tên lên", "đăng hình tui", "đăng hình tôi",
            "không gửi tôi đi", "không gửi em đi", "không gửi tui đi", "không cho tôi đi làm",
        ],
    ),
    // "bị bảo dọn ra": being told to.
    (Cue::Speech, &["bị bảo", "bảo tôi", "bảo em", "bảo tui", "biểu tui", "biểu em", "kêu tui", "kêu em"]),
    // Suing or going to the authorities is complaining.
    (Cue::Complain, &["đi thưa", "thưa kiện", "đi kiện", "kiện ông", "kiện chủ", "thưa lên", "khiếu nại"]),
    (Cue::Prior, &["trước khi", "từ trước khi"]),
    // Relatives and friends on the same job.
    (Cue::Peer, &["bạn tôi", "anh trai tôi", "em gái tôi", "chị tôi", "em trai tôi", "bạn tui"]),
    // Questions that report a fact; before/now comparisons of hours.
    (Cue::Factive, &["vậy có đúng không", "có hợp pháp không", "có đúng luật không", "như vậy có được không", "vậy có bình thường không"]),
    (Cue::Formerly, &["trước đây", "trước kia", "hồi trước", "lúc trước"]),
    (Cue::Now, &["bây giờ", "hiện giờ", "giờ chỉ", "hiện tại"]),
    // "trước đây tôi" (before, I...) is not "đẩy tôi" (pushed me) once the tones are gone.
    (Cue::Ignore, &["trước đây tôi", "trước đây em", "trước đây tui", "ở đây tôi", "ở đây em", "ở đây tui"]),
    (Cue::Everyone, &["tất cả mọi người", "mọi người", "tất cả", "cả tiệm", "không riêng gì tôi", "ai cũng", "cả đám"]),
    // Being made to ("bắt tôi dọn ra"): the employer's order.
    (Cue::Speech, &["bắt tôi", "bắt em", "bắt tui", "buộc tôi", "buộc em"]),
    (Cue::Charge, &["trừ tiền", "trừ vào lương", "bắt đền", "bắt tôi đền", "bắt em đền", "đền tiền", "bắt bồi thường"]),
    (Cue::Broken, &["bị hư", "làm hư", "bị bể", "làm bể", "bị gãy", "làm gãy", "bị vỡ", "làm vỡ", "hư máy", "máy hư"]),
    // ("nhắc tôi", remind me, is left out: without tones it is "nhắc tới", to mention.)
    (Cue::Implied, &["nhắc khéo"]),
    (Cue::Remind, &["nhắc nhở", "nhắc em", "nhắc tui"]),
    (Cue::NoStatus, &["không có giấy tờ", "không giấy tờ", "bất hợp pháp", "ở lậu", "không có giấy phép"]),
    // Having no status is a status too (the threat rules read it as one).
    (Cue::Status, &["không có giấy tờ", "không giấy tờ", "bất hợp pháp", "ở lậu", "không có giấy phép"]),
    // "cắt còn 3 ngày": cut down to; "muốn thì nghỉ đi": then quit.
    (Cue::CutFixed, &["cắt còn", "giảm còn", "bớt còn", "cắt xuống còn", "giảm xuống còn"]),
    (Cue::Fire, &["thì nghỉ đi", "nghỉ luôn đi", "không thích thì nghỉ", "muốn thì nghỉ", "không cho tôi vào làm", "không cho em vào làm"]),
    (Cue::Closure, &["đóng cửa", "dẹp tiệm", "hết việc", "hết mùa", "công trình xong", "xong công trình", "phá sản"]),
    // Not letting the worker work any more; told to stop working; scheduled less.
    (Cue::Fire, &["không cho tôi làm nữa", "không cho em làm nữa", "không cho tui làm nữa", "không cho làm nữa", "nghỉ làm luôn", "bảo tôi nghỉ", "kêu tôi nghỉ", "biểu tôi nghỉ", "bảo em nghỉ", "kêu em nghỉ"]),
    (Cue::CutVerb, &["ít lại", "ít hơn", "ít đi", "xếp ít"]),
    (Cue::HoursObj, &["lịch", "xếp lịch"]),
    (Cue::Complain, &["công đoàn", "vào công đoàn", "rủ mọi người"]),
    // Warnings about the family ("coi chừng con cái ở nhà").
    (Cue::Implied, &["coi chừng", "liệu hồn"]),
    (Cue::Family, &["con cái", "vợ con", "gia đình mày", "gia đình tôi", "con của mày", "con của tôi", "vợ mày", "vợ tôi"]),
    (Cue::Since, &["tuần sau", "hai tuần sau", "mấy ngày sau", "vài ngày sau", "sau đó", "ít lâu sau", "tháng sau", "mấy tuần sau"]),
];

// ---------------------------------------------------------------------------------------------
// Arabic (MSA and the dialects of Denver's Iraqi, Syrian, Sudanese and Egyptian communities)
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
const AR: Lexicon = &[
    (
        Cue::Authority,
        &[
            "*الهجرة*", "*هجرة*", "ايس", "الايس", "للايس", "بالايس", "عالايس", "والايس", "ice", "*الشرطة*", "*شرطة*",
            "*بوليس*", "الأمن", "للأمن", "بالأمن", "والأمن", "*الأمن العام*", "*السلطات*", "*الحكومة*", "*الجوازات*",
            "*مكتب الهجرة*", "*دائرة الهجرة*", "911", "*الداخلية*", "*شرطي*", "*الاستخبارات*", "*المخابرات*",
            "*الجهات المختصة*", "*الجهات الرسمية*",
        ],
    ),
    (
        Cue::Deport,
        &[
            "*ترحيل*", "*يرحلك*", "*يرحلوك*", "*رحلوك*", "*ترحيلك*", "*ترحيلي*", "*يرحلني*", "*رحلني*", "*أرحلك*",
            "*نرحلك*", "*يسفرك*", "*يسفروك*", "*تسفير*", "*تسفيرك*", "*أسفرك*", "*يرجعك لبلدك*", "*يرجعوك*", "*أرجعك*",
            "*لبلدك*", "*إلى بلدك*", "*على بلدك*", "*عبلدك*", "*من البلد*", "*من أمريكا*", "*ديبورت*",
            "*يطردك من البلد*", "*الترحيل*", "*يرحلوني*", "*يرحلونك*", "*ينسجن*", "*السجن*", "*يسجنك*", "*يحبسك*",
            "*تنحبس*",
        ],
    ),
    (
        Cue::Status,
        &[
            "*أوراق*", "*إقامة*", "*إقامت*", "*غير شرعي*", "*غير قانوني*", "*غير نظامي*", "*بدون أوراق*", "*وثائق*",
            "*مستندات*", "*لجوء*", "*لاجئ*", "*فيزا*", "*كرت أخضر*", "*البطاقة الخضراء*", "*جرين كارد*", "*وضعك*",
            "*وضعي*", "*مخالف*", "*تهريب*", "*قانونية*", "*شرعية*", "*الكرين كارد*", "*الگرين كارد*",
            "*وضعك القانوني*", "*الضمان الاجتماعي*", "*سوشيال*", "*ورقك*", "*ورقي*", "*ورقاتك*", "*مش نظامي*",
            "*مو نظامي*",
        ],
    ),
    (
        Cue::ImmFixed,
        &[
            "*يرحلك*", "*يرحلوك*", "*أرحلك*", "*نرحلك*", "*ترحيلك*", "*يسفرك*", "*يسفروك*", "*أسفرك*", "*تسفيرك*",
            "*أرجعك لبلدك*", "*يرجعك لبلدك*", "*يطردك من البلد*", "*يرحلونك*", "*سيرحلك*",
        ],
    ),
    (
        Cue::Report,
        &[
            "*تصل*", "*يبلغ*", "*أبلغ*", "*نبلغ*", "*تبليغ*", "*بلغ عن*", "*بلغ عليك*", "*يخبر*", "*أخبر*", "*يسلمك*",
            "*أسلمك*", "*سلمك*", "*يسلموك*", "*يشتكي عليك*", "*أشتكي عليك*", "*يجيب*", "*يجيبلك*", "*أجيبلك*", "*جاب*",
            "*يكلم*", "*أكلم*", "*بكلم*", "*يبعت*", "*أبعت*", "*يبعث*", "*أبعث*", "*أطلبلك*", "*يطلب*", "*يخابر*",
            "*أخابر*", "*خابر*", "*يدق*", "*أدق*", "*بدق*", "*يدز*", "*أدزلك*", "*اسمك*", "*يتكلم مع*", "*تحقق*",
            "*يفحص*", "*تفحص*", "*تفتيش*", "*اخذ*", "*اخد*", "*خلي*",
            "*ابلاغ*", "*الإبلاغ عني*", "*بلغ عني*", "*بلغوا عني*", "*بلغ عنك*",
        ],
    ),
    (
        Cue::Threat,
        &[
            "*هدد*", "*تهديد*", "*يهدد*", "*توعد*", "*يتوعد*", "*حذرني*", "*ابتزاز*", "*يبتز*", "*يخوف*", "*خوفني*",
            "*تخويف*", "*ترهيب*", "*يرهب*", "*حذرنا*",
        ],
    ),
    (
        Cue::Implied,
        &[
            "*انت عارف*", "*إنت عارف*", "*بتعرف شو*", "*تعرف شو*", "*تعرف ايش*", "*تعرف شنو*", "*تعرف ماذا*",
            "*تعرف وش*", "*شو بصير*", "*شو بيصير*", "*ايش يصير*", "*شنو يصير*", "*شنو راح يصير*", "*ماذا سيحدث*",
            "*ماذا يحدث*", "*ما يحدث*", "*ما سيحدث*", "*وش يصير*", "*تذكر*", "*لا تنسى*", "*انتبه*", "*احذر*",
            "*دير بالك*", "*خلي بالك*", "*مكالمة وحدة*", "*مكالمة واحدة*", "*اتصال واحد*", "*تلفون واحد*", "*أمثالك*",
            "*واحد مثلك*", "*ناس مثلك*", "*أعرف إنك*", "*أعرف انك*", "*أعرف وضعك*", "*نعرف وضعك*", "*أحسنلك*",
            "*أحسن لك*", "*لمصلحتك*", "*عواقب*", "*عاقبة*", "*اللي زيك*", "*اللي مثلك*", "*شو ممكن يصير*",
            "*ايش ممكن يصير*", "*انت تعرف*", "*فكر ب*", "*فكري ب*", "*فكر في*", "*فكري في*",
        ],
    ),
    (
        Cue::Fire,
        &[
            "*فصلني*", "*فصلوني*", "*يفصلني*", "*أفصلك*", "*يفصلك*", "*فصلك*", "تم فصلي", "*فصلي من*", "*طردني*",
            "*طردوني*", "*يطردني*", "*أطردك*", "*يطردك*", "*طردك*", "تم طردي", "*سرحني*", "*سرحوني*", "*تسريحي*",
            "*يسرحك*", "*رفدني*", "*رفدوني*", "*أرفدك*", "*يرفدك*", "*مشاني*", "*مشوني*", "*خسرت شغلي*", "*خسرت عملي*",
            "*خسرت وظيفتي*", "*ما ترجع*", "*لا ترجع*", "*لا تجي*", "*ما تجي*", "*لا تداوم*", "*ما تداوم*",
            "*دور على شغل*", "*دورلك على شغل*", "*شوفلك شغل*", "*أنهى عقدي*", "*إنهاء عقدي*", "*طلعني*", "*وقفني عن*",
            "*وقفني من*", "*ما عاد في شغل*", "*استغنى عني*", "*استغنوا عني*", "*فنشني*", "*فنشوني*", "*اطلع برا*",
            "*اطلع بره*", "*فصلنا*", "*طردنا*", "*الفصل*", "*الطرد*", "*بفصلك*", "*بطردك*", "*بطلع*",
            "*يوقفني عن العمل*", "*يفصل*", "*فصلو*", "*يطرد*", "*يرفد*", "*تحافظ على شغلك*", "*بدك تضل تشتغل*",
            "*إذا بدك شغلك*", "*تخسر شغلك*",
            "*لا تأت*", "*لا تاتي*", "*لا تيجي*", "*متجيش*", "*ما تيجي*", "*لم يعد لك عمل*", "*ما عاد لك شغل*", "*ما الك شغل*", "*مالكش شغل*", "*ما عاد إلك شغل*", "*لا تعد*", "*لا تعود*",
        ],
    ),
    (
        Cue::CutFixed,
        &[
            "*قلل ساعاتي*", "*قلل ساعات*", "*قللوا ساعاتي*", "*نقص ساعاتي*", "*نقصلي*", "*خفض ساعاتي*", "*خفض راتبي*",
            "*قطع من راتبي*", "*خصم من راتبي*", "*خصم من معاشي*", "*خصملي*", "*ساعات أقل*", "*أيام أقل*",
            "*قلل دوامي*", "*شال من ساعاتي*", "*شالني من الجدول*", "*من الجدول*", "*ما عاد يعطيني ساعات*",
            "*ما يعطيني ساعات*", "*ما يعطيني شفتات*", "*نزل راتبي*", "*نزلوا راتبي*", "*قلل راتبي*", "*تقليل ساعات*",
            "*تخفيض ساعات*", "*تقليص ساعات*",
            "*ما عادوا يحطوني*", "*ما عاد يحطني*", "*ما يحطوني*", "*ما بيحطوني*", "*مش بيحطوني*", "*ما عادوا يعطوني*", "*شالوني من الجدول*",
        ],
    ),
    (
        Cue::CutVerb,
        &[
            "*قلل*", "*نقص*", "*خفض*", "*خصم*", "*قطع*", "*شال*", "*نزل*", "*أقل*", "*قصر*", "*قلص*", "*تقليل*",
            "*تقليص*", "*بدل*",
        ],
    ),
    (
        Cue::HoursObj,
        &[
            "*ساعات*", "*ساعاتي*", "*دوام*", "*دوامي*", "*راتب*", "*راتبي*", "*أجري*", "*أجرتي*", "*أجور*", "*معاش*",
            "*أيام*", "*شفتات*", "*جدول*", "*الجدول*", "*شفت*", "*ورديات*", "*وردية*", "*ورديتي*", "*يومين*",
        ],
    ),
    (
        Cue::Complain,
        &[
            "*اشتكيت*", "*شكوى*", "*شكوتي*", "*أشتكي*", "*تظلم*", "*محامي*", "*وزارة العمل*", "*مكتب العمل*",
            "*دائرة العمل*", "*حقوقي*", "*طالبت*", "*أطالب*", "*مطالبة*", "*قدمت شكوى*", "*رفعت شكوى*", "*اعترضت*",
            "*شكوة*", "*الحد الأدنى*", "*طالبنا*", "*النقابة*",
            "*تشتكي*", "*تشتكى*", "*تقدم شكوى*", "*قدمت الشكوى*", "*تسحب الشكوى*", "*مسحبتش الشكوى*", "*سحب الشكوى*",
        ],
    ),
    (
        Cue::Ask,
        &[
            "*طلبت*", "*سألت*", "*سألته*", "*طالبت*", "*أطلب*", "*أسأل*", "*طلبي*", "*سؤالي*", "*سالت عن*", "*سألتو*",
            "*طلبتو*", "*طلبت منه*", "*أسأله*", "*سأله*", "*يتكلم في*", "*يتكلم عن*", "*يحكي عن*", "*اتكلمت*",
            "*حكيت عن*", "*طالبنا*",
        ],
    ),
    (
        Cue::Pay,
        &[
            "*راتب*", "*فلوس*", "*مصاري*", "*مصريات*", "*أجري*", "*أجرتي*", "*أجرة*", "*مستحقات*", "*حقي*", "*حقوقي*",
            "*الأوفر تايم*", "*أوفر تايم*", "*الأوفرتايم*", "*ساعات إضافية*", "*الساعات الإضافية*", "*الإضافي*",
            "*معاشي*", "*المعاش*", "*الشيك*", "*شيك*", "*باقي*", "*البخشيش*", "*التيب*", "*أجر*", "*دفع*", "*الدفع*",
            "*الفلوس*", "*قروش*", "*ماهية*", "*الحد الأدنى*",
        ],
    ),
    (
        Cue::Violence,
        &[
            "*يضربني*", "*ضربني*", "*أضربك*", "*يضربك*", "*ضربك*", "*بضربك*", "*أقتلك*", "*يقتلني*", "*يقتلك*",
            "*قتلك*", "*أذبحك*", "*أكسر*", "*يكسر*", "*دفعني*", "*زقني*", "*لكمني*", "*صفعني*", "*يؤذيك*", "*أذيك*",
            "*أوذيك*", "*أذيتك*", "*يعتدي*", "*اعتدى*", "*اعتداء*", "*أعرف وين ساكن*", "*أعرف وين تسكن*",
            "*أعرف بيتك*", "*أجيك للبيت*", "*أجي لبيتك*", "*لحقني*", "*عنف*", "*ترهيب*", "*تخويف*", "*مسكني*",
            "*شدني*", "*يضربنا*", "*يأذيك*", "*بأذيك*", "*أكسر راسك*", "*أكسر رجلك*", "*وين ساكن*", "*وين تسكن*",
            "*وين بتسكن*", "*وين ساكنة*", "*قدام بيتي*", "*جنب بيتي*", "*عند بيتي*", "*يبعت حدا*", "*يبعتلك حدا*",
            "*أبعتلك حدا*", "*يأدبني*", "*أأدبك*", "*أربيك*", "*يربيك*", "*يأدب*",
            "*ساكن فين*", "*ساكنه فين*", "*عارف أنا ساكن*", "*عارف انت ساكن*", "*بعرف وين*", "*عارف وين*", "*عارف فين*", "*أعرف وين*", "*أعرف فين*", "*عارف بيتك*", "*مدرسة إيه*", "*أي مدرسة*", "*مدرسة ولادك*", "*مدرسة عيالك*",
        ],
    ),
    (Cue::Weapon, &["*سكين*", "*سكينة*", "*مسدس*", "*سلاح*", "*بندقية*", "*عصاية*"]),
    (
        Cue::BlacklistFixed,
        &[
            "*القائمة السوداء*", "*قائمة سوداء*", "*ما حد راح يشغلك*", "*محد راح يشغلك*", "*ما حدا رح يشغلك*",
            "*محد يشغلك*", "*ولا حد يشغلك*", "*محد يوظفك*", "*لا أحد سيوظفك*", "*لن يوظفك أحد*", "*لن تجد عمل*",
            "*ما راح تلاقي شغل*", "*ما رح تلاقي شغل*", "*مش هتلاقي شغل*", "*ما تلاقي شغل*", "*أخرب سمعتك*",
            "*أشوه سمعتك*", "*سمعتك*", "*سمعتي*", "*شوه سمعتي*", "*محد يشغلني*", "*ما حد يشغلك*", "*توصية سيئة*",
            "*توصية سلبية*", "*سمعة سيئة*", "*لا يشغلني أحد*", "*ما حدا يشغلك*",
            "*لا يوظفني أحد*", "*حتى لا يوظف*", "*حتى ما حدا يشغل*", "*لا تشغلوه*", "*لا تشغلوها*", "*لا توظفوه*", "*لا توظفوها*", "*ما تشغلوه*", "*متشغلوهوش*", "*ميشغلونيش*", "*ما يشغلوني*", "*لا يشغلوني*", "*ما يوظفوني*", "*لا يوظفوني*", "*ميشغلوهوش*",
        ],
    ),
    (Cue::Hire, &["*يشغلك*", "*يوظفك*", "*توظيف*", "*شغل*", "*تشتغل*", "*وظيفة*", "*يشغلني*", "*يوظفني*"]),
    (
        Cue::NoOne,
        &[
            "*محد*", "*ما حد*", "*ما حدا*", "*لا أحد*", "*ولا حد*", "*ولا واحد*", "*أي مكان*", "*مكان تاني*",
            "*مكان ثاني*", "*أصحاب العمل*", "*كل المطاعم*", "*كل أصحاب*", "*المحلات الثانية*", "*الشركات الثانية*",
            "*أي شركة*", "*أي مطعم*", "أحد", "*كل محلات*", "*كل المحلات*", "*لأي مكان*",
        ],
    ),
    (
        Cue::OtherFixed,
        &[
            "*أخرب بيتك*", "*أخرب حياتك*", "*أدمر حياتك*", "*أرفع عليك قضية*", "*أرفع قضية*", "*ما راح تاخذ*",
            "*ولا فلس*", "*ولا قرش*", "*ولا دولار*", "*أطلعك من السكن*", "*من السكن*", "*تدفع الثمن*", "*انتقام*",
            "*ينتقم*",
        ],
    ),
    (Cue::OtherWeak, &["*حسابك*", "*الحساب*", "*قضية*", "*يرفع علي*", "*يرفع عليك*", "*تعويض*"]),
    (
        Cue::Menace,
        &[
            "*تندم*", "*أوريك*", "*بوريك*", "*راح أوريك*", "*راح تشوف*", "*بتشوف*", "*حتشوف*", "*سترى*", "*اتهمك*",
            "*اتهمني*", "*اتهموني*",
        ],
    ),
    (
        Cue::Accuse,
        &[
            "*حرامي*",
            "لص",
        ]),
    (Cue::Brandish, &["*طلع*", "*سحب*", "*وراني*", "*رفع*", "*شهر*"]),
    (
        Cue::Speech,
        &[
            "قال", "وقال", "قالي", "قال لي", "وقالي", "قلي", "يقول", "بيقول", "قالت", "وقالت", "قالولي", "قالوا",
            "أخبرني", "أبلغني", "رسالة", "*أرسل لي*", "*بعتلي*", "*كتبلي*", "واتساب", "صرخ", "*حكالي*", "حكى", "يحكي",
            "صاح", "رسالة صوتية", "مسج", "*أرسلي*", "وكتب", "كتب", "يقولي", "قاللي", "فقال", "گال", "گالي", "گال لي",
            "حچى", "گلي", "*دزلي*", "قالتلي",
        ],
    ),
    (
        Cue::WorkerSpeech,
        &[
            "قلت له", "قلتله", "قلتلو", "قلت", "وقلت", "قلت للمدير", "هددته", "حكيتله", "حكيت له", "كتبتله", "بعتله",
            "أخبرته", "أبلغته", "فقلت", "قلت لها",
        ],
    ),
    (
        Cue::WorkerSubj,
        &[
            "أنا", "وأنا", "سأبلغ", "سأتصل", "سأشتكي", "راح أتصل", "رح أتصل", "راح أبلغ", "رح أبلغ", "سوف أبلغ",
            "سوف أتصل", "راح أشتكي", "رح اشتكي", "ح أتصل", "ح أبلغ", "اتصلت", "بلغت", "*نصحني*", "*اقترح علي*",
        ],
    ),
    (Cue::ThirdPerson, &["هو", "هي", "هم", "هوا", "هيا", "هوه"]),
    (
        Cue::Modal,
        &[
            "سوف", "راح", "رح", "ح", "بدي", "بده", "رايح", "إذا", "لو", "وإلا", "المرة الجاية", "مرة ثانية", "ممكن",
            "يقدر", "سيتم", "بيخلي", "حيخلي", "راح يخلي", "وسوف", "ورح", "وراح", "وإذا", "ولو",
        ],
    ),
    (
        Cue::Conditional,
        &[
            "إذا", "لو", "وإلا", "إلا إذا", "مرة ثانية", "المرة الجاية", "كل ما", "مرة تانية", "لو رجعت", "إذا رجعت",
            "*كمان مرة*", "*لو ما عاجبك*", "*إذا ما عاجبك*", "*إذا مش عاجبك*", "*لو مش عاجبك*", "وإذا", "فإذا", "ولو",
            "فلو", "وإن",
        ],
    ),
    (
        Cue::Cause,
        &[
            "لأن", "لأني", "لأنني", "لأنه", "بسبب", "عشان", "علشان", "لما", "بعد ما", "بعدما", "إذا", "لو", "كوني",
            "لأجل", "من أجل", "بعد", "فور", "مباشرة بعد", "اليوم التالي", "ثاني يوم", "تاني يوم",
        ],
    ),
    (
        Cue::Negator,
        &[
            "لم", "لن", "لا", "ما", "مو", "مش", "ماكو", "مافي", "ما في", "ليس", "أبدا", "أبداً", "ولا", "عمره ما",
            "عمري ما", "ولا مرة", "محد", "ما حد", "لا أحد", "مب", "موب", "مابي", "ماهدد", "ماقال", "مهددني", "ولم",
            "ولن", "وما", "فما", "فلم",
        ],
    ),
    (
        Cue::Fear,
        &[
            "*خايف*", "*أخاف*", "*خوف*", "*أخشى*", "*خشية*", "*قلق*", "*مرعوب*", "*رعب*", "*خفت*", "*متوتر*", "*خائف*",
            "*بخاف*",
        ],
    ),
    (
        Cue::News,
        &[
            "*الأخبار*", "*أخبار*", "*نشرة*", "*التلفزيون*", "*تلفزيون*", "*التلفاز*", "*فيسبوك*", "*الفيس*",
            "*جريدة*", "*الراديو*", "*إشاعات*", "*إشاعة*", "*الانترنت*", "*تيك توك*", "*سوشيال ميديا*",
        ],
    ),
    (
        Cue::Employer,
        &[
            "*المدير*", "*مدير*", "*مديري*", "صاحب العمل", "صاحب الشغل", "صاحب المحل", "صاحب المطعم", "صاحب الشركة",
            "صاحب المصنع", "صاحب المغسلة", "*المشرف*", "*مشرف*", "*المسؤول*", "*الريس*", "*المعلم*", "*معلمي*",
            "*رئيسي*", "*رئيس العمل*", "*رب العمل*", "*الكفيل*", "*سوبرفايزر*", "*مانجر*", "*مانيجر*", "*الشركة*",
            "*المقاول*", "*البوس*", "*الفورمان*", "*المدام*", "*المعزب*", "*المديرة*", "*مسؤول*", "صاحب",
            "*صاحبة العمل*", "المالك",
        ],
    ),
    (
        Cue::NonEmployer,
        &[
            "*زبون*", "*زباين*", "*زبائن*", "*العميل*", "*عميل*", "صاحب البيت", "صاحب الشقة", "صاحب السكن", "*المؤجر*",
            "*مؤجر*", "جاري", "جارنا", "*الجيران*", "*جيراني*", "الجار", "*طليقي*", "*طليقتي*", "*الزبون*", "*زبونة*",
            "*شركة ثانية*", "*شركة تانية*", "*شركة أخرى*", "*مديرها*", "*صاحب شغلها*", "*صاحب شغله*",
        ],
    ),
    (Cue::Conj, &["و", "لكن", "بس", "ثم", "بعدين", "وبعدين", "فلما", "لكنه", "ولكن", "وبعدها", "لذلك", "عشان كذا"]),
    (
        Cue::AskedIf,
        &[
            "*سألني إذا*", "*سألني هل*", "*سألني لو*", "*سألني إن*", "*يسألني إذا*", "سألني", "يسألني", "سألوني",
        ],
    ),
    (Cue::Protect, &["*ليحميني*", "*لحمايتي*", "*ليساعدني*", "*دافع عني*"]),
    (
        Cue::Since,
        &[
            "*من وقتها*", "*من يومها*", "*منذ ذلك*", "*ومن بعدها*",
            "*من وقت ما*", "*من يوم ما*", "*من ساعة ما*", "*من لما*", "*من بعد ما*", "*منذ أن*", "*من ساعتها*",
        ]),
    (Cue::Because, &["لأن", "لأني", "لأنني", "لأنه", "بسبب", "عشان", "علشان", "كل هذا لأن"]),
    (
        Cue::Evict,
        &[
            "*اطلع من*", "*اطلعي من*", "*طلعك من*", "*أطلعك من*", "*أرميك*", "*يرميك*", "*برا البيت*",
            "*إخلاء*", "*اخلاء*", "*أخلي*", "*تخلي الشقة*", "*تطلع من*", "*طلعني من*",
        ]),
    (
        Cue::Housing,
        &[
            "*البيت*", "*الشقة*", "*السكن*", "*الغرفة*",
            "شقة", "بشقة", "شقتي", "*سكن العمال*", "غرفة", "*غرفتي*",
        ]),
    (Cue::Documents, &["*جواز*", "*الباسبور*", "*باسبور*", "*هويتي*", "*الهوية*"]),
    (
        Cue::Withhold,
        &[
            "*ماسك*", "*يرجعلك*", "*يرجعلي*", "*محتفظ*", "*يحتفظ*", "*حاجز*", "*حجز*",
            "*مش هتاخد*", "*ما رح تاخد*", "*ما راح تاخذ*", "*ما رح تاخذ*", "*مش حتاخد*", "*محجوز*", "*محجوزة*", "*ما رح أعطيك*", "*مش هديك*", "*ما بعطيك*", "*لن تأخذ*", "*لن تحصل*",
            "*ما بتاخد*", "*ما بتاخذ*", "*ما راح تستلم*", "*ما رح تستلم*", "*مش هتقبض*", "*ما رح تقبض*", "*ما راح تقبض*", "*مش حتقبض*", "*لن تستلم*",
        ]),
    (Cue::Family, &["*أهلك*", "*أهلي*", "*عيلتك*", "*عيلتي*", "*عائلتك*"]),
    (
        Cue::Ignore,
        &[
            "*ايسكريم*", "*آيس كريم*", "*متصل*", "*المبلغ*", "*مبلغ*", "*تواصل*", "*محامي هجرة*", "*محامي الهجرة*",
            "سألني عن", "سألوني عن", "يسألني عن",
            "*خصم ثمن*", "*خصمون ثمن*", "*خصموا ثمن*", "*ثمن الأدوات*", "*حق الأدوات*", "*ثمن العدة*", "*ثمن الزي*", "*حق العدة*", "*يراجع الحساب*", "*راجع الحساب*", "*نراجع الحساب*", "*يشوف الحساب*", "*يحسب الحساب*",
        ],
    ),
    (
        Cue::Badmouth,
        &[
            "*انني لص*", "*اني لص*", "*انه لص*", "*اني حرامي*", "*انه حرامي*", "*بيعمل مشاكل*", "*يعمل مشاكل*", "*يعمل مشكلات*", "*بيعمل مشكلات*", "*مثير مشاكل*", "*مثير للمشاكل*", "*مشاكلجي*", "*مسبب مشاكل*", "*انني سرقت*", "*اني سرقت*", "*انه سرق*",
        ],
    ),
    (
        Cue::Audience,
        &[
            "*الشركات*", "*شركات*", "*مطعم تاني*", "*مطعم ثاني*", "*معلمي القديم*", "*مديري القديم*", "*مديري السابق*", "*صاحب الشغل القديم*", "*الوكالة*", "*وكالة*", "*اصحاب الشركات*", "*المحلات التانية*",
        ],
    ),
    (
        Cue::FinalPay,
        &[
            "*آخر مرتب*", "*آخر راتب*", "*آخر شيك*", "*الراتب الأخير*", "*آخر معاش*", "*آخر قبضة*", "*الشيك الأخير*", "*آخر أجر*", "*المرتب الأخير*",
            "*آخر قبض*", "*آخر دفعة*", "*آخر أسبوع*", "*حساب آخر*",
        ],
    ),
    (
        Cue::Until,
        &[
            "*لحتى*", "حتى", "لين", "الين", "*لغاية ما*", "*لحد ما*", "*إلا لما*", "*إلا إذا*", "*قبل ما*",
        ],
    ),
    // --- Generalisation round 2: families found missing on a second, independent set ---
    // Coworkers and passengers are not the employer.
    (
        Cue::NonEmployer,
        &[
            "راكب", "الراكب",
        ],
    ),
    (Cue::Coworker, &["*زميل*", "واحد من الشغيلة", "واحد من العمال", "واحد من الشغالين", "عامل معي", "واحد شغال معي"]),
    // "يوم ما", "بعد ما", "أول ما": "ما" after a time word means "when", not "not".
    (Cue::Cause, &["يوم ما", "تاني يوم ما", "ثاني يوم ما", "تاني يوم", "ثاني يوم", "اول ما", "لما", "لمن", "كل ما", "وقت ما"]),
    // Moroccan: the boss (الباطرون), "if" (إلا/ايلا), the future (غادي), to complain (تشكي), to fire
    // (جرا على / طرد), to employ (خدّم), everybody (كاع).
    (Cue::Employer, &["الباطرون", "باطرون", "الباترون", "باترون"]),
    (Cue::Conditional, &["الا بقيتي", "الا بقيت", "ايلا", "ايلا بقيتي", "الا عاودتي", "الا زدتي"]),
    (Cue::Modal, &["غادي", "غادية", "غانقول", "غانجري"]),
    (Cue::Complain, &["*تشكي*", "تشكي", "كتشكي", "كنشكي", "بتشكي"]),
    (Cue::Fire, &["نجري عليك", "نجريك", "نجري عليه", "جرا عليا", "جرى عليا", "جراني", "غانجري عليك", "نطردك", "نطردك من الخدمة"]),
    (Cue::Hire, &["يخدمك", "يخدمني", "تخدمني", "يخدموك", "يشغلك", "تشغلك", "تشغلني", "يشغلني"]),
    (Cue::NoOne, &["حتى واحد", "حتى حد", "كاع الناس", "كل الشركات", "كل المطاعم", "كل الناس", "محد", "ما حد"]),
    // Not keeping quiet is complaining ("لو ما سكتّ", if you don't shut up).
    (Cue::Complain, &["ما سكت", "ما تسكت", "ما سكتت", "ما سكتي", "ما بتسكت", "مش هتسكت", "ما تسكتش"]),
    // Cutting ("قصّ"), and "he started giving me" + days: only two days a week.
    (
        Cue::CutVerb,
        &[
            "قص", "قصلي", "وقص", "قصولي", "قصوا", "قصو", "بيقص", "حيقص", "يقص", "نقص", "نقصلي", "نقصوا", "صار يعطيني",
            "صار يشغلني", "بقى يديني", "بقى يشغلني", "فقط",
        ],
    ),
    (Cue::HoursObj, &["يومين", "يوم بالجمعة", "ايام بالاسبوع", "ايام في الاسبوع", "نص ساعاتي"]),
    // Left off the schedule: the name is missing.
    (
        Cue::CutFixed,
        &[
            "اسمي مكانش", "اسمي ما كانش", "اسمي مش", "اسمي ما كان", "اسمي مو", "اسمي مش موجود", "ما لقيت اسمي",
            "مالقيتش اسمي", "شالوا اسمي", "شال اسمي", "شالني من الجدول", "شالوني من الجدول", "اسمي مش في الجدول",
        ],
    ),
    // Calling the worker a troublemaker or lazy to the next employer.
    (
        Cue::Badmouth,
        &[
            "بعمل مشاكل", "بيعمل مشاكل", "يعمل مشاكل", "عامل مشاكل", "مشاكلجي", "بيسوي مشاكل", "يسوي مشاكل",
            "مثير للمشاكل", "كسلان",
        ],
    ),
    // Packing up and leaving the employer's flat.
    (Cue::Evict, &["لم حاجتك", "تلم حاجتك", "لم هدومك", "تلم هدومك", "اطلع من الشقه", "تطلع من الشقه", "تفضي الشقه", "فضي الشقه"]),
    (Cue::Withhold, &["ما بدو يعطيني", "مش راضي يعطيني", "ما رح يعطيني", "مش هيديني", "مش حيديني", "رافض يعطيني", "ما يعطيني"]),
    (Cue::Prior, &["قبل ما", "قبل", "من قبل ما"]),
    // Relatives and friends on the same job.
    (Cue::Peer, &["اخوي", "اخويا", "اخي", "اختي", "صاحبي", "ابن عمي"]),
    // Moroccan: the day (نهار) I asked, the pay (الخلاص).
    (Cue::Cause, &["نهار", "نهار اللي", "نهار ما"]),
    (Cue::Pay, &["الخلاص", "خلاصي", "الخلاص ديالي"]),
    // Questions that report a fact; before/now comparisons of hours.
    (Cue::Factive, &["هل هذا قانوني", "هذا قانوني", "هاد قانوني", "هل هذا طبيعي", "طبيعي انو", "عادي انو", "هل يحق له"]),
    (Cue::Formerly, &["قبل كنت", "كنت اشتغل", "كان عندي", "قبل كان", "بدل", "بدال", "زمان كنت"]),
    (Cue::Now, &["هلق", "هلا", "الحين", "دلوقتي", "دابا", "الان", "حاليا", "هسه", "هسع"]),
    // Told not to come any more; an hour.
    (Cue::Fire, &["*ما عاد تجي*", "*ما عادش تيجي*", "*لا عاد تجي*", "*ما عاد ترجع*", "*ما عاد تداوم*", "*ما عاد تشتغل*"]),
    (Cue::HoursObj, &["ساعة", "ساعه"]),
    (Cue::Everyone, &["كل العمال", "كل الشغيلة", "الكل", "كلنا", "مش بس انا", "مو بس انا", "كل الموظفين"]),
    // "صار يحطني يوم واحد": he started putting me on one day.
    (Cue::CutVerb, &["صار يحطني", "صار يحطوني", "بقى يحطني", "صاروا يحطوني", "صار يجدولني"]),
    (Cue::HoursObj, &["يوم واحد", "بالاسبوع", "بالجمعه", "في الاسبوع"]),
    // Other restaurant or shop owners as the audience of a bad word.
    (Cue::Audience, &["اصحاب المطاعم", "كل اصحاب", "باقي المطاعم", "المطاعم التانيه", "الشركات التانيه", "الشركات الثانيه", "كل المحلات", "باقي الشركات", "اصحاب الشغل"]),
    // Sending men to the worker's home.
    (Cue::Violence, &["بعت لي ناس", "بعتلي ناس", "بعت ناس", "بعث لي رجال", "ارسل ناس", "بعتلي شباب", "بيبعتلك ناس", "رح يبعتلك ناس", "بعتلي رجاله"]),
    // Gulf: the sponsor sending the worker home.
    (Cue::Deport, &["*يسفرني*", "*بيسفرني*", "*سفرني*", "*يسفرك*", "*بسفرك*", "*حسفرك*", "*يسفروني*", "*بيسفرك*"]),
    (Cue::Employer, &["الكفيل", "كفيلي", "كفيل"]),
    // Firing him, her, them (object suffixes ـه، ـها، ـهم; also with ـو/ـوا for "they").
    (
        Cue::Fire,
        &[
            "*طرده*", "*طردها*", "*طردهم*", "*طردوه*", "*طردوها*", "*فصله*", "*فصلها*", "*فصلهم*", "*فصلوه*", "*رفده*",
            "*رفدها*", "*رفدوه*", "*سرحه*", "*سرحها*", "*سرحوه*", "*مشاه*", "*مشاها*",
        ],
    ),
    // Going to "the office" (the labour office, or the company office to ask) is complaining.
    (Cue::Complain, &["رحت عالمكتب", "رحت على المكتب", "رحت للمكتب", "تروح عالمكتب", "بتروح عالمكتب", "رحت المكتب", "روحت المكتب", "رحت عالمكتب تبع"]),
    // Asking, in the third person and plural ("أخوي طلب فلوسه").
    (Cue::Ask, &["طلب", "يطلب", "طلبوا", "طالب", "طالبوا", "سال", "سالوا", "سأل", "سألوا"]),
    // "and when", "and after": the conjunction ـو fused with the time word.
    (Cue::Cause, &["ولما", "ولمن", "وبعد ما", "وعندما", "وحين", "ولمّا", "ويوم ما"]),
    (Cue::Conj, &["ولما", "ولمن", "وعندما"]),
    (Cue::Charge, &["*يخصم*", "*خصم*", "يحسب علي", "*ادفع حق*", "*تدفع حق*", "*ادفع ثمن*", "*تدفع ثمن*", "*يدفعني*"]),
    (Cue::Broken, &["انكسر", "مكسور", "كسرت", "انكسرت", "خربان", "خرب", "خربت", "تعطل", "باظ", "باظت", "تلف"]),
    // "We don't want you any more".
    (Cue::Fire, &["*ما عاد بدنا ياك*", "*ما بدنا ياك*", "*مش عايزينك*", "*ما نبيك*", "*ما بدي ياك*", "*مابدنا اياك*", "*ما عدنا بحاجتك*", "*مش محتاجينك*"]),
    // Never working in this town again.
    (Cue::BlacklistFixed, &["*ما تشتغل بهالبلد*", "*ما اشتغل بهالبلد*", "*ما تلاقي شغل*", "*ما الاقي شغل*", "*ما تشتغل بحياتك*", "*ما اشتغل بحياتي*", "*ما حدا يشغلك*", "*ما حدا يشغلني*", "*محد يشغلك*"]),
    // Throwing things at the worker.
    (Cue::Violence, &["*رمى علي*", "*رماني ب*", "*حدف علي*", "*حدفني*", "*زت علي*", "*رمي علي*"]),
    (Cue::Implied, &["عارف اني", "بيعرف اني"]),
    (Cue::Remind, &["ذكرني", "بيذكرني", "يذكرني", "فكرني", "بفكرني"]),
    (Cue::NoStatus, &["ما معي اوراق", "ما معي اقامه", "ما عندي اوراق", "ما عندي اقامه", "بدون اوراق", "مخالف", "اقامتي منتهيه", "مش قانوني", "ما عندي ورق", "مفيش معايا ورق"]),
    // Having no status is a status too (the threat rules read it as one).
    (Cue::Status, &["ما معي اوراق", "ما معي اقامه", "ما عندي اوراق", "ما عندي اقامه", "بدون اوراق", "مخالف", "اقامتي منتهيه", "مش قانوني", "ما عندي ورق", "مفيش معايا ورق"]),
    // Locked out of the job.
    (Cue::Fire, &["*ما خلاني ادخل*", "*ما خلوني ادخل*", "*منعني ادخل*", "*منعوني ادخل*", "*مش راضي يدخلني*"]),
    (Cue::Closure, &["سكر", "سكرت", "قفل", "قفلت", "خلص المشروع", "خلص الشغل", "انتهى المشروع", "افلس", "اغلق", "سكّر"]),
    // Posting the worker's name or photo in a group; "nobody" in Levantine.
    (Cue::BlacklistFixed, &["*حط اسمي*", "*نشر اسمي*", "*نزل اسمي*", "*حط صورتي*", "*نشر صورتي*", "*نزل صورتي*", "*حط اسمك*", "*بنشر اسمك*"]),
    (Cue::NoOne, &["لا حدا", "ولا حدا", "ما حدا", "مافي حدا"]),
    // Dispensing with the worker's services; suspending from work.
    (Cue::Fire, &["*استغنى عن خدماتي*", "*استغنوا عن خدماتي*", "*الاستغناء عن خدماتي*", "*وقفك عن الشغل*", "*بوقفك عن*", "*يوقفك عن*", "*حوقفك*", "*رح وقفك*", "*وقفوني عن الشغل*"]),
    // Egyptian future ه- and Iraqi ك/گ for ق: "هرفدك", "أكطع راتبك".
    (Cue::Fire, &["*رفدك*", "*هرفدك*", "*هطردك*", "*هفصلك*", "*رفدوك*"]),
    (Cue::CutVerb, &["*كطع*", "*گطع*", "*گص*"]),
    // Opening one's mouth (about the pay) is complaining.
    (Cue::Complain, &["فتحت بوقك", "تفتح بوقك", "فتحت تمك", "تفتح تمك", "بتفتح تمك", "فتحت فمك", "تفتح فمك", "فتحت بقك"]),
    // Moroccan "call" (عيّط على) and "if you go".
    (Cue::Report, &["*نعيط على*", "*عيط على*", "*يعيط على*", "*عيطت على*", "*غانعيط*"]),
    (Cue::Conditional, &["الا مشيتي", "ايلا مشيتي"]),
    // The other shops as audience; vacating the room.
    // (Written without the article: "لـ" + "الـ" fuse into "للمحلات".)
    (Cue::Audience, &["*محلات التانيه*", "*محلات الثانيه*", "*محلات الاخري*", "*مطاعم التانيه*", "*مطاعم الثانيه*", "*محلات تانيه*", "*شركات تانيه*", "*مطاعم تانيه*"]),
    (Cue::Evict, &["*افضي*", "*تفضي*", "*فضي الغرفه*", "*اترك الغرفه*", "*تترك الغرفه*"]),
    (Cue::Housing, &["*الغرفه*", "*غرفتي*"]),
    (Cue::Since, &["بعد اسبوعين", "بعد اسبوع", "بعدها", "بعد كم يوم", "بعد فتره", "بعد شهر", "بعدين", "بعد يومين"]),
];

// ---------------------------------------------------------------------------------------------
// Amharic (terms may use any homophone letter; ሠ/ሰ, ሀ/ሐ/ኀ, አ/ዐ, ጸ/ፀ are unified)
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
const AM: Lexicon = &[
    (
        Cue::Authority,
        &[
            "*ሚግሬሽ*", "*ምግሬሽ*", "*ሚግሬሺ*", "*ኢሚግሬ*", "*ኢሜግሬ*", "አይስ", "ለአይስ", "የአይስ", "ice", "*ፌደራል*", "*የስደተኞች ቢሮ*",
            "911", "*ኢሚግሬሽን*", "*የኢሚግሬሽን*", "*ለኢሚግሬሽን*", "*የጸጥታ*", "*ኢሚግሬሽንን*", "*የሚመለከተው አካል*", "*ለሚመለከተው አካል*",
            "*ሚመለከተው*", "*ፖሊስ*", "*ፖሊሱ*", "*ፖሊሶ*",
        ],
    ),
    (
        Cue::Deport,
        &[
            "*ዲፖርት*", "ከሀገር", "ከአገር", "*ከሀገር*", "*ከአገር*", "*ወደ ሀገርህ*", "*ወደ አገርህ*", "*ወደ ሀገርሽ*", "*ወደ አገርሽ*", "*ሀገርህ*",
            "*አገርህ*", "*ሀገርሽ*", "*አገርሽ*", "*ወደ መጣህበት*", "*ወደ መጣሽበት*", "*ያሳስርሀል*", "*ታስራለህ*", "*ያሳስርሻል*", "*እስር ቤት*",
            "*ያሳስሩ*", "*ትታሰራለህ*", "*ትታሰራለሽ*", "*ትባረራለህ*", "*ትባረሪያለሽ*", "*ወደ ሀገር*", "*ወደ አገር*",
        ],
    ),
    (
        Cue::Status,
        &[
            "*ሰነድ*", "*ህጋዊ*", "*ህገወጥ*", "*ህገ ወጥ*", "*መታወቂያ*", "*ቪዛ*", "*መኖሪያ ፈቃድ*", "*የመኖሪያ*", "*ግሪን ካርድ*",
            "*የስራ ፈቃድ*", "*ሶሻል*", "*ስታተስ*", "*ስደተኛ*", "*ጥገኝነት*", "*ፈቃድ የለህም*", "*ወረቀት የለህም*", "*ወረቀት የለሽም*", "*ሁኔታህን*",
            "*ሁኔታሽን*", "*ሁኔታህ*", "*ወረቀ*", "*ሰነዶ*", "*ሰነዱ*", "*ሰነዴ*", "*ፈቃድ*", "*ፈቃዴ*", "*ፈቃዱ*", "*ፍቃድ*", "*ፍቃዴ*",
        ],
    ),
    (Cue::ImmFixed, &["*አሳልፌ እሰጥ*", "*አሳልፎ ይሰጥ*", "*አሳልፎ ሊሰጥ*", "*ዲፖርት ያደርጉ*", "*ዲፖርት አደርግ*", "*ዲፖርት ያስደርግ*"]),
    (
        Cue::Report,
        &[
            "*ጠራ*", "*ጠርቼ*", "*ጠርቶ*", "*ደውል*", "*ደውላ*", "*ደወለ*", "*ደውሎ*", "*ደውዬ*", "*ደውለ*", "*ሳውቅ*", "*ሳውቃ*", "*ሳወቀ*",
            "*ሳወቅ*", "*ጠቁም*", "*ጠቁማ*", "*ጠቆመ*", "*ነግራ*", "*ነግር*", "*ከሳ*", "*አሳልፌ*", "*አሳልፎ*", "*ስይዝ*", "*ሪፖርት*",
            "*ያስይዝ*", "*አስይዝ*", "*አስያዝ*", "*ያሲዝ*", "*ጥሪ*", "*እጠራ*", "*ይጠራ*", "*ያመጣ*", "*አመጣ*", "*እልካ*", "*ይልካ*",
            "*ያስጠራ*", "*ጣራ*",
        ],
    ),
    (
        Cue::Threat,
        &[
            "*ስፈራራ*", "*ዛተ*", "*ዛቻ*", "*ዝቶ*", "*ስጠነቀቀ*", "*ያስጠነቅቀ*", "*ማስጠንቀቂያ*", "*ስጠንቅቅ*", "*አስፈራርቶ*", "*አስፈራራ*",
            "*ያስፈራራ*", "*ዛተብኝ*", "*ዝቶብኝ*",
        ],
    ),
    (
        Cue::Implied,
        &[
            "*ታውቃለህ*", "*ታውቂያለሽ*", "*ታውቂ*", "*ምን እንደሚደርስ*", "*እንደሚደርስብህ*", "*ደርስብህ*", "*ይደርስብሀል*", "*ተጠንቀቅ*",
            "*ተጠንቀቂ*", "*አትርሳ*", "*አትርሺ*", "*አስታውስ*", "*አስታውሺ*", "*እንዳንተ ያሉ*", "*እንዳንቺ ያሉ*", "*አንድ ስልክ*", "*አውቃለሁ*",
            "*አውቅሀለሁ*", "*ውጤቱን*", "*መዘዝ*", "*ምን እንደሚሆን*", "*የሚሆነውን*", "*ምን እንደሚፈጠር*", "*እንዳንተ አይነት*", "*አስቢ*",
            "*አስብበት*", "*አስቢበት*", "*ስለ ቤተሰብህ*", "*ስለ ባልሽ*", "*ስለ ሚስትህ*",
        ],
    ),
    (
        Cue::Fire,
        &[
            "*ባረረ*", "*ባረሩ*", "*ባረር*", "*ባርረ*", "*ባርሩ*", "*ባርር*", "*ባርራ*", "*ሰናበተ*", "*ሰናብ*", "*ከስራ አስወጣ*",
            "*ከስራ አስወጡ*", "*ከስራ ቀነሰ*", "*ከስራ ተቀነስ*", "*ስራ አቁም*", "*ስራ እንዳትመጣ*", "*እንዳትመጣ*", "*አትምጣ*", "*አትምጪ*",
            "*ስራዬን አጣ*", "*ስራ አጣሁ*", "*ስራህን ልቀቅ*", "*ከዚህ ውጣ*", "*ከስራ አስወጣኝ*", "*ከስራ አስወጣሀለሁ*", "*ከስራ ታወጣለህ*",
            "*ስራ ትለቃለህ*", "*ከስራ ትወጣለህ*", "*ከስራ*", "*ስራህን መያዝ*", "*ስራሽን መያዝ*", "*ስራህን ማቆየት*", "*ስራሽን ማቆየት*", "*እንዳትመጪ*",
            "*እንዳትመጡ*", "*አትምጡ*", "*ባረራ*",
        ],
    ),
    (
        Cue::CutFixed,
        &[
            "*ሰአቴን ቀነሰ*", "*ሰአቴን ቀነሱ*", "*ሰአቴን ቆረጠ*", "*ደሞዜን ቆረጠ*", "*ደሞዜን ቀነሰ*", "*ደመወዜን ቀነሰ*", "*ፈረቃዬን ቀነሰ*",
            "*ሰአት ቀነሰ*",
            "አያስገቡኝም", "አያስገቡኝ*", "አይመድቡኝም", "አይመድቡኝ*", "*ስኬጁል ላይ አያስገ*", "*ስኬጁል አያስገ*",
        ],
    ),
    (
        Cue::CutVerb,
        &[
            "*ቀነሰ*", "*ቀነሱ*", "*ቀንስ*", "*ቀነስ*", "*ቀንሳ*", "*ቆረጠ*", "*ቆረጡ*", "*ቆርጥ*", "*ቆርጦ*", "*ቆረጥ*", "*ከለከለ*",
            "*ከለከሉ*", "*አሳነሰ*", "*ያነሰ*", "*ቀንሶ*", "*ቀንሰው*", "ዝቅ", "*ዝቅ አደረ*", "*ዝቅ አረ*",
        ],
    ),
    (
        Cue::HoursObj,
        &[
            "*ሰአት*", "*ሰአቴ*", "*ፈረቃ*", "*ደሞዝ*", "*ደሞዜ*", "*ደመወዝ*", "*ደመወዜ*", "*ክፍያ*", "*ቀናት*", "*የስራ ቀን*", "*ሽፍት*",
            "*ሺፍት*", "*ሰአቱ*", "*ሰአቶ*", "*ሰአታ*", "*ደሞዙ*", "*ደመወ*",
            "*ሺፍቴ*", "*ሽፍቴ*", "*ፈረቃዬ*",
        ],
    ),
    (
        Cue::Complain,
        &[
            "*ቅሬታ*", "*አቤቱታ*", "*ማረር*", "*ማረርኩ*", "*አማረርኩ*", "*ከሰስኩ*", "*ጠበቃ*", "*መብቴ*", "*መብቶቼ*", "*የሰራተኛ ጉዳይ*",
            "*ላማርር*", "*አማርሬ*", "*ቅሬታዬን*", "*አቤት*", "*ማርር*", "*ያማርር*", "*የሰራተኞች መብት*", "*ለhr*",
            "ክስ", "ክሱን", "ክሴን", "*ክስ ካቀረብ*", "*ክስ አቀረብ*", "*ሌበር ቢሮ*", "*ሌበር ኦፊስ*", "*የስራ ቢሮ*", "*የሰራተኛ ቢሮ*",
        ],
    ),
    (
        Cue::Ask,
        &[
            "*ጠየቅ*", "*ጠይቅ*", "*ጠየኩ*", "*ጠይቄ*", "*ጠየቅኩ*", "*ጥያቄ*", "*ጠየቀች*", "*ካነሳ*", "*አነሳሁ*", "*አነሳሽ*", "*አነሳህ*",
            "*አንስቼ*", "*ጻፍኩ*", "*ነገርኩ*",
        ],
    ),
    (
        Cue::Pay,
        &[
            "*ደሞዝ*", "*ደሞዜ*", "*ደመወዝ*", "*ደመወዜ*", "*ክፍያ*", "*ገንዘብ*", "*ብሬ*", "*ትርፍ ሰአት*", "*ቲፕ*", "*የሰራሁበት*", "*ሂሳብ*",
            "*ቼክ*", "*ያልተከፈለ*", "*ክፍያዬ*", "*ደሞዙ*", "*ደመወ*", "*ገንዘቤ*", "*ገንዘቡ*", "*ሂሳቤ*",
            "ቼክ*", "ቼኬ*", "ቲፔ*", "*ኦቨርታይም*",
        ],
    ),
    (
        Cue::Violence,
        &[
            "*ገድል*", "*ደበድብ*", "*ደበደበ*", "*መታኝ*", "*እመታ*", "*ይመታ*", "*ገፋኝ*", "*ገፍትሮ*", "*ጉዳት አደርስ*", "*ጉዳት ያደርስ*",
            "*እጎዳ*", "*ጎዳኝ*", "*ጥቃት*", "*ሰብሬ*", "*እሰብር*", "*አንቆ*", "*በቡጢ*", "*በጥፊ*", "*ቤትህ ድረስ*", "*ቤትህን አውቃለሁ*",
            "*የምትኖርበትን*", "*አሳድዶ*", "*እገድል*", "*ይገድል*", "*ጉዳት*", "*መትቶ*", "*ደብድቦ*", "*ሰዎች ልኬ*", "*ሰው ልኬ*", "*ሰዎች እልካ*",
            "*ሰው እልካ*", "*በሩን ዘግቶ*",
            "*ደበድበ*", "*እደበድብ*", "*የምትኖርበት*", "*የት እንደምትኖር*", "*የት እንደምኖር*",
        ],
    ),
    (Cue::Weapon, &["*ቢላ*", "*ሽጉጥ*", "*ዱላ*", "*ጠመንጃ*", "*ሽጉጡ*", "*ቢላዋ*"]),
    (
        Cue::BlacklistFixed,
        &[
            "*ጥቁር መዝገብ*", "*ጥቁር ዝርዝር*", "*ማንም አይቀጥርህም*", "*ማንም አይቀጥርሽም*", "*ማንም አይቀጥር*", "*ስራ አታገኝም*", "*ስራ አታገኚም*",
            "*ስምህን አጠፋ*", "*ስሜን አጠፋ*", "*ስምሽን አጠፋ*", "*ስሜን ያጠፋ*", "*ስራ እንዳታገኝ*", "*ስራ እንዳታገኚ*", "*ማንም እንዳይቀጥር*",
            "*መጥፎ ሪፈረንስ*", "*መጥፎ ምስክርነት*",
            "*አትቅጠሩ*", "*እንዳይቀጥሩ*", "*አትቅጠሪ*", "*አትቅጠር*", "*ማን እንደሚቀጥርህ*", "*ማን እንደሚቀጥርሽ*", "*ማን ይቀጥርሀል*", "*ማን ይቀጥርሻል*", "*ማን እንደሚቀጥር*",
        ],
    ),
    (Cue::Hire, &["*ቀጥር*", "*ስራ*", "*ቅጥር*", "*ቀጥሩ*", "*ቀጠረ*", "*ቀጥራ*", "*ቀጥረ*"]),
    (Cue::NoOne, &["ማንም", "*የትም*", "*ሌሎች አሰሪዎች*", "*ሌላ ቦታ*", "*ሌሎች*"]),
    (Cue::OtherFixed, &["*እከስ*", "*ደሞዝህን አታገኝም*", "*በቀል*", "*እበቀል*"]),
    (Cue::OtherWeak, &["*ከቤት ውጣ*"]),
    (Cue::Menace, &["*ትቆጫለህ*", "*ትቆጫ*", "*ትጸጸታለህ*", "*ታያለህ*", "*ታያለሽ*", "*ከሰሰኝ*"]),
    (Cue::Accuse, &["*ሌባ*", "*ሰርቀህ*", "*ሰርቀሀል*"]),
    (Cue::Brandish, &["*አወጣ*", "*አሳየኝ*", "*ይዞ*", "*መዝዞ*"]),
    (
        Cue::Speech,
        &[
            "አለ", "አለኝ", "ብሎ", "ብሎኛል", "ብለው", "ነገረኝ", "ነግሮኛል", "አለችኝ", "አሉኝ", "አሉ", "ብላ", "ብላኛለች", "ብሏል", "ብሎኝ",
            "ብሎናል", "አለን", "ላከልኝ", "*መልእክት*", "ጮኸ", "*ተናገረ*", "ይላል", "አለና", "ብሎም", "*ላከልኝ*", "*ጻፈልኝ*", "*ጽሁፍ*",
            "*ቴክስት*", "ይለኛል", "እያለ", "አለኝና",
        ],
    ),
    (Cue::WorkerSpeech, &["አልኩት", "አልኩ", "ብዬ", "ብዬው", "ነገርኩት", "አልኳቸው", "ነገርኳቸው", "አሳወቅኩት", "አልኳት", "ነገርኳት"]),
    (Cue::WorkerSubj, &["እኔ", "እኔም", "*መከረኝ*", "*እንድደውል*"]),
    (Cue::ThirdPerson, &["እሱ", "እሷ", "እነሱ", "እርሱ", "እሳቸው"]),
    (Cue::Modal, &["*እንደገና*", "*ዳግመኛ*"]),
    (
        Cue::Conditional,
        &[
            "*ከቀጠልክ*", "*ከቀጠልሽ*", "*ብትቀጥል*", "*ብትቀጥዪ*", "*እንደገና*", "*ዳግመኛ*", "*ብትጠይቅ*", "*ብትጠይቂ*", "*ካማረርክ*",
            "*ካማረርሽ*", "*ብታማርር*", "*ብትከስ*", "*ከጠየቅክ*", "*ከጠየቅሽ*", "*ካልሆነ*", "*አለበለዚያ*", "*ከፈለግክ*", "*ከፈለግሽ*", "*ከፈለክ*",
            "*ካነሳሽ*", "*ካነሳህ*",
            "ካላ*", "*ብትሄድ*", "*ብትሄጂ*", "*ከሄድክ*", "*ከሄድሽ*",
        ],
    ),
    (Cue::Cause, &["ስለ*", "*በኋላ*", "*ስለሆነ*", "*ምክንያቱም*", "*በዚህ ምክንያት*", "*ወዲያው*", "*በማግስቱ*", "*ምክንያት*"]),
    (Cue::Negator, &["የለም", "አይደለም", "በጭራሽ", "ፈጽሞ", "ምንም", "የለበትም"]),
    (
        Cue::Fear,
        &[
            "*ፈራለሁ*", "ፈራሁ", "*ፍርሃት*", "*ፈርቻ*", "*ፈርቼ*", "*ስጋት*", "*እሰጋለሁ*", "*ሰጋሁ*", "*ፍራቻ*", "*እንፈራለን*", "*ያሰጋኛል*",
            "*ያስፈራኛል*", "*ፈርተን*", "*ፈራን*", "*እፈራ*",
        ],
    ),
    (Cue::News, &["*ዜና*", "*ቴሌቪዥን*", "*ቲቪ*", "*ሬዲዮ*", "*ፌስቡክ*", "*ጋዜጣ*", "*ማህበራዊ ሚዲያ*", "*ቲክቶክ*", "*ኢንተርኔት*"]),
    (
        Cue::Employer,
        &[
            "*አለቃ*", "*አሰሪ*", "*ቀጣሪ*", "*አስኪያጅ*", "*ማኔጀር*", "*ማናጀር*", "*ሱፐርቫይዘር*", "*ሱፐርቫይዘ*", "*ሀላፊ*", "*ተቆጣጣሪ*",
            "*ፎርማን*", "*ድርጅቱ*", "*ካምፓኒ*", "*ኩባንያ*", "*የድርጅቱ ባለቤት*", "*የሱቁ ባለቤት*", "*የምግብ ቤቱ ባለቤት*", "*ባለሀብቱ*", "*ቦስ*",
            "*ባለቤቱ*", "*ኃላፊ*",
        ],
    ),
    (Cue::NonEmployer, &["*ደንበኛ*", "*አከራይ*", "*ጎረቤት*", "*ተከራይ*", "*የቤቱ ባለቤት*", "*የቤት ባለቤት*", "*የቀድሞ ባሌ*", "*እንግዳ*"]),
    (Cue::Conj, &["እና", "ግን", "ነገር ግን", "ከዚያ", "ስለዚህ", "እንዲሁም", "ከዚያም", "ቢሆንም"]),
    (Cue::AskedIf, &["*ብሎ ጠየቀኝ*", "*ብላ ጠየቀችኝ*", "ጠየቀኝ", "*እንደሆነ ጠየቀ*"]),
    (Cue::Protect, &["*ሊረዳኝ*", "*ሊጠብቀኝ*", "*ለመርዳት*"]),
    (
        Cue::Since,
        &[
            "*ከዚያ ወዲህ*", "*ከዚያን ቀን*", "*ጀምሮ*",
            "*ወዲህ*",
        ]),
    (Cue::Because, &["*ምክንያቱም*", "*በዚህ ምክንያት*", "ስለ*"]),
    (
        Cue::Evict,
        &[
            "*ውጣ*", "*ልቀቅ*", "*አስወጣ*",
            "*እንድለቅ*", "*እንድትለቅ*", "*እንድትለቂ*", "*ለቅቀህ*", "*ለቅቀሽ*", "*እንድወጣ*", "*እንድትወጣ*", "*እንድትወጪ*", "*ቤቱን ልቀቅ*",
        ]),
    (Cue::Housing, &["*ቤቱ*", "*ቤት*", "*ክፍሉ*"]),
    (Cue::Documents, &["*መታወቂያዬ*", "*ፓስፖር*"]),
    (
        Cue::Withhold,
        &[
            "*ይዞ*", "*ያዘ*", "*አልመልስ*", "*አይመልስ*", "*አልመለሰ*", "*አይመልሱ*",
            "*እንደማይሰጠኝ*", "*እንደማይሰጥ*", "*አይሰጥህም*", "*አይሰጥሽም*", "*አልሰጥህም*", "*አልሰጥሽም*", "*ማይሰጠኝ*", "*አይሰጠኝም*", "*ያዘብኝ*", "*ያዙብኝ*", "*ይዞብኛል*",
        ]),
    (Cue::Family, &["*ቤተሰብህ*", "*ቤተሰቤ*", "*ቤተሰብሽ*"]),
    (Cue::Ignore, &["*አይስክሬም*", "*ማጠራቀ*", "*ጥራት*"]),
    (
        Cue::Badmouth,
        &[
            "*ችግር ፈጣሪ*", "*ረባሽ*", "*ሰርቋ*", "*ሰርቃለ*",
        ],
    ),
    (
        Cue::Audience,
        &[
            "*ኤጀንሲ*", "*የቀድሞ አሰሪ*", "*የቀድሞ አለቃ*", "*ሌሎች ካምፓኒ*", "*ሌሎች ድርጅ*", "*ሌላ ሆቴል*", "*ሌሎች ሆቴ*", "*ሌሎች አሰሪ*",
        ],
    ),
    (
        Cue::FinalPay,
        &[
            "*የመጨረሻ ቼ*", "*የመጨረሻ ደሞዝ*", "*የመጨረሻ ደመወዝ*", "*የመጨረሻ ክፍያ*", "*የመጨረሻውን ቼ*", "*የመጨረሻውን ደሞዝ*",
        ],
    ),
    (
        Cue::Until,
        &[
            "*እስክ*", "*ድረስ*", "*እስከምት*", "*እስካል*",
        ],
    ),
    // --- Generalisation round 2: families found missing on a second, independent set ---
    // Coworkers and passengers are not the employer.
    (Cue::NonEmployer, &["*ተሳፋሪ*"]),
    (Cue::Coworker, &["*አብሮኝ የሚሰራ*", "*አብሮ የሚሰራ*", "*ባልደረባ*", "*አብረን የምንሰራ*"]),
    // The loanword "fire" with any auxiliary ("ፋየር አደረጓት", "ፋየር ተደረግሁ").
    (Cue::Fire, &["*ፋየር*"]),
    // Talking about pay is asking for it ("ስለ ክፍያ ስናገር", "ካወራህ").
    (Cue::Ask, &["*ናገር*", "ካወራ*", "*ስናወራ*", "*አወራሁ*", "*አወራን*", "*ብናገር*"]),
    // Not keeping quiet is complaining ("ዝም ካላልሽ", if you don't keep quiet).
    (Cue::Complain, &["*ዝም ካላ*", "*ዝም የማትል*", "*ዝም ካላለ*", "*ዝም አትልም*"]),
    // Cutting, lowering, dropping, taking off the schedule, with any person and object affix.
    (
        Cue::CutVerb,
        &[
            "*ቆርጣ*", "*ቆርጥ*", "*ቆረጠ*", "*ቆረጡ*", "*ቀነሰ*", "*ቀንሷል*", "*ቀነሱ*", "*ቀንሰ*", "*ወረደ*", "*አወጡኝ*",
            "*አወጣኝ*", "*አስወጡኝ*", "*አስወጣኝ*",
        ],
    ),
    (Cue::HoursObj, &["*ስኬጁል*", "*ሺፍት*", "*ሽፍት*", "*ፕሮግራም*", "*ሰአቴ*", "*ቀን*"]),
    // "not even one (company)".
    (Cue::NoOne, &["አንድም", "*ማንም*"]),
    // Taking the worker to court or suing them.
    (Cue::OtherWeak, &["*ፍርድ ቤት*", "*እከስ*", "*ይከሰኛል*", "*ልከስ*", "*ክስ እመሰርታለሁ*"]),
    // The negative conditional prefix ካል- ("unless I sign": ካልፈረምኩ).
    (Cue::Conditional, &["ካል*"]),
    (Cue::Prior, &["*በፊት*", "*ሳላ*"]),
    // Relatives and friends on the same job.
    (Cue::Peer, &["እህቴ", "ወንድሜ", "*ጓደኛዬ*"]),
    // Questions that report a fact; before/now comparisons of hours.
    (Cue::Factive, &["*ህጋዊ ነው*", "*ትክክል ነው*"]),
    (Cue::Formerly, &["*በፊት*", "*ድሮ*", "*ቀድሞ*"]),
    (Cue::Now, &["አሁን", "*አሁን*"]),
    (Cue::Everyone, &["*የሁሉም*", "*ሁሉንም*", "*ሁላችንም*", "*ሁሉም ሰራተኞች*"]),
    // Day(s) with possessive affixes (ቀን → ቀኔ, ቀናት).
    (Cue::HoursObj, &["*ቀኔ*", "*ቀናት*", "*ቀኖቼ*", "*ቀኖች*"]),
    // Other companies as the audience of a bad word; "bad things".
    (Cue::Audience, &["*ሌሎች ድርጅቶች*", "*ለሌሎች ቀጣሪዎች*", "*ሌሎች አሰሪዎች*", "*ለሌሎች ኩባንያዎች*", "*ለሌሎች*"]),
    (Cue::Badmouth, &["*መጥፎ ነገር*", "*መጥፎ ስም*", "*ሰነፍ*", "*ሌባ*"]),
    // Being made to leave the house ("ከቤቱ እንደሚያስወጣኝ").
    (Cue::Evict, &["*ያስወጣኝ*", "*ያስወጡኝ*", "*ያስወጣሃል*", "*አስወጣኝ ከቤ*"]),
    (Cue::Charge, &["*ያስከፍለኛል*", "*አስከፍላለሁ*", "*እንድከፍል*", "*ይቆርጣል*", "*እንደሚቆርጥ*", "*ከደሞዜ*", "*እቆርጣለሁ*"]),
    (Cue::Broken, &["*የተሰበረ*", "*ተሰብሯል*", "*የተበላሸ*", "*ሰበርኩ*", "*ተበላሽቷል*"]),
    // The last pay with possessive affixes; "I won't give you".
    (Cue::FinalPay, &["*የመጨረሻ ደሞዜ*", "*የመጨረሻ ክፍያ*", "*የመጨረሻውን ደሞዝ*", "*የመጨረሻ ደሞዝ*"]),
    (Cue::Withhold, &["*አልሰጥህም*", "*አልሰጥሽም*", "*አልሰጣችሁም*", "*አይሰጥህም*"]),
    // Losing the job ("ሥራህን ታጣለህ").
    (Cue::Fire, &["*ስራህን ታጣለህ*", "*ስራሽን ታጫለሽ*", "*ስራ ታጣለህ*", "*ስራዬን አጣሁ*", "*ስራህን ታጣ*", "*ስራሽን ታጪ*"]),
    // "We/I don't want you"; throwing at the worker.
    (Cue::Fire, &["*አንፈልግህም*", "*አንፈልግሽም*", "*አልፈልግህም*", "*አልፈልግሽም*"]),
    (Cue::Violence, &["*ወረወረብኝ*", "*ወረወረችብኝ*", "*ወረወሩብኝ*"]),
    (Cue::Implied, &["*እንደሌለኝ ያውቃል*"]),
    (Cue::Remind, &["*ያስታውሰኛል*", "*አስታወሰኝ*", "*አስታውሶኛል*"]),
    (Cue::NoStatus, &["*ወረቀት እንደሌለኝ*", "*ወረቀት የለህም*", "*ወረቀት የለኝም*", "*ህጋዊ አይደለሁም*", "*ህጋዊ ያልሆን*", "*ወረቀት የሌለኝ*"]),
    // Having no status is a status too (the threat rules read it as one).
    (Cue::Status, &["*ወረቀት እንደሌለኝ*", "*ወረቀት የለህም*", "*ወረቀት የለኝም*", "*ህጋዊ አይደለሁም*", "*ህጋዊ ያልሆን*", "*ወረቀት የሌለኝ*"]),
    (Cue::Closure, &["*ተዘጋ*", "*ተዘግቷል*", "*ፕሮጀክቱ አለቀ*", "*ስራው አለቀ*", "*ከሰረ*"]),
    (Cue::Complain, &["*ማህበር*", "*ሰራተኛ ማህበር*"]),
    (Cue::Since, &["*ከሳምንት በኋላ*", "*ሳምንት በኋላ*", "*ከጥቂት ቀናት በኋላ*", "*ከዚያ በኋላ*", "*ቀናት በኋላ*", "*ከወር በኋላ*"]),
];

// ---------------------------------------------------------------------------------------------
// Somali
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
const SO: Lexicon = &[
    (
        Cue::Authority,
        &[
            "booliska", "booliiska", "boolis*", "booliis*", "bolis*", "bilays*", "socdaalka", "waaxda socdaalka",
            "imigreeshan*", "imigreshan*", "imigreyshan*", "immigration", "ice", "dowladda", "dawladda", "dowlada",
            "911", "laanta socdaalka", "hay'adda socdaalka", "socdaal*", "ciidamada", "fbi", "police",
        ],
    ),
    (
        Cue::Deport,
        &[
            "musaafur*", "masaafur*", "tarxiil*", "dalka kaa saari*", "dalka kaa saar*", "dalkaaga ku celi*",
            "dalkaaga kuu celi*", "dalkaagii", "dalkaaga", "waddankaaga", "dalka laga saaro", "laga saaro dalka",
            "deport*", "xabsi*", "dalka lagaa saari", "dalkaaga lagu celin", "dib u celi*", "dib loogu celi*",
            "loogu celin", "dib kuugu celi*",
        ],
    ),
    (
        Cue::Status,
        &[
            "warqad*", "waraaq*", "sharci", "sharci darro", "sharci la'aan", "bilaa sharci", "dukumenti*", "aqoonsi*",
            "green card", "kaarka cagaaran", "tahriib*", "sharcigaaga", "sharcigaga", "sharciga", "fiisa", "fiiso",
            "sharci ma", "sharci ma haysatid", "sharci ma lihid", "sharcidarro",
        ],
    ),
    (
        Cue::ImmFixed,
        &[
            "ku musaafurin", "lagu musaafurin", "kuu musaafurin", "ku tarxiili", "lagu tarxiili", "dalkaaga kuu celin",
        ],
    ),
    (
        Cue::Report,
        &[
            "u yeer*", "yeer*", "wac*", "wici*", "u sheeg*", "sheegi*", "soo sheeg*", "warge*", "la socodsii*",
            "gacanta u gel*", "u gudbi*", "ku dacwoo*", "u soo gudbi*", "ku wargeli*", "soo wac*", "keeni*", "keen*",
            "soo keen*", "u dir*", "baaro", "baari*", "baaray", "baaritaan*", "la baaro",
        ],
    ),
    (
        Cue::Threat,
        &[
            "hanjab*", "handad*", "cabsi geli*", "cabsi i geli*", "cabsi igu geli*", "ka digay", "iigu digay",
            "ugu digay", "digniin*", "cabsi gelin*", "cabsigeli*", "hanjabaad*",
        ],
    ),
    (
        Cue::Implied,
        &[
            "ma ogtahay", "waad ogtahay", "waxa ku dhici", "waxa ku dhacaya", "waxa ku dhici doona", "waxaa ku dhici",
            "iska jir", "iska ilaali", "ka digtoonow", "xusuuso", "ha ilaawin", "hal wac", "hal telefoon",
            "qof sidaada oo kale", "dadka sidaada", "waan ogahay", "waan og ahay", "waan ogsoonahay", "cawaaqib*",
            "waxa dhici kara", "waxa ku dhici kara", "dadka kale ee", "war ma haysaa", "waad garanaysaa", "ka fikir",
            "ka fakar",
        ],
    ),
    (
        Cue::Fire,
        &[
            "eryay", "eryey", "eryi*", "eryid*", "iga eryay", "la i eryay", "cayri*", "ceyri*", "i cayriyay",
            "shaqada iga saar*", "iga saaray", "shaqada ka saar*", "shaqadii waan waayay", "shaqadayda waayay",
            "shaqo la'aan", "iga joojiy*", "shaqada ka joojiy*", "ha imaan", "ha soo laaban", "ha soo noqon",
            "ha iman", "ha soo iman", "shaqada ka eryay", "eryay*", "eryo", "eryin", "shaqada ka eryi",
            "shaqada kaa saari", "shaqada kaa eryi", "shaqada ka cayri", "shaqadayda ka saaray", "shaqadaada rabto",
            "shaqadaada haysan", "shaqadaada ilaali", "shaqada rabto", "shaqadaada waayi", "shaqada waayi",
        ],
    ),
    (
        Cue::CutFixed,
        &[
            "saacadaha iga dhimay", "saacadahayga dhimay", "saacadaha i dhimay", "iga yareeyay saacadaha",
            "mushaharka iga jaray", "saacado yar", "saacado ka yar", "iga gooyay", "saacadahaygii",
            "igama gelin*", "igama galin*", "jadwalka iga saar*", "jadwalka kama gelin*", "jadwalka ima gelin*",
        ],
    ),
    (
        Cue::CutVerb,
        &[
            "dhim*", "yaree*", "yarey*", "jaray", "jaray*", "jari*", "gooy*", "goyn*", "ka qaad*", "iga qaad*",
            "halkii", "ka dhigay", "laga dhigay",
            "jareen", "jartay", "jarnay", "jaree*", "jaraya*",
        ],
    ),
    (
        Cue::HoursObj,
        &[
            "saacad*", "shift*", "shiftiga", "mushahar*", "lacag*", "maalmo*", "maalmaha", "jadwal*", "mushaar*",
        ],
    ),
    (
        Cue::Complain,
        &[
            "cabash*", "cabtay", "ka cabtay", "cabanay*", "ka cabo", "ka cabanay*", "dacwad*", "qareen*", "xuquuq*",
            "ka dacweeyay", "ka cabtay mushaharka", "cabasho", "ka cabanayay", "xuquuqdayda", "caban*", "cabanno",
        ],
    ),
    (
        Cue::Ask,
        &[
            "weydii*", "waydii*", "dalbad*", "dalbay", "codsa*", "ku celceliy*", "ka codsaday", "weyddii*", "su'aal*",
            "ka sheegto", "ka hadasho", "ka hadal*", "wax ka sheeg*",
        ],
    ),
    (
        Cue::Pay,
        &[
            "mushahar*", "mushaar*", "lacag*", "lacagtayda", "mushaharkayga", "saacadaha dheeraadka", "ovartaym",
            "overtime", "lacagta dheeraadka", "jeeg*", "tiibka", "xaqayga", "xaqa", "xaqeyga", "lacagteyda",
            "saacadaha", "saacadahayga",
        ],
    ),
    (
        Cue::Violence,
        &[
            "garaac*", "ku dili", "i dili", "dili doonaa", "ku dilayaa", "ku dilaya", "feer*", "i riixay", "riix*",
            "i tuuray", "dhaawac*", "wax ku yeeli", "wax kuu gaysan", "ku dhufan", "dhufa*", "dhuftay", "i dhuftay",
            "laga dilo", "gacan ka hadal", "kaa raadin", "i daba galay", "ku dilo", "i dilo", "rabshad*",
            "halka aad deggan", "halka aad ku nool", "meesha aad deggan", "halkaad deggan", "guriga hortiisa",
            "guriga horteeda", "albaabka gurigayga", "gurigaaga imaan", "gurigaaga iman", "gurigayga yimid",
            "gurigayga timid", "niman ayaan u dir*", "niman u dir*", "rag ayaan u dir*", "rag u dir*",
            "halka aad degan", "halkaad degan", "meesha aad degan", "meesha aad ku nooshahay", "dugsiga carruurtaadu", "dugsiga ay carruurtaadu", "dugsiga carruurtaada",
        ],
    ),
    (Cue::Weapon, &["mindi*", "qori*", "bastoolad*", "hubka", "bistoolad*"]),
    (
        Cue::BlacklistFixed,
        &[
            "liiska madow", "liiska madoow", "cidna ku shaqaaleysiin", "cidna kuu shaqo", "shaqo ma heli doontid",
            "shaqo ma helaysid", "shaqo ma heli doontaa", "magacaaga xumee*", "magacaaga xumay*", "magacayga xumee*",
            "magacayga xumay*", "magaca xumee*", "meelna shaqo", "cidna kuu shaqaaleysiin", "cidna ma shaqaaleysiin",
            "ha shaqaaleysiin*", "ha shaqaalaysiin*", "ha u shaqaaleysiin*", "ha qaadanina", "aan aragno cidda", "cidda ku shaqaaleysiin*", "cidda ku shaqaalaysiin*", "yaa ku shaqaaleysiin*", "yaa ku shaqaalaysiin*",
        ],
    ),
    (
        Cue::Hire,
        &[
            "shaqaaleysii*", "shaqaalay*", "shaqo", "shaqo siin", "shaqo kuu", "shaqaalaysii*", "u sheegi*",
            "u sheeg*", "qaadan", "ku qaadan",
        ],
    ),
    (
        Cue::NoOne,
        &[
            "cidna", "ninna", "qofna", "meelna", "meel kale", "cid kale", "shirkado kale", "magaalada",
            "shirkadaha kale", "warshadaha kale", "agency yada kale", "agencyada kale", "meelaha kale", "goobaha kale",
            "dukaamada kale", "makhaayadaha kale",
        ],
    ),
    (
        Cue::OtherFixed,
        &[
            "dacwad kuu", "ku dacwayn", "lacag kuma siin doono", "lacag ma heli doontid", "guriga kaa saar*",
            "aargoosi*", "ku dacweyn*", "ku dacwayn*", "kugu dacweyn*", "dacweyn doon*",
        ],
    ),
    (Cue::OtherWeak, &["guriga ka bax"]),
    (
        Cue::Menace,
        &[
            "ka qoomamey*", "qoomameyn*", "ka qoomamayn*", "waad arki doontaa", "arki doontaa", "ku eedee*",
            "i eedeeyay",
        ],
    ),
    (Cue::Accuse, &["tuug", "xaday"]),
    (Cue::Brandish, &["soo saaray", "i tusay", "qaatay", "soo qaatay"]),
    (
        Cue::Speech,
        &[
            "yiri", "yidhi", "igu yiri", "igu yidhi", "ii sheegay", "wuxuu yiri", "wuxuu igu yiri", "waxay tiri",
            "tiri", "tidhi", "igu tiri", "ayuu yiri", "ayuu igu yiri", "fariin*", "farriin*", "qoraal*",
            "ii soo diray", "oranaya", "ku qeylyey", "ii soo qoray", "wuxuu ii sheegay", "waxay ii sheegtay",
            "yiraahdo", "yidhaahdo", "yiraahday", "leh", "isagoo leh", "iyadoo leh", "noo sheegay", "noo yiri",
            "nagu yiri", "noo tiri", "nagu tiri",
        ],
    ),
    (
        Cue::WorkerSpeech,
        &[
            "waxaan u sheegay", "waxaan ku iri", "waxaan iri", "waxaan idhi", "ayaan u sheegay", "ayaan iri",
            "ayaan ku iri", "waxaan ku idhi", "waan u sheegay", "ku iri", "iri", "idhi",
        ],
    ),
    (Cue::WorkerSubj, &["aniga", "anigu", "waxaan", "waan", "inaan", "ayaan", "igula taliyay", "ii soo jeediyay"]),
    (Cue::ThirdPerson, &["wuxuu", "waxay", "isagu", "iyadu", "ayuu", "inuu", "inay", "isaga", "iyaga", "wuu", "way"]),
    (
        Cue::Modal,
        &[
            "doonaa", "doono", "doonta", "doontaa", "doontid", "doonaan", "haddii", "hadii", "haddaad", "hadaad",
            "mar kale", "karaa", "kara",
        ],
    ),
    (
        Cue::Conditional,
        &[
            "haddii", "hadii", "haddaad", "hadaad", "haddaadan", "mar kale", "markale", "mar dambe", "mar labaad",
            "hadaadan", "haddii kale",
        ],
    ),
    (
        Cue::Cause,
        &[
            "markii", "maxaa yeelay", "sababtoo ah", "sababta", "kadib", "ka dib", "haddii", "hadii", "dartii",
            "darteed", "maalintii xigtay", "kadibna", "isla markiiba", "iyadoo", "sababtuna",
        ],
    ),
    (
        Cue::Negator,
        &[
            "ma", "maba", "kuma", "uma", "kama", "lama", "iguma", "ima", "uguma", "kuuma", "uusan", "aanu", "uusanu",
            "aysan", "ayan", "weligiis", "weligeed", "weligay", "weligey", "marnaba", "ma jiro", "majiro", "maya",
            "ma aha", "maaha", "aanan", "aanay", "waligiis", "waligeed", "ugama", "iima", "doonin", "cidna", "qofna",
            "ninna", "igama", "nagama", "naguma", "kuguma", "idinkama",
        ],
    ),
    (
        Cue::Fear,
        &[
            "cabsi", "cabsida", "cabsanay*", "baqay*", "ka baqa*", "baqdin", "walwal*", "welwel*", "argagax*",
            "ka cabsa*", "cabsan*", "baqayaa", "waan baqay",
        ],
    ),
    (
        Cue::News,
        &[
            "wararka", "warka", "warbaahin*", "telefishan*", "tv", "idaacad*", "facebook", "fasbuug", "wargeys*",
            "baraha bulshada", "tiktok", "internet*", "war baa", "war ayaa",
        ],
    ),
    (
        Cue::Employer,
        &[
            "maamulaha", "maamule*", "madaxa", "madaxayga", "madaxeyga", "madaxeeyga", "loo shaqeeyaha",
            "shaqo bixiyaha", "milkiilaha", "mulkiilaha", "kormeeraha", "supervisor*", "manager*", "maneejar*",
            "maanajar*", "boss*", "shirkadda", "shirkada", "agaasime*", "sarkaalka", "foreman", "maamuluhu", "madaxii",
            "milkiilihii", "mulkiilihii", "maamulihii",
            "shaqo bixiy*", "shaqo-bixiy*",
        ],
    ),
    (
        Cue::NonEmployer,
        &[
            "macmiil*", "macaamiil*", "milkiilaha guriga", "mulkiilaha guriga", "deris*", "jaar*", "kiraystaha",
            "qof kale", "ninkaygii hore", "martida", "sakhraan*", "aan daryeelo",
                    ],
    ),
    (
        Cue::Conj,
        &[
            "oo", "laakiin", "balse", "markaas", "kadib", "ka dib", "sidaas darteed", "markaasuu", "markaasay",
        ],
    ),
    (Cue::AskedIf, &["i weydiiyay", "iga weydiiyay", "i waydiiyay", "i weydiiyey"]),
    (Cue::Protect, &["i difaacay", "i caawiyo", "ii caawiyo", "ii difaaco"]),
    (
        Cue::Since,
        &[
            "tan iyo markaas", "tan iyo maalintaas", "ilaa markaas",
            "tan iyo markii", "tan iyo intii", "ilaa markii",
        ]),
    (Cue::Because, &["maxaa yeelay", "sababtoo ah", "sababta", "dartii", "darteed"]),
    (
        Cue::Evict,
        &[
            "ka bax", "ka baxdo", "ka baxo",
            "kaa saar*", "kaa saari*", "guriga ka bax", "iga saari doon*",
        ]),
    (Cue::Housing, &["guriga", "qolka", "aqalka"]),
    (Cue::Documents, &["baasaboor*", "baasaaboor*", "passport*"]),
    (
        Cue::Withhold,
        &[
            "haysta*", "hayaa", "celin maayo", "kuu celin", "ku celin",
            "ma heli doont*", "ma helaysid", "ma heli", "iga haystay", "iga hayaa", "ma siin doono", "ku siin maayo", "siin maayo",
        ]),
    (Cue::Family, &["qoyskaaga", "qoyskayga", "ehelkaaga", "ehelkayga", "reerkaaga"]),
    (Cue::Ignore, &["wacad*", "wacdi*", "keenay shaqo"]),
    (
        Cue::Badmouth,
        &[
            "dhib badan", "dhibaato badan", "dhib wataa", "xaday",
        ],
    ),
    (
        Cue::Audience,
        &[
            "agency*", "shirkadaha kale", "madaxaygii hore", "shaqo-bixiyihii hore", "shaqo bixiyihii hore", "loo-shaqeeyihii hore", "hotel kale", "maamulihii hore",
        ],
    ),
    (
        Cue::FinalPay,
        &[
            "jeeggaaga ugu dambeeya", "jeeggayga ugu dambeeya", "jeeggaygii ugu dambeeyay", "jeeggii ugu dambeeyay", "jeegga ugu dambeeya", "jeegga ugu dambeeyay", "mushaharka ugu dambeeya", "mushaharkayga ugu dambeeya", "lacagta ugu dambeysa", "jeeggaaga u dambeeya", "jeegga kama dambeysta",
        ],
    ),
    (
        Cue::Until,
        &[
            "ilaa", "ilaa aad", "ilaa aan", "inta aadan", "inta aanan",
        ],
    ),
    // --- Generalisation round 2: families found missing on a second, independent set ---
    // Coworkers and passengers are not the employer.
    (
        Cue::NonEmployer,
        &["rakaab*"],
    ),
    (Cue::Coworker, &["wada shaqeyn*", "aan wada shaqeyno", "aan wada shaqayno", "la shaqeeye*", "shaqaale kale"]),
    // The owner with its case and definite suffixes ("milkiiluhu", "milkiilihii").
    (Cue::Employer, &["milkiil*", "mulkiil*"]),
    // Veiled status threats: "look at / mind your papers".
    (Cue::Implied, &["ka fiirso", "iska fiiri", "ka fiiri", "iska jir", "iska ilaali", "fiiri waraaqaha"]),
    // "maalintii aan weydiiyay": the day I asked.
    (Cue::Cause, &["maalintii", "maalinta", "isla maalintii", "isla markiiba"]),
    // Complaining, with its person forms; calling the labour office.
    (
        Cue::Complain,
        &[
            "ka cabatay", "ka cabtay", "cabatay", "cabanay*", "ka cabanayay", "xafiiska shaqada", "xafiiska shaqaalaha",
            "xafiiska lacagaha",
        ],
    ),
    // Left off the schedule: the name is missing.
    (
        Cue::CutFixed,
        &[
            "magacayga kuma jirin", "magacaygu kuma jirin", "magacayga kama jirin", "magacayga lagama helin",
            "jadwalka iga saaray", "jadwalka iga saareen", "jadwalka lagaga saaray", "magacayga jadwalka kuma",
        ],
    ),
    // Sending men to the worker.
    (
        Cue::Violence,
        &[
            "nin ayuu ii soo diray", "nin ayuu u soo diray", "niman ayuu ii soo diray", "niman ayuu u soo diray",
            "rag ayuu ii soo diray", "rag ayuu u soo diray", "niman ii soo diray", "rag ii soo diray", "nin ii soo diray",
            "nimankiisa ii soo diray",
        ],
    ),
    // Bad references and troublemaker labels.
    (Cue::BlacklistFixed, &["reference xun", "tixraac xun", "sumcad xun", "magacayga xumeeyay", "magacaaga xumeyn"]),
    (Cue::Badmouth, &["dhibaato wade", "qas wade", "dhibaato badan", "caajis"]),
    // Suing the worker ("dacwad ayaan kuu soo oogi doonaa").
    (
        Cue::OtherWeak,
        &["kuu soo oogi", "ku soo oogi", "kugu soo oogi", "dacwad ayaan kuu", "dacwad kuu"],
    ),
    (Cue::Prior, &["ka hor", "ka horreysay", "intaanan"]),
    // Relatives and friends on the same job.
    (Cue::Peer, &["walaashay", "walaalkay", "saaxiibkay", "saaxiibtay"]),
    // Questions that report a fact; before/now comparisons of hours.
    (Cue::Factive, &["ma sharci baa", "sharci ma tahay", "ma caadi baa", "caadi ma tahay"]),
    (Cue::Formerly, &["hore", "markii hore", "halkii", "waxaan ahaa"]),
    (Cue::Now, &["hadda", "haatan", "imika"]),
    // Hours, short and long forms.
    (Cue::HoursObj, &["saac", "saacadood", "saacado"]),
    // The impersonal subject with its focus marker ("waa la dhimay", they cut): a main clause
    // with an actor, unlike the bare relative "lacagta laga jaray" (the money that was cut).
    (Cue::ThirdPerson, &["waa la", "ayaa la", "baa la", "waa lagu", "waa laga", "ayaa laga", "ayaa lagu"]),
    (Cue::Complain, &["cabtay", "cabanayay", "cabasho gudbiyay", "cabasho gudbisay"]),
    (Cue::Everyone, &["dhammaan", "dhamaan", "qof walba", "dhammaanteen", "shaqaalaha oo dhan"]),
    // Other companies as the audience of a bad word.
    (Cue::Audience, &["shirkadaha kale", "dukaamada kale", "milkiilayaasha kale", "shirkad kale", "ganacsatada kale"]),
    // The negative future after the verb ("kaa eryi maayo", I won't fire you).
    (Cue::Negator, &["maayo", "maayno", "maysid", "maayaan", "mayo"]),
    (Cue::Charge, &["iga jari", "iga goyn", "ka jari", "iga jaray", "lacagtiisa", "ku bixin", "bixiso"]),
    (Cue::Broken, &["jabay", "jaban", "burburay", "xumaaday", "jabiyay", "jebiyay"]),
    // Leaving or losing the job.
    (Cue::Fire, &["shaqada waad ka tagi", "shaqada ka tagi doontaa", "shaqada waad waayi", "shaqada waayi doontaa", "shaqo la'aan"]),
    // Announcing; the negative future.
    (Cue::Speech, &["ku dhawaaqay", "dhawaaqay", "sheegay"]),
    (Cue::Modal, &["doonin", "doono"]),
    // "We don't need you any more"; throwing at the worker.
    (Cue::Fire, &["kuma baahnin", "kuma baahni", "kuuma baahnin", "kuma baahan", "kuma baahnin mar dambe"]),
    (Cue::Violence, &["igu tuuray", "igu soo tuuray", "ku tuuray", "igu gantaalay"]),
    (Cue::Implied, &["wuu ogyahay"]),
    (Cue::Remind, &["i xasuusiyaa", "i xasuusiyay", "i xusuusiyay", "xasuusiyaa"]),
    (Cue::NoStatus, &["aanan sharci haysan", "aanu sharci haysan", "sharci la'aan", "sharci ma haysto", "sharci ma lihi", "waraaqo ma haysto", "aan waraaqo haysan"]),
    // Having no status is a status too (the threat rules read it as one).
    (Cue::Status, &["aanan sharci haysan", "aanu sharci haysan", "sharci la'aan", "sharci ma haysto", "sharci ma lihi", "waraaqo ma haysto", "aan waraaqo haysan"]),
    // Having no legal status, said with the negative verb ("in aanan sharci haysan").
    (Cue::Status, &["aanan sharci haysan", "aanu sharci haysan", "aanay sharci haysan", "aan sharci haysan", "sharci ma haysto", "sharci ma lihi", "sharci la'aan", "sharci ma haysid"]),
    (Cue::Fire, &["ma i soo gelin", "iima ogolaan inaan galo", "ima siin fursad aan ku galo"]),
    (Cue::Closure, &["xidhantay", "xirmay", "la xiray", "mashruucii dhammaaday", "shaqadii dhammaatay", "musalafoobay"]),
    // Posting the worker's name or photo in a group.
    (Cue::BlacklistFixed, &["magacayga wuxuu dhigay", "magacayga dhigay", "magacayga ku qoray", "sawirkayga dhigay", "magacayga ku faafiyay", "magacaaga dhigi doonaa"]),
    (Cue::Complain, &["urur shaqaale", "ururka shaqaalaha", "ururka", "xuquuqda shaqaalaha"]),
    (Cue::Since, &["toddobaad kadib", "toddobaadyo kadib", "maalmo kadib", "dhowr maalmood kadib", "wax yar kadib", "kadibna", "bil kadib"]),
];

// ---------------------------------------------------------------------------------------------
// Chinese (Simplified)
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
const ZH: Lexicon = &[
    (
        Cue::Authority,
        &[
            "移民局", "移民", "移民官", "移民警察", "ice", "警察", "警局", "警察局", "派出所", "911", "海关", "联邦", "政府", "当局", "移民执法局",
            "移民执法", "国土安全部", "边境巡逻", "报警", "执法人员", "警方",
        ],
    ),
    (
        Cue::Deport,
        &[
            "遣返", "驱逐出境", "驱逐", "递解出境", "递解", "赶回国", "送回国", "遣送回国", "遣送", "滚回", "送回去", "抓走", "被抓", "抓起来", "让你回国",
            "赶你回", "送你回", "坐牢", "关起来",
        ],
    ),
    (
        Cue::Status,
        &[
            "身份", "没身份", "没有身份", "没有合法身份", "黑工", "黑户", "非法", "无证", "没有证件", "证件", "绿卡", "工卡", "没有工卡", "签证", "合法身份",
            "非法移民", "偷渡", "难民", "庇护", "无身份", "身份问题", "没有绿卡", "没有合法", "没绿卡", "没工卡", "没有纸",
        ],
    ),
    (Cue::ImmFixed, &["遣返你", "把你遣返", "让你被遣返", "报移民局", "举报你", "把你交给", "叫移民局来抓你", "抓你", "送你去移民局"]),
    (
        Cue::Report,
        &[
            "打电话", "打给", "叫", "报", "举报", "告发", "检举", "通知", "找", "交给", "送", "抓", "喊", "揭发", "告诉", "报告", "联系", "报给",
            "打个电话", "报警", "查", "查查", "发到网上", "发网上", "公开", "让所有人知道", "曝光",
        ],
    ),
    (Cue::Threat, &["威胁", "恐吓", "吓唬", "扬言", "警告", "要挟", "威逼", "吓我", "放狠话", "狠话"]),
    (
        Cue::Implied,
        &[
            "你知道", "你懂的", "你自己清楚", "小心", "别忘了", "记住", "后果自负", "后果", "一个电话", "像你这样", "你们这种", "你这种", "我知道你", "识相", "掂量",
            "好自为之", "想清楚", "自己看着办", "看着办", "你也知道", "会怎么样", "什么下场", "会有什么",
            "好好想想", "想想自己", "想想你的", "想一想你的", "掂量掂量",
        ],
    ),
    (
        Cue::Fire,
        &[
            "开除", "炒了", "炒鱿鱼", "辞退", "解雇", "不用来了", "别来了", "不要来了", "明天别来", "不用来上班", "让我走", "叫我走", "走人", "滚蛋", "滚", "被炒",
            "丢了工作", "失业", "赶走", "赶出", "辞掉", "裁掉", "不让我上班", "停了我的工作", "炒掉", "开掉", "把我炒", "炒我", "不用再来", "别再来", "卷铺盖",
            "另谋高就", "找别的工作", "让你走", "别干了", "不用干了", "不要干了", "别做了", "不用做了",
            "把我开了", "开了我", "把我开除", "被开了", "让我滚",
        ],
    ),
    (
        Cue::CutFixed,
        &[
            "减少工时", "减工时", "砍工时", "少排班", "排班少", "不给我排班", "不排我的班", "减班", "砍班", "扣工资", "扣钱", "降工资", "减工资", "减薪", "降薪",
            "少给", "工时减少", "缩短工时", "只给我排", "少排", "停我的班", "把我的班", "工时被砍", "砍了我的", "减了我的", "不给排班", "排的班少",
            "排班表上就没有我", "排班表上没有我", "班表上没有我", "没有我的班", "没有排我", "不排我", "不给我排", "不给我班",
        ],
    ),
    (Cue::CutVerb, &["减少", "减", "砍", "少", "扣", "降", "削减", "缩短", "取消", "停", "最少"]),
    (Cue::HoursObj, &["工时", "班", "小时", "工资", "钱", "时间", "时数", "排班", "薪水", "班次", "活", "时薪", "块", "工钱", "薪"]),
    (
        Cue::Complain,
        &[
            "投诉", "抱怨", "申诉", "维权", "讨薪", "劳工局", "劳工部", "律师", "告他", "起诉", "仲裁", "举报他", "举报老板", "劳工处", "劳动局", "讨说法",
            "去告", "要告", "最低工资", "发帖", "群里说", "在群里", "员工群",
            "撤诉", "撤回投诉", "撤销投诉", "撤案", "丹佛劳工", "劳工办公室",
        ],
    ),
    (Cue::Ask, &["要", "问", "讨", "催", "追", "追讨", "索要", "讨要", "提", "找他要", "跟他要", "向他要", "问他", "要求"]),
    (
        Cue::Pay,
        &[
            "工资", "工钱", "薪水", "薪资", "钱", "加班费", "小费", "欠薪", "欠款", "欠我的", "血汗钱", "支票", "薪", "加班工资", "块", "每小时", "时薪",
            "最低工资",
        ],
    ),
    (
        Cue::Violence,
        &[
            "打你", "打我", "打死", "揍", "弄死", "杀", "砍你", "砍死", "推我", "推了我", "动手", "收拾你", "让你好看", "找人打", "打断", "踢我", "踹",
            "掐", "跟踪", "到我家", "去你家", "知道你住哪", "知道你家", "暴力", "动粗", "打人", "扇我", "扇了我", "耳光", "拳头", "找人收拾", "弄你", "废了你",
            "盯着我", "瞪着我", "瞪我", "找几个人", "教训教训", "教训你", "教训我", "好好教训", "找几个人来", "找人来打", "找人来收拾",
            "把我推", "推到墙上", "推倒", "推了一把", "知道我住哪", "知道我家", "知道你孩子", "知道我孩子", "哪个学校", "没这么客气", "不会客气",
        ],
    ),
    (Cue::Weapon, &["拿刀", "拿着刀", "拿出刀", "刀子", "枪", "棍子", "铁棍", "拿枪", "菜刀"]),
    (
        Cue::BlacklistFixed,
        &[
            "黑名单", "没人会雇", "没人敢用", "没人会要", "没有人会雇", "没人雇", "谁也不会", "谁都不会", "找不到工作", "找不到活", "混不下去", "别想在", "告诉其他老板",
            "告诉别的老板", "其他餐馆", "别的餐馆", "整个行业", "这一行", "圈子里", "名声搞臭", "搞臭", "坏话", "说你坏话", "别想找到", "没人要你", "没有人要你", "别请我",
            "别雇我", "不要请我", "不要雇我", "别用我",
            "看谁还敢用你", "谁还敢用你", "谁敢用你", "看谁敢用", "看谁还敢要你", "看谁还会雇你", "谁还敢雇你", "看谁还敢请你",
        ],
    ),
    (Cue::Hire, &["雇", "用你", "要你", "请你", "招", "工作", "干活", "请我", "雇我", "用我", "别请", "别雇"]),
    (Cue::NoOne, &["没人", "没有人", "谁也", "谁都", "其他", "别的", "任何", "哪里都", "整个", "所有", "附近"]),
    (Cue::OtherFixed, &["告你", "起诉你", "一分钱都拿不到", "一分都不给", "一分钱也", "赶出宿舍", "报复", "一分钱都不给", "告我", "起诉我", "诽谤"]),
    (Cue::OtherWeak, &["搬出去", "滚出去"]),
    (Cue::Menace, &["走着瞧", "等着瞧", "你等着", "有你好看", "给你点颜色", "吃不了兜着走", "会后悔", "后悔的", "说我偷", "诬陷"]),
    (Cue::Accuse, &["偷东西"]),
    (Cue::Brandish, &["拿出", "掏出", "亮出", "拿着", "举着"]),
    (
        Cue::Speech,
        &[
            "说", "讲", "告诉我", "跟我说", "对我说", "发短信", "发消息", "发微信", "短信", "微信", "消息", "放话", "骂", "吼", "留言", "语音", "回复",
            "表示", "说过", "讲过", "还说", "私信", "私聊",
            "让我", "要我",
        ],
    ),
    (
        Cue::WorkerSpeech,
        &[
            "我说", "我跟他说", "我对他说", "我告诉他", "我威胁", "我警告", "我跟老板说", "我对老板说", "我回他", "我回复", "我跟她说", "我告诉老板", "我就说", "我也说",
        ],
    ),
    (
        Cue::WorkerSubj,
        &[
            "我要", "我会", "我就", "我去", "我报", "我打", "我叫", "我想", "我准备", "我打算", "我可以", "我已经", "我也", "我得", "我只好", "我自己",
            "我报了", "劝我", "建议我", "让我去",
        ],
    ),
    (Cue::ThirdPerson, &["他", "她", "他们", "她们"]),
    (Cue::Modal, &["会", "要", "就", "如果", "要是", "再", "否则", "不然", "要不然", "的话", "敢", "将", "打算", "准备", "想", "让你"]),
    (
        Cue::Conditional,
        &[
            "如果", "要是", "我要是", "你要是", "再", "否则", "不然", "要不然", "的话", "敢", "再敢", "只要", "一旦", "下次", "再闹", "继续",
        ],
    ),
    (Cue::Cause, &["因为", "由于", "就因为", "后", "之后", "以后", "如果", "要是", "刚", "第二天", "结果", "所以", "才"]),
    (
        Cue::Negator,
        &[
            "没", "没有", "不", "从来没", "从来没有", "从没", "从未", "未", "别", "并没有", "并不", "绝不", "不会", "从不", "并没", "没说", "没有说",
            "从来不", "没有人", "没人",
        ],
    ),
    (Cue::Fear, &["害怕", "怕", "担心", "恐惧", "不敢", "担忧", "紧张", "吓坏", "提心吊胆", "恐怕"]),
    (Cue::News, &["新闻", "报道", "电视", "网上", "微博", "抖音", "报纸", "传言", "谣言", "朋友圈", "媒体"]),
    (
        Cue::Employer,
        &[
            "老板", "老板娘", "经理", "主管", "领班", "工头", "店长", "包工头", "雇主", "东家", "老细", "大厨", "负责人", "管工", "监工", "公司", "总管",
            "头儿", "厨师长", "经营者", "老板的儿子", "老板儿子", "经理人",
        ],
    ),
    (
        Cue::NonEmployer,
        &[
            "客人", "顾客", "客户", "房东", "邻居", "租客", "乘客", "前夫", "前妻", "路人", "陌生人", "房客", "她老板", "他老板", "她的老板", "他的老板",
            "朋友的老板", "别的店",
        ],
    ),
    (Cue::Conj, &["而且", "并且", "但是", "可是", "但", "却", "然后", "所以", "还", "又", "结果", "并", "同时", "接着"]),
    (Cue::AskedIf, &["问我", "问过我", "问我有没有", "问我是不是"]),
    (Cue::Protect, &["保护我", "帮我"]),
    (Cue::Since, &["从那以后", "从那时起", "之后就", "从此"]),
    (Cue::Because, &["因为", "就因为", "由于", "都是因为"]),
    (Cue::Evict, &["搬出去", "赶出", "滚出"]),
    (Cue::Housing, &["宿舍", "房子", "房间", "住的地方"]),
    (Cue::Documents, &["护照", "身份证"]),
    (
        Cue::Withhold,
        &[
            "扣着", "扣了我的", "不还", "拿不回", "别想拿回", "拿回去", "收走",
            "别想拿", "不给", "拿不到", "扣下", "压着", "不发",
            "别想要", "一分都拿不到", "不会给",
        ]),
    (Cue::Family, &["家人", "家里人", "国内的家人", "父母", "老婆", "孩子"]),
    (
        Cue::Ignore,
        &[
            "报酬", "报税", "报销", "报名", "叫做", "叫什么", "不要紧", "没关系", "其他", "打工", "打扫", "身份证号", "不用谢", "不好意思", "小心翼翼", "差不多",
            "不少", "移民律师", "少算", "转告", "报告", "转告我",
            "扣工具钱", "工具钱", "扣工具", "扣制服", "制服钱", "扣工具费",
        ],
    ),
    (
        Cue::FinalPay,
        &[
            "最后一张支票", "最后的支票", "最后一笔工资", "最后的工资", "最后一个月工资", "最后一周工资", "最后一期工资", "最后那张支票",
            "最后一笔钱", "最后一个星期的工资", "最后一周的工资", "最后的薪水", "最后一张工资",
        ],
    ),
    (
        Cue::Until,
        &[
            "才给", "才发", "才能拿", "才还", "除非",
        ],
    ),
    (
        Cue::Audience,
        &[
            "中介", "其他老板", "别的老板", "以前的老板", "前老板", "其他公司", "别的公司", "同行",
        ],
    ),
    (
        Cue::Badmouth,
        &[
            "说我偷", "我偷", "手脚不干净", "惹事", "闹事", "麻烦精", "爱找事", "事多",
        ],
    ),
    // --- Generalisation round 2: families found missing on a second, independent set ---
    // Coworkers are not the employer.
    (Cue::Coworker, &["同事", "工友", "一起干活的", "一起上班的", "老乡"]),
    // Asking a named person for the money: 跟/向/找 + person + 要 (the person is the addressee).
    (
        Cue::Ask,
        &[
            "跟工头要", "向工头要", "找工头要", "跟老板要", "向老板要", "找老板要", "跟经理要", "跟中介要", "跟他要", "找他要",
            "向他要", "跟她要", "找她要", "跟老板娘要", "找老板娘要",
        ],
    ),
    // Raising it, making trouble about it.
    (Cue::Complain, &["反映", "再闹", "闹事", "还闹", "敢闹"]),
    // Only N days left: 只剩 / 只排 + days.
    (Cue::CutVerb, &["只剩", "只排", "只给我排", "只让我"]),
    (Cue::HoursObj, &["两天", "一天", "三天", "几天", "一两天", "天班"]),
    // Left off the schedule: the name is missing.
    (Cue::CutFixed, &["没我名字", "没有我名字", "没有我的名字", "没我的名字", "把我从排班", "排班表上没有我"]),
    // Blocking the worker with agencies; calling them a handful.
    (Cue::BlacklistFixed, &["拉黑", "把我拉黑", "拉进黑名单"]),
    (Cue::Badmouth, &["事儿多", "事多", "爱闹事", "刺头", "麻烦精"]),
    // The last check, however it is named.
    (
        Cue::FinalPay,
        &["最后一张check", "最后一张支票", "最后一张工资", "最后的工资", "最后一笔工资", "最后一个月工资", "最后一张工资支票"],
    ),
    // Living in the employer's building.
    (Cue::Housing, &["住在", "楼上"]),
    (Cue::Prior, &["之前", "以前", "还没"]),
    // Relatives and friends on the same job.
    (Cue::Peer, &["我朋友", "我弟弟", "我哥", "我姐", "我妹", "我表哥"]),
    // "不签字就不给": the check held unless the worker signs.
    (Cue::Until, &["除非", "不签字就", "不签就", "签了字才", "签字才", "签完才"]),
    // Questions that report a fact; before/now comparisons of hours.
    (Cue::Factive, &["这合法吗", "这正常吗", "合法吗", "正常吗", "这样合法", "这样正常", "这样对吗"]),
    (Cue::Formerly, &["以前", "原来", "本来", "之前"]),
    (Cue::Now, &["现在", "如今", "目前"]),
    (Cue::Everyone, &["所有人", "大家", "全部人", "每个人", "所有员工", "不只是我", "不光是我", "全队"]),
    // Moving out of the dorm; being told to.
    (Cue::Evict, &["搬出", "搬走", "滚出去", "赶走"]),
    (Cue::Speech, &["叫我", "让我搬"]),
    // "自己搬出了宿舍": the worker acting on their own.
    (Cue::WorkerSubj, &["我自己", "自己"]),
    (Cue::Charge, &["扣", "赔", "让我赔", "要我赔", "从工资里扣"]),
    // "不撤诉就...": a negated condition with the "if" left out.
    (Cue::Conditional, &["不撤诉就", "不撤就", "不闭嘴就", "不听话就", "不走就", "不撤诉的话", "不撤的话"]),
    (Cue::Broken, &["坏", "坏了", "摔坏", "弄坏", "打破", "损坏", "破了", "撞坏"]),
    // Throwing at, grabbing the worker.
    (Cue::Violence, &["朝我扔", "往我身上扔", "向我扔", "砸我", "拿东西砸", "揪住我", "揪我", "抓住我的领子", "掐我", "掐住我", "推我"]),
    (Cue::Implied, &["他知道我"]),
    (Cue::Remind, &["提醒我", "提醒我说"]),
    (Cue::NoStatus, &["没有身份", "没身份", "黑户", "非法", "没有合法身份", "没有绿卡", "没有工卡"]),
    // Having no status is a status too (the threat rules read it as one).
    (Cue::Status, &["没有身份", "没身份", "黑户", "非法", "没有合法身份", "没有绿卡", "没有工卡"]),
    (Cue::Fire, &["不让我进", "不让我上班", "不让我来上班", "不让我进门"]),
    (Cue::Closure, &["关门", "倒闭", "工程结束", "项目结束", "完工", "没活了", "停业"]),
    (Cue::Complain, &["工会", "加入工会", "维权"]),
    // Sending people to the worker's home; sticky fingers; other shops as the audience.
    (Cue::Violence, &["让人去我家", "找人去我家", "派人去我家", "叫人去我家", "去我家找", "找人堵我"]),
    (Cue::Badmouth, &["手脚不干净", "手脚不老实", "不老实"]),
    (Cue::Audience, &["其他店", "其他店的老板", "别的店的老板", "其他老板", "别的老板"]),
    (Cue::Since, &["以后", "之后", "后来", "过了几天", "几天后", "一个月后", "几个星期以后", "两个星期以后"]),
];
