// Lexicons of general English. Nothing here is a fact about any corpus: these
// are the closed word classes a newsroom style guide would list.

const words = (s: string) => new Set(s.trim().split(/\s+/));
/** The words of a list written with spaces and line breaks, in order. */
export const wordList = (s: string): string[] => s.trim().split(/\s+/);

/** Function words and frequent sentence openers. */
export const STOPWORDS = words(`
a an the this that these those it its it's he she they we you i me him her them us our their his hers my your
and or but nor so yet for of in on at by to from with without within into onto upon over under about above below
after before during since until while as than then though although because if unless whether when where why how what
which who whom whose there here not no yes all any both each every few more most other some such only own same too very
can could may might must shall should will would do does did done be is are was were been being have has had having
also just still even ever never now again already always often once however meanwhile moreover nevertheless nonetheless
instead still thus therefore indeed perhaps rather far further many much several one two three last next first second
third new says said say according despite between among against amid toward towards through throughout via per
yesterday today tomorrow tonight earlier later recently soon afterwards privately publicly specifically accordingly
additionally alternatively finally initially ultimately currently separately similarly still overall
nobody everybody somebody anybody everyone someone anyone none nothing something anything everything
`);

export const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, dozen: 12, half: 0.5,
};
export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};

/** Words that form titles and roles. */
export const ROLE_WORDS = words(`
president vice prime minister secretary general chancellor premier king queen prince princess emperor pope
spokesman spokeswoman spokesperson ambassador envoy diplomat official officer adviser advisor director chief head
chairman chairwoman chair leader governor mayor senator representative deputy foreign defence defense interior
finance justice health trade economy state affairs home commissioner commander admiral colonel captain lieutenant
marshal sergeant general's minister's ministry ceo founder executive editor correspondent analyst researcher
professor fellow expert mp lawmaker speaker councillor councilor judge prosecutor attorney former acting interim
ex- outgoing incoming then-president former senior top high-ranking assistant associate program programme
manager coordinator negotiator representative high constable engineer detective inspector superintendent clerk
curator warden administrator bishop archbishop chaplain
`);

/** Qualifiers that belong to a role. */
export const ROLE_QUALIFIERS = words(`former acting deputy interim outgoing incoming vice assistant senior ex then retired`);

/** Nationality and regional adjectives. */
export const DEMONYMS = words(`
afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani
bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian
canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati
english eritrean estonian ethiopian european filipino finnish french georgian german ghanaian greek guatemalan
haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese libyan lithuanian luxembourgish
macedonian malagasy malaysian malian maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian
nepalese nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese
qatari romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali
african asian arab arabic baltic nordic western eastern northern southern soviet
spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish turkmen ugandan ukrainian
uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
`);

/**
 * Country names of several words, and short forms with dots, by the one-word names of the same country in
 * `DEMONYM_COUNTRY` (or a one-word name of their own): "united kingdom" is "britain|uk". General English.
 */
export const COUNTRY_PHRASES: Readonly<Record<string, string>> = {
  "united kingdom": "britain|uk",
  "great britain": "britain|uk",
  "u.k.": "britain|uk",
  "united states": "us|usa|america",
  "united states of america": "us|usa|america",
  "u.s.": "us|usa|america",
  "czech republic": "czechia",
  "ivory coast": "ivorycoast",
  "côte d'ivoire": "ivorycoast",
  "united arab emirates": "uae",
};

/**
 * The country (one word) a common demonym stands for: "Chinese participation"
 * and "China's participation" name the same actor. Endings are no safe rule
 * ("-ese", "-ian", "-ish"), so this is a plain list of general English;
 * "a|b" lists other names of the same country.
 */
