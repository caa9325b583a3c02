"""Notebook 03: analytics reports count, personal data names; IDs, the pixel, matching, B2B."""

from nbsource import code, md

NOTEBOOK = {
    "number": "03",
    "slug": {"sv": "03-analys-eller-persondata", "en": "03-analytics-or-personal-data"},
    "title": {"sv": "Analysverktyg eller persondata", "en": "Analytics tools or personal data"},
}

CELLS = [
    md(
        sv="""
        # 03 · Analysverktyg eller persondata

        Många tror att Google Analytics är ett lager av kunddata. Det är det inte. Ett
        analysverktyg räknar: så många besök, så många köp, den här kanalen gav mest. Men du
        kan inte skicka e-post till en siffra. För att nå en människa behöver du
        **persondata**, och persondata hänger alltid på ett ID som en viss plattform har gett
        en viss person.

        I den här notebooken följer vi Fjällgårdens data från rapporten i analysverktyget till
        kunden i CRM-systemet, till pixeln på webbplatsen och vidare till annonsplattformen.
        """,
        en="""
        # 03 · Analytics tools or personal data

        Many people think Google Analytics is a store of customer data. It is not. An
        analytics tool counts: so many visits, so many purchases, this channel gave the most.
        But you cannot send an e-mail to a number. To reach a human being you need **personal
        data**, and personal data always hangs on an ID that a particular platform gave a
        particular person.

        In this notebook we follow Fjällgården's data from the report in the analytics tool to
        the customer in the CRM, to the pixel on the website and on to the ad platform.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - vad en rapport i ett analysverktyg visar, och varför den inte räcker för att nå någon;
        - att persondata är knuten till ett ID på en plattform, och att data bara flyttas
          mellan plattformar genom en **export** eller en **integration**;
        - vad pixeln skickar till annonsplattformen, under vilket ID, och var det lagras;
        - hur en kundlista matchas mot plattformens användare: normalisera, hasha med
          SHA-256, räkna matchningsgraden, och varför den aldrig blir 100 %;
        - skillnaden mellan data om ett företag och data om personen som arbetar där.
        """,
        en="""
        ## What you learn here

        - what a report in an analytics tool shows, and why it is not enough to reach anyone;
        - that personal data is tied to an ID on a platform, and that data only moves between
          platforms through an **export** or an **integration**;
        - what the pixel sends to the ad platform, under which ID, and where it is stored;
        - how a customer list is matched to the platform's users: normalise, hash with
          SHA-256, compute the match rate, and why it is never 100 %;
        - the difference between data about a company and data about the person who works
          there.
        """,
    ),
    code(
        """
        import course_lib
        course_lib.start()
        """
    ),
    md(
        sv="""
        Vi hämtar Fjällgårdens påhittade värld, hjälpfunktionerna för den här notebooken och
        uppgifterna.
        """,
        en="""
        We fetch Fjällgården's invented world, the helper functions for this notebook and the
        exercises.
        """,
    ),
    code(
        """
        from course_lib import analytics, catalog, datasets, identity
        from course_lib.lessons.l03 import q1, q2, q3, q4, q5, q6, ____
        world = datasets.load()
        """
    ),
    md(
        sv="""
        ## 1. Vad en analysrapport visar

        Webbplatsen skickar en händelse varje gång någon tittar på en sida, lägger något i
        varukorgen eller köper. Ett analysverktyg som Google Analytics summerar händelserna till
        en rapport. Så här ser Fjällgårdens november och december ut, uppdelat på **kanal**
        (källa / medium, som i Google Analytics):
        """,
        en="""
        ## 1. What an analytics report shows

        The website sends an event every time someone views a page, adds something to the cart
        or buys. An analytics tool such as Google Analytics sums the events into a report. This
        is Fjällgården's November and December, split by **channel** (source / medium, as in
        Google Analytics):
        """,
    ),
    code(
        """
        by_channel = analytics.aggregate_report(world.events, by="channel")
        by_channel
        """
    ),
    md(
        sv="""
        Kolumnerna är det du brukar se i ett analysverktyg: `sessions` (besök), `users`
        (användare), `page_views` (sidvisningar), `add_to_carts` (lagt i varukorgen),
        `conversions` (köp), `revenue_sek` (intäkt) och `conversion_rate` (andel besök som
        slutade i ett köp). Byt `by="channel"` mot `"day"`, `"device"`, `"campaign"` eller
        `"page"` för att dela upp på annat sätt.

        Lägg märke till att `users` egentligen räknar **webbläsare**: den som handlar i mobilen
        och sedan på jobbdatorn räknas två gånger. Analysverktyget vet inte vem någon är.

        Samma rapport per dag, som en bild:
        """,
        en="""
        The columns are what you usually see in an analytics tool: `sessions` (visits),
        `users`, `page_views`, `add_to_carts`, `conversions` (purchases), `revenue_sek` and
        `conversion_rate` (the share of visits that ended in a purchase). Swap `by="channel"`
        for `"day"`, `"device"`, `"campaign"` or `"page"` to split another way.

        Notice that `users` really counts **browsers**: someone who shops on their phone and
        then on the work computer counts twice. The analytics tool does not know who anyone is.

        The same report per day, as a picture:
        """,
    ),
    code(
        """
        daily = analytics.aggregate_report(world.events, by="day")
        analytics.report_chart(daily, "conversions")
        """
    ),
    md(
        sv="""
        ### Det rapporten inte kan

        Rapporten visar att många lade något i varukorgen utan att köpa. Säg att du vill skicka
        ett erbjudande till just dem. Vilka är de? Funktionen `reachable_people` letar efter
        kolumner som pekar ut en person (kundnummer, e-post, telefon, cookie-ID) och räknar hur
        många personer de står för:
        """,
        en="""
        ### What the report cannot do

        The report shows that many people added something to the cart without buying. Say you
        want to send an offer to exactly them. Who are they? The function `reachable_people`
        looks for columns that point out a person (customer number, e-mail, phone, cookie ID)
        and counts how many people they stand for:
        """,
    ),
    code(
        """
        analytics.reachable_people(by_channel)
        """
    ),
    md(
        sv="""
        Raderna är antal, inte ID. Den information som behövs för att hitta personerna fanns i
        händelserna men försvann när de summerades. I **händelseloggen**, där varje rad har
        kvar sina ID:n, går det däremot att ta fram de övergivna varukorgarna:
        """,
        en="""
        The rows are counts, not IDs. The information needed to find the people was in the
        events but disappeared when they were summed. In the **event log**, where every row
        keeps its IDs, the abandoned carts can be found:
        """,
    ),
    code(
        """
        carts = analytics.abandoned_carts(world.events)
        print(len(carts), carts["user_id"].notna().sum())
        carts.head()
        """
    ),
    code(
        """
        analytics.reachable_people(carts)
        """
    ),
    md(
        sv="""
        Det första talet är antalet övergivna varukorgar, det andra hur många av dem som
        gjordes av inloggade kunder. Nu finns det personer att nå, men inte på samma sätt.
        De som var **inloggade** har ett kundnummer (`user_id`), så vi kan skicka e-post till dem om
        de har sagt ja till nyhetsbrevet. De andra finns bara som en kaka (`anonymous_id`): dem når vi
        bara med annonser, och bara om de har godkänt annonskakor.

        Det är lektionens poäng: analysverktyget är till för **analys**. För att samla in data
        och använda den mot en person behöver du verktyg som lagrar information kopplad till en
        individ, som ett CRM-system eller en kunddataplattform.

        *Fördjupning:* GA4 kan bygga målgrupper av besökare (högst 100 per egendom, och en
        person stannar i en målgrupp i högst 540 dagar), men de används inne i Googles egna
        annonsverktyg. Du får ingen lista med personer ut. (Källa: Google Analytics-hjälpen
        om målgrupper.)
        """,
        en="""
        The first number is the number of abandoned carts, the second how many of them were
        left by logged-in customers. Now there are people to reach, but not all in the same
        way. Those who were **logged in** have a customer number (`user_id`), so we can e-mail
        them if they said yes to the newsletter. The others exist only as a cookie
        (`anonymous_id`): we can reach them only with ads, and only if they accepted ad cookies.

        That is the lesson's point: the analytics tool is for **analysis**. To collect data and
        use it towards a person you need tools that store information tied to an individual,
        such as a CRM or a customer data platform.

        *Going further:* GA4 can build audiences of visitors (at most 100 per property, and a
        person stays in an audience for at most 540 days), but they are used inside Google's
        own ad tools. You get no list of people out. (Source: Google Analytics Help on
        audiences.)
        """,
    ),
    md(
        sv="""
        ### Uppgift 1: vad klarar rapporten?

        Vilka av frågorna kan en aggregerad rapport som den ovan besvara? Kryssa i alla som
        stämmer och tryck på **Kontrollera**.
        """,
        en="""
        ### Exercise 1: what can the report do?

        Which of the questions can an aggregate report like the one above answer? Tick every one
        that fits and press **Check**.
        """,
    ),
    code("q1.widget()", tags=("nbval-ignore-output",), exercise="03.q1"),
    md(
        sv="""
        ## 2. Persondata hör till ett ID på en plattform

        Varje system ger personen sitt eget ID. CRM-systemet ger ett kundnummer, webbplatsen
        ger webbläsaren en kaka (cookie) med ett anonymt ID, och annonsplattformen har sitt eget
        användar-ID som vi aldrig ser. Arbetsbokens katalog beskriver dem:
        """,
        en="""
        ## 2. Personal data belongs to an ID on a platform

        Every system gives the person its own ID. The CRM gives a customer number, the website
        gives the browser a cookie with an anonymous ID, and the ad platform has its own user
        ID that we never see. The workbook's catalogue describes them:
        """,
    ),
    code(
        """
        catalog.entries_frame("identifiers")
        """
    ),
    md(
        sv="""
        Data flyttar inte av sig själv mellan systemen. Det behövs en **export** (vi laddar upp
        en fil, till exempel en hashad kundlista) eller en **integration** (ett skript eller en
        koppling som skickar data löpande, till exempel pixeln). Bilden visar Fjällgårdens
        system och broarna mellan dem:
        """,
        en="""
        Data does not move between the systems by itself. It takes an **export** (we upload a
        file, for example a hashed customer list) or an **integration** (a script or connection
        that sends data continuously, for example the pixel). The picture shows Fjällgården's
        systems and the bridges between them:
        """,
    ),
    code(
        """
        analytics.identity_map()
        """
    ),
    md(
        sv="""
        Här är en och samma kund i varje system. Observera att vi bara ser plattformens ID i
        den här övningsvärlden: i verkligheten stannar det hos plattformen.
        """,
        en="""
        Here is one and the same customer in each system. Note that we only see the platform's
        ID in this practice world: in reality it stays with the platform.
        """,
    ),
    code(
        """
        person = analytics.example_person(world)
        analytics.identity_trail(world, person)
        """
    ),
    md(
        sv="""
        Det enda som binder ihop kundnumret med plattformens användare är **samma e-postadress,
        hashad på samma sätt** på båda sidor. Det kommer vi tillbaka till i avsnitt 4.

        ## 3. Pixeln som integration

        Pixeln är ett litet skript från annonsplattformen som ligger på vår webbplats. När en
        besökare tittar på en produkt, lägger något i varukorgen eller köper, skickar skriptet
        en händelse till plattformen. Plattformen kan då se vad en person med ett visst ID gör
        på webbplatsen efter att hen lämnat till exempel Facebook. Datan lagras på
        **plattformens servrar, inte på webbplatsen**.

        Pixeln skickar bara när besökaren har godkänt annonskakor. Så här mycket av
        Fjällgårdens webbhändelser nådde pixeln:
        """,
        en="""
        The only thing that ties the customer number to the platform's user is **the same
        e-mail address, hashed the same way** on both sides. We come back to that in section 4.

        ## 3. The pixel as an integration

        The pixel is a small script from the ad platform that sits on our website. When a
        visitor views a product, adds something to the cart or buys, the script sends an event
        to the platform. The platform can then see what a person with a certain ID does on the
        website after leaving, say, Facebook. The data is stored on **the platform's servers,
        not on the website**.

        The pixel only sends when the visitor has accepted ad cookies. This much of
        Fjällgården's web events reached the pixel:
        """,
    ),
    code(
        """
        analytics.pixel_coverage(world.events, world.pixel_events)
        """
    ),
    md(
        sv="""
        Att läsa av tabellen:

        - Ungefär hälften av händelserna skickades (`share_sent`): resten kom från besök där
          annonskakor inte godkändes. Dem ser plattformen aldrig.
        - Pixeln har egna namn på händelserna (`PageView`, `ViewContent`, `AddToCart`,
          `Purchase`). Att kassan påbörjades och inloggningen (`identify`) skickas inte alls,
          eftersom pixeln inte är inställd för dem.
        - Varje händelse bär pixelns cookie-ID, `fbp`. När besökaren var inloggad skickades
          också den **hashade e-postadressen** (`with_hashed_email`), och då kan plattformen
          känna igen personen bland sina användare. Alla köp har den, eftersom man loggar in
          för att betala.

        Så här ser några av händelserna ut, som plattformen tar emot dem:
        """,
        en="""
        Reading the table:

        - About half the events were sent (`share_sent`): the rest came from visits where ad
          cookies were not accepted. The platform never sees them.
        - The pixel has its own names for the events (`PageView`, `ViewContent`, `AddToCart`,
          `Purchase`). Starting the checkout and logging in (`identify`) are not sent at all,
          because the pixel is not set up for them.
        - Every event carries the pixel's cookie ID, `fbp`. When the visitor was logged in, the
          **hashed e-mail address** was sent too (`with_hashed_email`), and then the platform
          can recognise the person among its users. Every purchase has it, because you log in to
          pay.

        This is what some of the events look like as the platform receives them:
        """,
    ),
    code(
        """
        world.pixel_events[["event_time", "event_name", "fbp", "hashed_email", "value"]].tail()
        """
    ),
    md(
        sv="""
        ### Uppgift 2: var lagras pixelns data?

        Välj i listan och tryck på **Kontrollera**.
        """,
        en="""
        ### Exercise 2: where is the pixel's data stored?

        Choose from the list and press **Check**.
        """,
    ),
    code("q2.widget()", tags=("nbval-ignore-output",), exercise="03.q2"),
    md(
        sv="""
        ## 4. Matcha CRM-systemet mot plattformens användare

        Den andra bron är exporten: vi laddar upp en kundlista till annonsplattformen för att
        visa annonser för våra kunder (eller för personer som liknar dem). Listan laddas aldrig
        upp i klartext. Varje e-postadress och telefonnummer **normaliseras** först (skrivs på
        exakt samma sätt som plattformen skriver det) och **hashas** sedan med SHA-256, en
        envägsfunktion: samma text ger alltid samma hash, men hashen går inte att räkna
        tillbaka. Plattformen gör likadant med sina användares uppgifter och jämför hasharna.

        Meta och Google normaliserar inte på samma sätt:

        | | Meta | Google |
        |---|---|---|
        | E-post | ta bort mellanslag, små bokstäver | samma, och för gmail.com tas punkterna före @ bort |
        | Telefon | siffror med landsnummer, utan + och nolla: `46701234567` | E.164 med +: `+46701234567` |

        Skriv en e-postadress och ett telefonnummer i rutorna och se varje steg:
        """,
        en="""
        ## 4. Matching the CRM to the platform's users

        The other bridge is the export: we upload a customer list to the ad platform to show
        ads to our customers (or to people like them). The list is never uploaded in plain
        text. Each e-mail address and phone number is first **normalised** (written exactly as
        the platform writes it) and then **hashed** with SHA-256, a one-way function: the same
        text always gives the same hash, but the hash cannot be turned back. The platform does
        the same with its users' details and compares the hashes.

        Meta and Google do not normalise the same way:

        | | Meta | Google |
        |---|---|---|
        | E-mail | trim spaces, lowercase | the same, and for gmail.com the dots before @ are removed |
        | Phone | digits with country code, no + and no zero: `46701234567` | E.164 with +: `+46701234567` |

        Type an e-mail address and a phone number in the boxes and see each step:
        """,
    ),
    code(
        """
        from course_lib.widgets.hashing import hashing_widget
        hashing_widget()
        """,
        tags=("nbval-ignore-output",),
    ),
    md(
        sv="""
        Prova att lägga till ett mellanslag, en versal eller ett bindestreck: det normaliserade
        värdet blir detsamma, och därmed också hashen. Ändra en enda siffra och hashen blir en
        helt annan.

        Samma steg finns som funktioner i `course_lib.identity`: `normalize_email`,
        `normalize_phone` och `sha256_hex`:
        """,
        en="""
        Try adding a space, a capital letter or a dash: the normalised value stays the same,
        and so does the hash. Change a single digit and the hash is completely different.

        The same steps exist as functions in `course_lib.identity`: `normalize_email`,
        `normalize_phone` and `sha256_hex`:
        """,
    ),
    code(
        """
        email = identity.normalize_email("  Anna.Svensson@Gmail.com ", platform="meta")
        print(email)
        print(identity.sha256_hex(email))
        """
    ),
    md(
        sv="""
        ### Uppgift 3: telefonnummer enligt Meta

        Fjällgårdens CRM-system har numret **070-123 45 67**. Hur ser det ut när det är
        normaliserat enligt **Metas** regler, precis innan det hashas? Skriv svaret som text
        inom citattecken.
        """,
        en="""
        ### Exercise 3: a phone number by Meta's rules

        Fjällgården's CRM has the number **070-123 45 67**. What does it look like when it is
        normalised by **Meta's** rules, just before it is hashed? Write the answer as text in
        quotes.
        """,
    ),
    code("answer_3 = ____", exercise="03.q3"),
    code("q3.check()"),
    code("# q3.solution()"),
    md(
        sv="""
        ### Matchningsgraden

        Plattformens användartabell (`world.platform_users`) har bara hashade uppgifter.
        **Matchningsgraden** är andelen av våra hashade uppgifter som plattformen också har.
        Funktionen `identity.match_rate(our_hashes, their_hashes)` räknar ut den.

        ### Uppgift 4: räkna matchningsgraden för e-post

        Hasha kundernas e-postadresser med `identity.hash_emails` (Metas regler är
        förvalda) och räkna matchningsgraden mot `platform_users["hashed_email"]`. Svara med
        andelen, ett tal mellan 0 och 1.
        """,
        en="""
        ### The match rate

        The platform's user table (`world.platform_users`) holds only hashed details. The
        **match rate** is the share of our hashed details that the platform also has. The
        function `identity.match_rate(our_hashes, their_hashes)` computes it.

        ### Exercise 4: compute the match rate for e-mail

        Hash the customers' e-mail addresses with `identity.hash_emails` (Meta's rules are the
        default) and compute the match rate against `platform_users["hashed_email"]`. Answer
        with the share, a number between 0 and 1.
        """,
    ),
    code(
        """
        customers = world.customers
        platform_users = world.platform_users
        answer_4 = ____
        """,
        exercise="03.q4",
    ),
    code("q4.check()"),
    code("# q4.solution()"),
    md(
        sv="""
        Om vi hashar adresserna precis som kunderna skrev dem, utan att normalisera, försvinner
        de som skrev med versaler eller mellanslag:
        """,
        en="""
        If we hash the addresses exactly as the customers typed them, without normalising, we
        lose those who typed capitals or spaces:
        """,
    ),
    code(
        """
        raw_hashes = world.customers["email"].map(identity.sha256_hex)
        identity.match_rate(raw_hashes, world.platform_users["hashed_email"])
        """
    ),
    md(
        sv="""
        Telefonnumret är en andra chans att hitta kunden. Tabellen visar matchningsgraden med
        bara e-post, bara telefon och med någon av dem. `usable` är hur många av våra kunder
        som har en användbar uppgift, `matched` hur många av dem som hittades:
        """,
        en="""
        The phone number is a second chance to find the customer. The table shows the match
        rate by e-mail only, by phone only and by either. `usable` is how many of our customers
        have a usable value, `matched` how many of them were found:
        """,
    ),
    code(
        """
        analytics.match_rates(world.customers, world.platform_users)
        """
    ),
    md(
        sv="""
        ### Varför blir det aldrig 100 %?

        Vi delar in varje kund efter hur den matchade, eller varför den inte gjorde det:
        """,
        en="""
        ### Why is it never 100 %?

        We sort every customer by how they matched, or why they did not:
        """,
    ),
    code(
        """
        analytics.match_breakdown(world.customers, world.platform_users)
        """
    ),
    md(
        sv="""
        - **Inte på plattformen.** Alla kunder har inte ett konto hos annonsplattformen.
        - **En annan e-postadress.** Många registrerade sig på plattformen med en annan adress
          än den de gav oss. De som bara matchar på telefon är sådana: de finns där, under en
          annan adress.
        - **Saknat eller ogiltigt telefonnummer**, hos oss eller hos plattformen. Många ger
          aldrig plattformen sitt nummer.
        - **Stavfel.** En adress som `anna.svensson@gmial.com` normaliseras utan problem men
          matchar aldrig.

        För dem som inte matchar alls kan vi inte veta vilket av skälen det är: plattformen
        berättar aldrig vem den hittade eller inte. En lista behöver dessutom vara stor nog:
        Meta avråder från listor med färre än ungefär 100 personer, och Googles Customer Match
        kräver minst 100 aktiva medlemmar innan listan används.
        """,
        en="""
        - **Not on the platform.** Not every customer has an account with the ad platform.
        - **Another e-mail address.** Many signed up on the platform with another address than
          the one they gave us. Those matching by phone only are such people: they are there,
          under another address.
        - **Missing or invalid phone number**, with us or with the platform. Many never give the
          platform their number.
        - **Typos.** An address like `anna.svensson@gmial.com` normalises without trouble but
          never matches.

        For those who do not match at all we cannot tell which reason it is: the platform never
        says whom it found or not. A list must also be big enough: Meta advises against lists
        of fewer than about 100 people, and Google's Customer Match needs at least 100 active
        members before the list is used.
        """,
    ),
    md(
        sv="""
        ### Uppgift 5 (fördjupning, valfri): fel regler

        Här hashar vi kundernas uppgifter enligt **Googles** regler men jämför med användare
        som hashats enligt **Metas**. Titta på raden för telefon och välj förklaringen.
        """,
        en="""
        ### Exercise 5 (going further, optional): the wrong rules

        Here we hash the customers' details by **Google's** rules but compare them with users
        hashed by **Meta's**. Look at the phone row and choose the explanation.
        """,
    ),
    code(
        """
        analytics.match_rates(world.customers, world.platform_users, platform="google")
        """
    ),
    code("q5.widget()", tags=("nbval-ignore-output",), exercise="03.q5"),
    md(
        sv="""
        ## 5. B2B: data om företaget eller om personen

        Fjällgården Företag säljer arbetskläder och utrustning till företag. I det gamla
        arbetssättet samlar man data om **företaget**: organisationsnummer, bransch, storlek och
        ort.
        """,
        en="""
        ## 5. B2B: data about the company or about the person

        Fjällgården Företag sells workwear and gear to companies. The old way of working
        collects data about the **company**: registration number, industry, size and town.
        """,
    ),
    code(
        """
        world.companies.head()
        """
    ),
    md(
        sv="""
        Men det är människor som köper. Trenden går mot att samla data om **personen som
        arbetar på företaget**, för att kommunicera med hen och med organisationen hen
        arbetar för. Vi kopplar ihop kontaktpersonerna med deras företag, och med deras egen
        kundhistorik när de också handlar privat hos Fjällgården:
        """,
        en="""
        But it is people who buy. The trend is towards collecting data about **the person who
        works at the company**, to communicate with them and the organisation they work for.
        We join the contacts to their companies, and to their own customer history when they
        also shop privately at Fjällgården:
        """,
    ),
    code(
        """
        people = analytics.b2b_people(world.companies, world.contacts, world.customers)
        people.head(8)
        """
    ),
    code(
        """
        people["private_customer"].value_counts()
        """
    ),
    md(
        sv="""
        Ungefär var femte kontaktperson är också privatkund. Inköparen på ett byggföretag som
        vandrar i fjällen på fritiden kan nås både i jobbet och som privatperson, men det är samma
        människa, och uppgifterna om hen är persondata. Enligt GDPR (artikel 4.1) är en
        personuppgift varje uppgift som rör en identifierbar fysisk person. En arbetsadress som
        fornamn.efternamn@foretag.se är därför en personuppgift, fast den står i ett
        företagsregister.

        ### Uppgift 6: företaget eller personen?

        Sortera uppgifterna: handlar de om företaget eller om personen som arbetar där?
        """,
        en="""
        About one contact in five is also a private customer. The buyer at a construction firm
        who hikes in the mountains in their free time can be reached both at work and as a
        private person, but it is the same human being, and the data about them is personal
        data. Under the GDPR
        (Article 4(1)) personal data is any information relating to an identifiable natural
        person. A work address such as firstname.lastname@company.se is therefore personal
        data, even though it sits in a company register.

        ### Exercise 6: the company or the person?

        Sort the data: is it about the company or about the person who works there?
        """,
    ),
    code("q6.widget()", tags=("nbval-ignore-output",), exercise="03.q6"),
    md(
        sv="""
        ## Sammanfattning

        - Ett analysverktyg **räknar**. Rapporten visar besök, användare och köp per dag,
          kanal eller sida, men raderna är antal, inte personer. Ingen i den går att nå.
        - **Persondata** är knuten till ett ID på en plattform: kundnummer i CRM-systemet,
          cookie-ID på webbplatsen, plattforms-ID hos annonsplattformen.
        - Data flyttar mellan plattformar bara genom en **export** (till exempel en hashad
          kundlista) eller en **integration** (till exempel pixeln, som lagrar det den ser på
          plattformens servrar).
        - En kundlista matchas genom att **normalisera och hasha** e-post och telefon på exakt
          samma sätt som plattformen. Meta och Google har olika regler. Matchningsgraden blir
          aldrig 100 %.
        - I B2B går trenden från data om **företaget** till data om **personen** som arbetar
          där, och den är persondata.

        **Prova med din egen organisation:**

        1. Vilka av era rapporter är aggregerade, och var finns data som faktiskt pekar ut
           personer?
        2. Vilka ID:n har en och samma kund hos er, och vilka exporter och integrationer binder
           ihop dem?
        3. Vilka pixlar eller taggar ligger på er webbplats, och vart skickar de data?
        4. Om ni laddar upp en kundlista: har ni både e-post och telefon, och hur stor andel
           tror ni skulle matcha?
        """,
        en="""
        ## Summary

        - An analytics tool **counts**. The report shows visits, users and purchases per day,
          channel or page, but the rows are counts, not people. Nobody in it can be reached.
        - **Personal data** is tied to an ID on a platform: the customer number in the CRM, the
          cookie ID on the website, the platform ID at the ad platform.
        - Data moves between platforms only through an **export** (for example a hashed
          customer list) or an **integration** (for example the pixel, which stores what it
          sees on the platform's servers).
        - A customer list is matched by **normalising and hashing** e-mail and phone exactly as
          the platform does. Meta and Google have different rules. The match rate is never
          100 %.
        - In B2B the trend goes from data about the **company** to data about the **person**
          who works there, and that is personal data.

        **Try it with your own organisation:**

        1. Which of your reports are aggregate, and where is the data that actually points out
           people?
        2. Which IDs does one and the same customer have with you, and which exports and
           integrations tie them together?
        3. Which pixels or tags sit on your website, and where do they send data?
        4. If you upload a customer list: do you have both e-mail and phone, and what share do
           you think would match?
        """,
    ),
]
