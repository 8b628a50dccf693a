namespace Samenspraak.Analysis.Lexicons;

/// <summary>What a lexicon term tells the rules. A term can carry several tags.</summary>
[Flags]
internal enum LexTag : ulong
{
    None = 0,
    Group = 1UL << 0,          // names a protected group (target set on the entry)
    Slur = 1UL << 1,           // a slur: derogatory name for a protected group
    Dehum = 1UL << 2,          // vermin, disease, animal, filth
    NegAttr = 1UL << 3,        // derogatory attribute (walgelijk, dom, lui, crimineel)
    NegEmote = 1UL << 4,       // hate, disgust (haat, walg, verafschuw)
    ThreatVerb = 1UL << 5,     // kill, stab, hang, shoot
    Weapon = 1UL << 6,         // kogel, mes, bom, gas
    Exclusion = 1UL << 7,      // terug, buiten, oprotten, deporteren
    Positive = 1UL << 8,       // welkom, geweldig, respect, vertrouwen
    Negation = 1UL << 9,       // niet, geen, nooit
    Generaliser = 1UL << 10,   // allemaal, alle, altijd, typisch
    FirstSingular = 1UL << 11, // ik, 'k
    FirstPlural = 1UL << 12,   // we, wij, ons
    SecondPerson = 1UL << 13,  // jij, ge, gij, u, jullie
    ThirdPlural = 1UL << 14,   // ze, zij, hun, hen, die
    Modal = 1UL << 15,         // moeten, zouden, mogen
    Future = 1UL << 16,        // ga, gaan, zal, kom
    Condemn = 1UL << 17,       // racistisch, schandalig, onaanvaardbaar
    Report = 1UL << 18,        // zegt, schreef, noemt, beweert
    SpeechNoun = 1UL << 19,    // reactie, uitspraak, opmerking, post
    Insult = 1UL << 20,        // idioot, klootzak, debiel
    Profanity = 1UL << 21,     // kut, verdomme, shit
    PersonRef = 1UL << 22,     // gast, vent, wijf, kerel (a single person)
    Politics = 1UL << 23,      // beleid, minister, partij, burgemeester
    Conspiracy = 1UL << 24,    // plandemie, de elite, schapen
    QuestionWord = 1UL << 25,  // waarom, hoe komt
    Opinion = 1UL << 26,       // vind, denk, mening
    Subordinator = 1UL << 27,  // omdat, want, aangezien
    PeopleNoun = 1UL << 28,    // mensen, volk, types, soort
    NonProtected = 1UL << 29,  // fietsers, pedofielen, hipsters: groups outside the protected characteristics
    ObjectNoun = 1UL << 30,    // file, weer, auto, tram
    Pride = 1UL << 31,         // trots, fier
    Stopword = 1UL << 32,      // frequent Dutch function word
    Weak = 1UL << 33,          // external noisy abusive lexicon (HurtLex, LDNOOBW)
    ExtRacist = 1UL << 34,     // HADES racist category term
    ContactOrg = 1UL << 35,    // onthaal, loket, dienst, gemeente
    PersonalData = 1UL << 36,  // woont, adres, gsm, nummer
    Dialect = 1UL << 37,       // Flemish tussentaal/dialect marker
    Violence = 1UL << 38,      // dood, geweld, afranselen (violence nouns)
    Intensifier = 1UL << 39,   // zo, echt, heel, fucking
    Us = 1UL << 40,            // ons volk, eigen volk, wij Vlamingen
    Identity = 1UL << 41,      // ben, zijn (copula used in identity statements)
    Copula = 1UL << 42,        // zijn, is, zijt, blijven
    Imperative = 1UL << 43,    // stop, hou op
    ThreatIdiom = 1UL << 44,   // gas erop, tegen de muur, de kogel
    Quote = 1UL << 45,         // quotation mark token
    Criminal = 1UL << 46,      // criminelen, dieven, terroristen (stereotype nouns)
    Human = 1UL << 47,         // a human reference other than a group: mensen, iedereen, die gast
    Debunk = 1UL << 48,        // fabel, klopt niet, fake nieuws, factcheck
    ExtAbuse = 1UL << 49,      // GrofLex abusive lemma
    TraitFrame = 1UL << 50,    // typisch zo'n, wat verwacht je van: frames that blame one person's group
}