export const DEMONYM_COUNTRY: Readonly<Record<string, string>> = Object.fromEntries(
  `afghan:afghanistan albanian:albania algerian:algeria argentine:argentina argentinian:argentina armenian:armenia
  australian:australia austrian:austria azerbaijani:azerbaijan bahraini:bahrain bangladeshi:bangladesh belarusian:belarus
  belgian:belgium bolivian:bolivia brazilian:brazil british:britain|uk bulgarian:bulgaria cambodian:cambodia
  canadian:canada chilean:chile chinese:china colombian:colombia croatian:croatia cuban:cuba czech:czechia danish:denmark
  dutch:netherlands|holland egyptian:egypt english:england estonian:estonia ethiopian:ethiopia finnish:finland french:france
  georgian:georgia german:germany greek:greece hungarian:hungary icelandic:iceland indian:india indonesian:indonesia
  iranian:iran iraqi:iraq irish:ireland israeli:israel italian:italy japanese:japan jordanian:jordan kenyan:kenya
  kuwaiti:kuwait latvian:latvia lebanese:lebanon libyan:libya lithuanian:lithuania malaysian:malaysia mexican:mexico
  moldovan:moldova mongolian:mongolia moroccan:morocco nigerian:nigeria norwegian:norway pakistani:pakistan
  palestinian:palestine peruvian:peru polish:poland portuguese:portugal qatari:qatar romanian:romania russian:russia
  saudi:arabia scottish:scotland serbian:serbia slovak:slovakia slovenian:slovenia spanish:spain swedish:sweden
  swiss:switzerland syrian:syria taiwanese:taiwan thai:thailand tunisian:tunisia turkish:turkey|turkiye ukrainian:ukraine
  venezuelan:venezuela vietnamese:vietnam welsh:wales yemeni:yemen`
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(":") as [string, string]),
);

/**
 * The country a one-word capital city stands for in news English ("Oslo
 * said" for the Norwegian government): general geography, not a corpus fact;
 * "a|b" lists other names of the same country.
 */
export const CAPITAL_COUNTRY: Readonly<Record<string, string>> = Object.fromEntries(
  `kabul:afghanistan tirana:albania algiers:algeria yerevan:armenia canberra:australia vienna:austria baku:azerbaijan
  manama:bahrain dhaka:bangladesh minsk:belarus brussels:belgium brasilia:brazil london:britain|uk sofia:bulgaria
  ottawa:canada santiago:chile beijing:china bogota:colombia zagreb:croatia havana:cuba prague:czechia
  copenhagen:denmark cairo:egypt tallinn:estonia helsinki:finland paris:france tbilisi:georgia berlin:germany
  athens:greece budapest:hungary reykjavik:iceland delhi:india jakarta:indonesia tehran:iran baghdad:iraq
  dublin:ireland rome:italy tokyo:japan amman:jordan nairobi:kenya riga:latvia beirut:lebanon vilnius:lithuania
  chisinau:moldova rabat:morocco abuja:nigeria oslo:norway islamabad:pakistan lima:peru warsaw:poland
  lisbon:portugal doha:qatar bucharest:romania moscow:russia riyadh:arabia belgrade:serbia bratislava:slovakia
  ljubljana:slovenia madrid:spain stockholm:sweden bern:switzerland damascus:syria taipei:taiwan bangkok:thailand
  tunis:tunisia ankara:turkey|turkiye kyiv:ukraine kiev:ukraine caracas:venezuela hanoi:vietnam seoul:korea
  washington:us|usa|america tallin:estonia`
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(":") as [string, string]),
);

/** Particles that may stand inside a name between capitalised words. */
export const NAME_PARTICLES = words(`am an de da das do dos di del della der den des du la le van von zu al bin ibn y e`);

export function isMonthWord(w: string): boolean {
  return MONTHS.includes(w.toLowerCase());
}
export function isWeekdayWord(w: string): boolean {
  return WEEKDAYS.includes(w.toLowerCase());
}

/** Nouns that end an organisation's name and say what kind of body it is: "… Farming Society", "… Health Trust" (general English). */
export const ORGANISATION_KINDS = words(`
trust society foundation association council authority agency board institute institution company corporation group
club union federation league commission committee service partnership alliance coalition network charity fund
`);

/** Nouns that head a title or role ("minister", "spokeswoman"), with their usual abbreviations. */
export const ROLE_HEADS = words(`
president minister secretary chancellor premier pm king queen prince princess emperor empress pope monarch
spokesman spokeswoman spokesperson ambassador envoy diplomat official officer adviser advisor director chief head
chairman chairwoman chairperson chair leader governor mayor senator representative commissioner commander admiral
colonel captain lieutenant marshal sergeant general major brigadier ceo cfo coo cto founder executive editor
correspondent analyst researcher professor fellow expert mp lawmaker legislator speaker councillor councilor judge
prosecutor attorney manager coordinator negotiator deputy economist scientist strategist consultant lawyer
journalist reporter columnist historian politician activist sen gov rep gen lt col capt sgt maj adm pres amb
member treasurer sheriff constable engineer advocate barrister solicitor counsel detective inspector superintendent
ecologist biologist geologist hydrologist epidemiologist virologist seismologist climatologist meteorologist archaeologist
physicist chemist botanist zoologist toxicologist oceanographer glaciologist volcanologist sociologist criminologist
anthropologist statistician registrar bursar provost dean rector headteacher headmaster headmistress vice-chancellor
auditor accountant comptroller coroner supervisor ombudsman justice pro-chancellor lecturer clerk curator trustee
warden administrator surveyor bishop archbishop chaplain
`);

