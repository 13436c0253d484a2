using System.Collections.Frozen;

namespace NewsBot.Quotes;

/// <summary>Word lists that tell names from titles, people from organisations. Matched case-insensitively.</summary>
internal static class SpeakerLexicon
{
    private static FrozenSet<string> Set(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles and role nouns: "President Joe Biden", "press secretary Dmitry Peskov", "the spokesman".</summary>
    public static readonly FrozenSet<string> Titles = Set("""
        president vice-president prime minister secretary secretary-general undersecretary spokesman spokeswoman
        spokesperson speaker chancellor premier king queen prince princess pope cardinal bishop archbishop rabbi imam
        senator sen. rep. representative congressman congresswoman governor gov. mayor lawmaker legislator mp
        ambassador envoy diplomat consul commissioner chairman chairwoman chair chairperson director head chief
        commander commander-in-chief general colonel colonel-general lieutenant lt. major maj. captain capt. sergeant
        admiral marshal officer gen. col. sgt. adm. minister deputy adviser advisor aide official officials analyst
        expert professor prof. dr. doctor lawyer attorney attorney-general prosecutor judge justice detective inspector
        superintendent sheriff constable coach manager ceo cfo coo chief-executive executive founder co-founder owner
        president-elect candidate nominee leader correspondent editor reporter columnist economist scientist
        researcher historian author spokespeople mr. mrs. ms. mr mrs ms miss sir lord lady dame
        attaché delegate member agent activist campaigner organizer organiser analysts experts host anchor
        commentator pundit strategist pollster consultant contributor producer director-general treasurer
        frontrunner front-runner hopeful contender challenger incumbent actor actress singer comedian businessman
        businesswoman billionaire mogul tycoon pastor reverend rev. preacher teacher student
        """);

    /// <summary>Words that make a capitalised name an organisation: "Department of Defense", "The New York Times".</summary>
    public static readonly FrozenSet<string> OrganisationWords = Set("""
        department ministry office agency command forces army navy air force police guard council committee commission
        court government administration party company corporation corp. corp inc. inc ltd. ltd llc plc group bank
        university institute association union organization organisation service services kremlin pentagon house
        parliament congress senate assembly embassy fund board authority bureau center centre foundation network
        coalition federation league club times post journal news herald tribune telegraph guardian review magazine
        radio tv television channel press reuters ap afp bbc cnn nbc abc cbs fox msnbc npr xinhua tass interfax
        ukrinform unian un nato eu who imf opec fbi cia nasa police ministry cabinet staff campaign team
        commission secretariat observatory institution system airlines airways motors industries
        """);

    /// <summary>Lower-case nouns that can head a speaker description: "officials", "the ministry", "witnesses".</summary>
    public static readonly FrozenSet<string> SpeakerNouns = Set("""
        official officials spokesman spokeswoman spokesperson minister ministry president police authorities
        government company companies witness witnesses resident residents expert experts analyst analysts source
        sources critic critics scientist scientists researcher researchers report reports study statement
        military army organisers organizers organization organisation agency department committee council court
        prosecutor prosecutors lawyer lawyers attorney investigators investigator officers officer doctors doctor
        leader leaders diplomat diplomats commander commanders paper newspaper newspapers media survey poll data
        secretary chairman director head chief group campaign team observers observer activists activist
        union unions embassy ambassador envoy judge spokespeople kremlin pentagon administration
        man woman men women person child children commenter commenters announcer narrator voter voters supporter
        supporters protester protesters demonstrators worker workers neighbor neighbour neighbors neighbours caller
        email letter memo message note tweet ad advertisement sign banner headline caption document
        """);

    /// <summary>Words that introduce a description: "the spokesman", "a senior official", "his lawyer".</summary>
    public static readonly FrozenSet<string> Determiners = Set("the a an this these his her their its our some many several other another one two three four");

    /// <summary>Words between the link of a name and a role: "Department of Defense", "Lula da Silva".</summary>
    public static readonly FrozenSet<string> NameConnectors = Set("of the for and de da do dos das del della di du van von der bin al el la le y");

    /// <summary>Words that may stand between a speaker and the cue: "Biden on Tuesday said", "Peskov has also said".</summary>
    public static readonly FrozenSet<string> BetweenSpeakerAndCue = Set("""
        has have had also again later earlier previously reportedly then further recently repeatedly publicly
        once today yesterday tonight on monday tuesday wednesday thursday friday saturday sunday last night week
        this morning afternoon evening separately subsequently officially privately initially first only
        already specifically simply clearly flatly categorically firmly strongly openly bluntly however though
        instead meanwhile too herself himself themselves itself
        """);

    /// <summary>Adjectives that open a speaker phrase before a name or a title: "former Obama adviser David Axelrod".</summary>
    public static readonly FrozenSet<string> Modifiers = Set("""
        former then senior top chief veteran longtime fellow outgoing incoming acting deputy retired ex current
        leading prominent local state federal national foreign regional interim
        """);

    /// <summary>Things that show rather than say: the speakers of "the poll shows ...", "the study found ...".</summary>
    public static readonly FrozenSet<string> Sources = Set("""
        poll polls survey surveys study studies report reports analysis research data results figures numbers
        records documents document review audit investigation estimates statistics census findings tally count
        """);

    public static readonly FrozenSet<string> PersonPronouns = Set("he she");
    public static readonly FrozenSet<string> Pronouns = Set("he she they it we i");

    /// <summary>Words before a cue that make it passive or not a report: "is said to", "to say", "the reports".</summary>
    public static readonly FrozenSet<string> NotReportingBefore = Set("""
        is are was were be been being to the a an this that these those who which whom whose as not never n't
        having
        """);

    /// <summary>Audience objects of "told", "assured", "warned": skipped to reach the reported content.</summary>
    public static readonly FrozenSet<string> Audiences = Set("""
        journalists reporters press media us me him her them you parliament lawmakers legislators congress
        supporters voters crowd audience correspondents viewers listeners senators members delegates
        """);
}