/** Nouns of an act whose verb is irregular, with its past form (general English): "the death of" / "died". */
export const ACT_NOUN_PAST: Readonly<Record<string, string>> = {
  death: "died",
  deaths: "died",
  birth: "born",
  sale: "sold",
  loss: "lost",
  theft: "stole",
  flight: "flew",
};

/** Past forms of irregular verbs with their base (general English): "paid" meets "pay", "sold" meets "sell". */
export const IRREGULAR_BASE: Readonly<Record<string, string>> = Object.fromEntries(
  `paid:pay sold:sell bought:buy built:build held:hold won:win lost:lose sent:send spent:spend brought:bring caught:catch
  fought:fight taught:teach thought:think met:meet led:lead fled:flee fell:fall fallen:fall rose:rise risen:rise began:begin
  begun:begin broke:break broken:break chose:choose chosen:choose drove:drive driven:drive flew:fly flown:fly grew:grow
  grown:grow knew:know known:know ran:run stole:steal stolen:steal struck:strike threw:throw thrown:throw wrote:write
  written:write hid:hide hidden:hide froze:freeze frozen:freeze swore:swear sworn:swear tore:tear torn:tear wore:wear
  worn:wear sank:sink sunk:sink shrank:shrink shrunk:shrink drew:draw drawn:draw ate:eat eaten:eat forgot:forget
  forgotten:forget shot:shoot spoke:speak spoken:speak`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(":") as [string, string]),
);

/** Lower-case words that may stand inside a role before its head ("army officer", "press secretary"). */
export const ROLE_MODIFIERS = words(`
foreign defence defense interior finance justice health trade economy economic state affairs home press army
military party government national security police navy naval air force intelligence opposition presidential
parliamentary ministry cabinet federal regional county city emergency union bank central supreme court staff
communications public policy program programme research campaign election senior top high-ranking junior chief
deputy former acting interim vice assistant special executive general managing education energy agriculture
environment culture transport labour labor treasury external prime first principal permanent
financial operating technology information marketing medical nursing fire lieutenant detective borough town
district parish municipal village
`);

/** Letters written after a name that are no part of it ("Ada Kerr KC", "Tom Wren MP"), in lower case. */
export const POSTNOMINALS = words(`kc qc sc mp msp mep mla mbe obe cbe kbe dbe phd jr sr`);

/** Courtesy titles written before a name; not part of it. */

export const HONORIFICS = words(`sir dame lady lord mr mrs ms miss mx dr prof professor rev reverend sheikh cllr`);

/** Irregular past participles (general English): "should have been given", "38 stolen coins". */
export const IRREGULAR_PARTICIPLES = words(`been given taken done made known seen shown told paid held kept lost won sent built found left put
set brought bought caught got gotten spent run become come gone written spoken chosen broken fallen hidden stolen thrown driven
risen begun sold heard led met said felt meant struck frozen forgotten beaten shaken sworn torn worn eaten proven woken grown
drawn`);

/** Words that open place names: "North Ridge", "New Haven", "Port Talbot". */
export const PLACE_PREFIXES = words(`north south east west northern southern eastern western new old upper lower great little saint
st san santa port mount lake fort cape central`);

/** Generic words of place names: the kind of place ("Harrow Creek", "Mill Road"). */
export const PLACE_FEATURES = words(`
creek brook river stream burn beck lake loch pond reservoir bay harbour harbor beach cove point head cape island isle
hill hills mount mountain peak ridge valley vale glen gorge pass falls spring springs wood woods forest park garden
gardens road street lane avenue drive way close crescent square bridge station airport port quay dock pier field
fields moor heath common green marsh fen canyon mesa
`);
