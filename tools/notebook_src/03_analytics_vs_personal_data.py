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

        Många tror att Google Analytics är ett lager av kunddata för marknadsförare. Så är det
        inte. Ett analysverktyg räknar: så många besök, så många köp, den här kanalen gav mest.
        Men du kan inte skicka e-post till en siffra. För att nå en människa behöver du
        **persondata**, och persondata hänger alltid på ett ID som en viss plattform har gett en
        viss person.
        """,
        en="""
        # 03 · Analytics tools or personal data

        Many think Google Analytics is a store of customer data for marketers. It is not.
        An analytics tool counts: so many visits, so many purchases, this channel gave the most.
        But you cannot e-mail a number. To reach a human being you need **personal data**, and
        personal data always hangs on an ID that a particular platform gave a particular person.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - vad en analysrapport visar, varför den inte når någon, och varför det verktyget samlar
          in ändå är personuppgifter;
        - att persondata hör till ett ID på en plattform och bara flyttas genom en **export**
          eller en **integration**;
        - vad pixeln skickar, var det lagras och vem som ansvarar för det;
        - hur en kundlista matchas (normalisera, hasha med SHA-256, matchningsgrad) och varför
          den hashade listan fortfarande är personuppgifter;
        - skillnaden mellan data om ett företag och data om personen som arbetar där.
        """,
        en="""
        ## What you learn here

        - what an analytics report shows, why it reaches nobody, and why what the tool collects
          is still personal data;
        - that personal data belongs to an ID on a platform and moves only by **export** or
          **integration**;
        - what the pixel sends, where it is stored and who is responsible for it;
        - how a customer list is matched (normalise, hash with SHA-256, match rate) and why the
          hashed list is still personal data;
        - data about a company versus data about the person who works there.
        """,
    ),
    code(
        """
        import course_lib
        course_lib.start()
        from course_lib import analytics, catalog, datasets, identity
        from course_lib.lessons.l03 import q1, q2, q3, q4, q5, q6
        world = datasets.load()
        """
    ),
    md(
        sv="""
        ## 1. Vad en analysrapport visar

        Webbplatsen skickar en händelse när någon tittar på en sida, lägger något i varukorgen
        eller köper, och ett analysverktyg som Google Analytics summerar händelserna till en
        rapport. Här är Fjällgårdens november och december per **kanal** (källa / medium):
        """,
        en="""
        ## 1. What an analytics report shows

        The website sends an event whenever someone views a page, adds to the cart or buys,
        and an analytics tool such as Google Analytics sums the events into a report. Here
        are Fjällgården's November and December by **channel** (source / medium):
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
        Kolumnerna är de vanliga i ett analysverktyg: `sessions` (besök), `users` (användare),
        `page_views` (sidvisningar), `add_to_carts` (lagt i varukorgen), `conversions` (köp),
        `revenue_sek` (intäkt) och `conversion_rate` (andel besök som slutade i ett köp).
        `users` räknar egentligen **webbläsare**: den som handlar i mobilen och sedan på
        jobbdatorn räknas två gånger, och rapporten säger inte vem någon är.

        Samma rapport per dag:
        """,
        en="""
        The columns are the usual ones in an analytics tool; `conversions` are purchases and
        `conversion_rate` the share of visits that ended in one. `users` really counts
        **browsers**: someone shopping on their phone, then on the work computer, counts twice,
        and the report does not say who anyone is.

        The same report per day:
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

        Många lade något i varukorgen utan att köpa. Säg att du vill skicka ett erbjudande till
        just dem: vilka är de? `reachable_people` letar efter kolumner som pekar ut en person
        (kundnummer, e-post, telefon, cookie-ID) och räknar personerna:
        """,
        en="""
        ### What the report cannot do

        Many added something to the cart without buying. Say you want to send them an
        offer: who are they? `reachable_people` looks for columns that point out a person
        (customer number, e-mail, phone, cookie ID) and counts the people:
        """,
    ),
    code(
        """
        analytics.reachable_people(by_channel)
        """
    ),
    md(
        sv="""
        Raderna är antal, inte ID: personerna försvann när händelserna summerades. I
        **händelseloggen**, där varje rad har kvar sina ID:n, går de övergivna varukorgarna att
        ta fram:
        """,
        en="""
        The rows are counts, not IDs: the people were lost when the events were summed. The
        **event log**, where every row keeps its IDs, does show the abandoned carts:
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
        inloggade kunder lämnade. Nu finns det personer att nå, men på olika sätt.

        De som var **inloggade** har ett kundnummer (`user_id`). Dem får vi skicka e-post med
        erbjudanden om de har sagt ja till det, eller om de är kunder som har fått erbjudandet
        att tacka nej och inte gjort det [ref:mfl-19]. De andra finns bara som en kaka
        (`anonymous_id`) och nås bara med annonser, och bara om de har godkänt annonskakor.
        """,
        en="""
        The first number counts the abandoned carts, the second those left by logged-in
        customers. Now there are people to reach, in different ways.

        Those **logged in** have a customer number (`user_id`). We may e-mail them
        offers if they said yes to that, or if they are customers who were offered a way to say
        no and did not take it [ref:mfl-19]. The others exist only as a cookie (`anonymous_id`),
        reachable only with ads, and only if they accepted ad cookies.
        """,
    ),
    md(
        sv="""
        ### En trigger: övergivna kassor

        I genomsnitt lämnas 70,19 % av varukorgarna i webbutiker utan köp (Baymard Institute,
        49 undersökningar) [ref:baymard-cart-abandonment]. I Fjällgårdens värld slutar lika stor
        andel av besöken i kassan utan köp, räknat över hela loggen. Den som har gått ända till
        kassan var nära att köpa, så en övergiven kassa är en klassisk trigger.
        `abandoned_checkouts` tar fram kunderna som lämnade kassan under loggens sju sista dagar
        och inte har köpt sedan dess (`checkouts.customers` är listan):
        """,
        en="""
        ### A trigger: abandoned checkouts

        On average 70.19 % of online shopping carts are abandoned (Baymard Institute, 49
        studies) [ref:baymard-cart-abandonment]. In Fjällgården's world the same share of
        checkouts end without a purchase, over the whole log. Someone who reached the checkout
        was close to buying, so an abandoned checkout is a classic trigger.
        `abandoned_checkouts` finds the customers who left it in the log's last seven days and
        have not bought since (`checkouts.customers` is the list):
        """,
    ),
    code(
        """
        checkouts = analytics.abandoned_checkouts(world.events, days=7)
        checkouts
        """
    ),
    md(
        sv="""
        Det är lektionens poäng: analysverktyget är till för **analys**. För att samla in och
        använda data mot en person behöver du verktyg som lagrar den kopplad till en individ, som
        ett CRM-system eller en kunddataplattform.

        Ändå samlar Google Analytics in personuppgifter: cookie-ID:n och IP-adresser, som IMY
        2023 beslutade är personuppgifter, eftersom Google kan koppla ihop dem med annat och
        skilja ut enskilda personer. CDON, Coop, Dagens Industri och Tele2 hade fört över
        uppgifterna till USA utan tillräckligt skydd, i strid med artikel 44 i GDPR. Tele2 fick
        en sanktionsavgift på 12 miljoner kronor och CDON 300 000 kronor [ref:imy-ga-2023,
        gdpr-art-44]. Kammarrätten gav IMY rätt om Tele2:s avgift i oktober 2025
        [ref:imy-tele2-2025].

        Rapporten ger alltså ingen lista över personer att nå, men det verktyget samlar in är
        personuppgifter, och dess kakor kräver samtycke [ref:lek-9-28].
        """,
        en="""
        That is the lesson's point: the analytics tool is for **analysis**. To collect and use
        data towards a person you need tools that store it tied to an individual, such as a CRM
        or a customer data platform.

        Yet Google Analytics does collect personal data: cookie IDs and IP addresses, which IMY,
        the Swedish data protection authority, decided in 2023 are personal data, as Google can
        link them with other data and single out individuals. CDON, Coop, Dagens Industri and
        Tele2 had transferred the data to the US without adequate protection, in breach of
        Article 44 of the GDPR. Tele2 was fined 12 million kronor and CDON 300,000 kronor
        [ref:imy-ga-2023, gdpr-art-44]. The Administrative Court of Appeal upheld Tele2's fine in
        October 2025 [ref:imy-tele2-2025].

        So the report lists nobody to reach, but what the tool collects is personal data, and its
        cookies need consent [ref:lek-9-28].
        """,
    ),
    md(
        sv="""
        ### Fråga 1: vad klarar rapporten?

        Vilka av frågorna kan en aggregerad rapport som den ovan besvara? Kryssa i alla som
        stämmer och tryck på **Kontrollera**.
        """,
        en="""
        ### Question 1: what can the report do?

        Which of the questions can an aggregate report like the one above answer? Tick every one
        that fits and press **Check**.
        """,
    ),
    code("q1.widget()", tags=("nbval-ignore-output",), exercise="03.q1"),
    md(
        sv="""
        ## 2. Persondata hör till ett ID på en plattform

        Varje system ger personen sitt eget ID: CRM-systemet ett kundnummer, webbplatsen en kaka
        (cookie) i webbläsaren med ett anonymt ID, annonsplattformen ett användar-ID som vi
        aldrig ser. Arbetsbokens katalog beskriver dem:
        """,
        en="""
        ## 2. Personal data belongs to an ID on a platform

        Every system gives the person its own ID: the CRM a customer number, the website a
        cookie in the browser with an anonymous ID, the ad platform a user ID we never see. The
        workbook's catalogue describes them:
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
        koppling som skickar data löpande, till exempel pixeln). Här är Fjällgårdens system och
        broarna mellan dem:
        """,
        en="""
        Data does not move between systems by itself. It takes an **export** (uploading a file,
        such as a hashed customer list) or an **integration** (a script or connection that sends
        data continuously, such as the pixel). Here are Fjällgården's systems and the bridges
        between them:
        """,
    ),
    code(
        """
        analytics.identity_map()
        """
    ),
    md(
        sv="""
        Här är en och samma kund i varje system. Bara i den här övningsvärlden syns plattformens
        ID; i verkligheten stannar det där.
        """,
        en="""
        Here is one customer in each system. Only this practice world shows the platform's ID;
        in reality it stays there.
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
        Bara **samma e-postadress, hashad på samma sätt** på båda sidor binder ihop kundnumret
        med plattformens användare (avsnitt 4).

        ## 3. Pixeln som integration

        Pixeln är ett litet skript från annonsplattformen på vår webbplats. När en besökare
        tittar på en produkt, lägger något i varukorgen eller köper, skickar det en händelse till
        plattformen, som då kan se vad en person med ett visst ID gör på webbplatsen efter att
        hen lämnat till exempel Facebook. Datan lagras på **plattformens servrar, inte på
        webbplatsen**.

        Pixeln använder en kaka i besökarens webbläsare, så den får bara skicka när besökaren
        har fått veta varför och godkänt annonskakor [ref:lek-9-28]. Så här mycket av
        Fjällgårdens webbhändelser nådde pixeln:
        """,
        en="""
        Only **the same e-mail address, hashed the same way** on both sides ties the customer
        number to the platform's user (section 4).

        ## 3. The pixel as an integration

        The pixel is a small script from the ad platform on our website. When a visitor views a
        product, adds to the cart or buys, it sends an event to the platform, which
        can then see what a person with a certain ID does on the website after leaving, say,
        Facebook. The data is stored on **the platform's servers, not on the website**.

        The pixel uses a cookie in the visitor's browser, so it may only send once the visitor
        has been told why and accepted ad cookies [ref:lek-9-28]. This much of Fjällgården's web
        events reached the pixel:
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

        - `share_sent` är andelen händelser som skickades; resten, från besök utan godkända
          annonskakor, ser plattformen aldrig.
        - Pixeln har egna namn på händelserna (`PageView`, `ViewContent`, `AddToCart`,
          `Purchase`). Att kassan påbörjades och inloggningen (`identify`) skickas inte: pixeln
          är inte inställd för dem.
        - Varje händelse bär pixelns cookie-ID, `fbp`, och för inloggade besökare också den
          **hashade e-postadressen** (`with_hashed_email`), så att plattformen kan känna igen
          personen bland sina användare. Köpen har den alltid, eftersom man loggar in för att
          betala.

        """,
        en="""
        Reading the table:

        - `share_sent` is the share of events sent; the platform never sees the rest, from
          visits without accepted ad cookies.
        - The pixel has its own event names (`PageView`, `ViewContent`, `AddToCart`,
          `Purchase`). Starting the checkout and logging in (`identify`) are not sent: the pixel
          is not set up for them.
        - Every event carries the pixel's cookie ID, `fbp`, and for logged-in visitors the
          **hashed e-mail address** (`with_hashed_email`), which lets the platform recognise the
          person among its users. Purchases always have it, since you log in to pay.

        """,
    ),
    md(
        sv="""
        Var datan lagras är en sak, vem som ansvarar för den en annan. EU-domstolen har slagit
        fast att en webbplats som bäddar in Facebooks kod och låter den samla in besökarnas
        uppgifter är gemensamt personuppgiftsansvarig med Facebook för insamlingen och
        överföringen; det Facebook gör med uppgifterna efteråt ansvarar Facebook ensamt för
        [ref:cjeu-c-40-17, cjeu-c-210-16].

        Europeiska dataskyddsstyrelsen (EDPB) säger detsamma om annonser som bygger på pixlar
        och kundlistor: annonsören och plattformen är gemensamt personuppgiftsansvariga för de
        steg de bestämmer över tillsammans [ref:edpb-8-2020, gdpr-art-26]. Fjällgården kan alltså
        inte lämna pixeln åt Meta, utan behöver en rättslig grund och måste berätta för
        besökarna vad som händer.

        ### Fråga 2: var lagras pixelns data?

        Välj i listan och tryck på **Kontrollera**.
        """,
        en="""
        Storage is one thing, responsibility another. The Court of Justice of the EU (CJEU) has
        ruled that a website that embeds Facebook's code and lets it collect visitors' data is a
        joint controller with Facebook for the collection and transmission; what Facebook does
        with the data afterwards is Facebook's alone [ref:cjeu-c-40-17, cjeu-c-210-16].

        The European Data Protection Board (EDPB) says the same of ads built on pixels and
        customer lists: advertiser and platform are joint controllers for the steps they decide
        on together [ref:edpb-8-2020, gdpr-art-26]. So Fjällgården cannot leave the pixel to
        Meta: it needs a legal basis and must tell visitors what happens.

        ### Question 2: where is the pixel's data stored?

        Choose from the list and press **Check**.
        """,
    ),
    code("q2.widget()", tags=("nbval-ignore-output",), exercise="03.q2"),
    md(
        sv="""
        ## 4. Matcha CRM-systemet mot plattformens användare

        Den andra bron är exporten: vi laddar upp en kundlista till annonsplattformen för att
        visa annonser för våra kunder, eller för personer som liknar dem. Varje e-postadress och
        telefonnummer **normaliseras** först, skrivs alltså på exakt samma sätt som plattformen
        skriver det, och **hashas** sedan med SHA-256. Plattformen gör likadant med sina
        användares uppgifter och jämför hasharna.

        SHA-256 är en envägsfunktion: samma text ger alltid samma hash, och det går inte att
        räkna fram texten ur hashen. Men den som har en lista med e-postadresser kan hasha dem
        och jämföra, och det är precis så matchningen går till. En hashad e-postadress är därför
        pseudonymiserad, inte anonym, och den hashade listan är fortfarande personuppgifter
        [ref:gdpr-art-4, gdpr-recital-26, wp29-anonymisation-2014]. För kundlistan gäller samma
        gemensamma ansvar som för pixeln [ref:edpb-8-2020].

        Meta och Google normaliserar olika, och Google har en regel för kundlistor (Customer
        Match) och en för förbättrade konverteringar, där webbplatsen skickar hashade uppgifter
        om den som köpte [ref:meta-custom-audiences, google-cm-prepare-data,
        google-enhanced-conversions]:

        | | E-post | Telefon |
        |---|---|---|
        | Meta | utan mellanslag, små bokstäver | `46701234567` (siffror, landsnummer, ingen nolla) |
        | Google Customer Match | utan mellanslag, små bokstäver | `+46701234567` (E.164) |
        | Google förbättrade konverteringar | dessutom utan punkter före @gmail.com | `+46701234567` (E.164) |

        Punktregeln gäller också @googlemail.com. Skriv en adress och ett nummer i rutorna för
        att se varje steg. Arbetsboken gör kundlistor, så dess kolumn för Google
        följer Customer Match: punkterna i en gmail-adress är kvar.
        """,
        en="""
        ## 4. Matching the CRM to the platform's users

        The other bridge is the export: we upload a customer list to the ad platform to show ads
        to our customers, or to people like them. Each e-mail address and phone number is first
        **normalised**, written exactly as the platform writes it, then **hashed** with SHA-256.
        The platform does the same with its users' details and compares the hashes.

        SHA-256 is a one-way function: the same text always gives the same hash, and the text
        cannot be computed from the hash. But anyone with a list of addresses can hash and
        compare them, which is exactly how matching works. A hashed e-mail address is
        therefore pseudonymised, not anonymous, and the hashed list is still personal data
        [ref:gdpr-art-4, gdpr-recital-26, wp29-anonymisation-2014]. The customer list carries the
        same joint responsibility as the pixel [ref:edpb-8-2020].

        Meta and Google normalise differently, and Google has one rule for customer lists
        (Customer Match) and another for enhanced conversions, where the website sends hashed
        details of the buyer [ref:meta-custom-audiences, google-cm-prepare-data,
        google-enhanced-conversions]:

        | | E-mail | Phone |
        |---|---|---|
        | Meta | no spaces, lowercase | `46701234567` (digits, country code, no zero) |
        | Google Customer Match | no spaces, lowercase | `+46701234567` (E.164) |
        | Google enhanced conversions | also no dots before @gmail.com | `+46701234567` (E.164) |

        The dot rule covers @googlemail.com too. Type an address and a number in the boxes to see
        each step. The workbook makes customer lists, so its Google column
        follows Customer Match: the dots in a gmail address stay.
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
        värdet, och därmed hashen, blir detsamma. Ändra en siffra och hashen blir en helt annan.

        Samma steg finns som funktionerna `normalize_email`, `normalize_phone` och `sha256_hex` i
        `course_lib.identity`:
        """,
        en="""
        Try adding a space, a capital letter or a dash: the normalised value, and so the hash,
        stays the same. Change one digit and the hash is completely different.

        The same steps are functions in `course_lib.identity`: `normalize_email`,
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
        ### Fråga 3: telefonnummer enligt Meta

        Fjällgårdens CRM-system har numret **070-123 45 67**. Hur ser det ut när det är
        normaliserat enligt **Metas** regler, precis innan det hashas? Skriv svaret som text
        inom citattecken.
        """,
        en="""
        ### Question 3: a phone number by Meta's rules

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
        **Matchningsgraden** är andelen av våra hashade uppgifter som plattformen också har;
        `identity.match_rate(our_hashes, their_hashes)` räknar ut den.

        ### Fråga 4: räkna matchningsgraden för e-post

        Hasha kundernas e-postadresser med `identity.hash_emails` (Metas regler är
        förvalda) och räkna matchningsgraden mot `platform_users["hashed_email"]`. Svara med
        andelen, ett tal mellan 0 och 1.
        """,
        en="""
        ### The match rate

        The platform's user table (`world.platform_users`) holds only hashed details. The
        **match rate** is the share of our hashed details that the platform also has;
        `identity.match_rate(our_hashes, their_hashes)` computes it.

        ### Question 4: compute the match rate for e-mail

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
        Telefonnumret är en andra chans. Tabellen visar matchningsgraden med e-post, med telefon
        och med någon av dem; `usable` är hur många kunder som har en användbar uppgift, `matched`
        hur många som hittades:
        """,
        en="""
        The phone number is a second chance. The table shows the match rate by e-mail, by phone
        and by either; `usable` is how many customers have a usable value, `matched` how many
        were found:
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
        - **Inte på plattformen.** Alla kunder har inte ett konto där.
        - **En annan e-postadress.** Många registrerade sig på plattformen med en annan adress
          än den de gav oss; de som bara matchar på telefon är sådana.
        - **Saknat eller ogiltigt telefonnummer**, hos oss eller hos plattformen.
        - **Stavfel.** En adress som `anna.svensson@gmial.com` normaliseras utan problem men
          matchar aldrig.

        För dem som inte matchar alls kan vi inte veta vilket skälet är: plattformen berättar
        aldrig vem den hittade.

        En lista behöver dessutom vara stor nog. Meta avråder från listor med färre än 100
        personer, och Googles Customer Match kräver minst 100 aktiva medlemmar innan listan
        används [ref:meta-customer-list-format, google-audience-size]. Det som räknas är den
        matchade delen av de kunder som har samtyckt, ofta mycket mindre än listan.
        """,
        en="""
        - **Not on the platform.** Not every customer has an account there.
        - **Another e-mail address.** Many signed up on the platform with another address than
          the one they gave us; those matching by phone only are such people.
        - **Missing or invalid phone number**, with us or with the platform.
        - **Typos.** An address like `anna.svensson@gmial.com` normalises without trouble but
          never matches.

        For those who match on nothing we cannot tell which reason applies: the platform never
        says whom it found.

        A list must also be big enough. Meta advises against lists of fewer than 100 people,
        and Google's Customer Match needs at least 100 active members before the list is used
        [ref:meta-customer-list-format, google-audience-size]. What counts is the matched part
        of the consenting customers, often much smaller than the list.
        """,
    ),
    md(
        sv="""
        ### Fråga 5 (fördjupning, valfri): fel regler

        Här hashar vi kundernas uppgifter enligt **Googles** regler men jämför med användare
        som hashats enligt **Metas**. Titta på raden för telefon och välj förklaringen.
        """,
        en="""
        ### Question 5 (going further, optional): the wrong rules

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

        Fjällgården Företag säljer arbetskläder och utrustning till företag. Det gamla
        arbetssättet samlar data om **företaget**: organisationsnummer, bransch, storlek, ort.

        Men det är människor som köper, och trenden går mot data om **personen som arbetar på
        företaget**, för att kommunicera med hen och hens organisation. Vi kopplar ihop
        kontaktpersonerna med deras företag, och med deras egen kundhistorik om de också
        handlar privat hos oss:
        """,
        en="""
        ## 5. B2B: data about the company or about the person

        Fjällgården Företag sells workwear and gear to companies. The old way collects data about
        the **company**: registration number, industry, size, town.

        But people buy, and the trend is towards data about **the person who works at the
        company**, to communicate with them and their organisation. We join the contacts to their
        companies, and to their own customer history if they also shop privately with us:
        """,
    ),
    code(
        """
        people = analytics.b2b_people(world.companies, world.contacts, world.customers)
        print(people["private_customer"].value_counts())
        people.head(8)
        """
    ),
    md(
        sv="""
        Räkningen överst visar hur många kontaktpersoner som också är privatkunder (`True`).
        Inköparen på ett byggföretag som vandrar i fjällen kan nås både i jobbet och privat, men
        det är en och samma människa, och uppgifterna om hen är persondata.

        Enligt artikel 4.1 i GDPR är en personuppgift varje uppgift som rör en identifierbar
        fysisk person [ref:gdpr-art-4]. En arbetsadress som fornamn.efternamn@foretag.se är
        därför en personuppgift, även i ett företagsregister.

        ### Fråga 6: företaget eller personen?

        Sortera uppgifterna. Handlar de om företaget eller om personen som arbetar där?
        """,
        en="""
        The count at the top shows how many contacts are also private customers (`True`). A
        construction firm's buyer who hikes in the mountains can be reached at work and
        privately, but it is one human being, whose data is personal data.

        Under Article 4(1) of the GDPR, personal data is any information relating to an
        identifiable natural person [ref:gdpr-art-4]. So a work address such as
        firstname.lastname@company.se is personal data, even in a company register.

        ### Question 6: the company or the person?

        Sort the data: is it about the company or about the person who works there?
        """,
    ),
    code("q6.widget()", tags=("nbval-ignore-output",), exercise="03.q6"),
    md(
        sv="""
        ## Sammanfattning

        - Ett analysverktyg **räknar**: rapporten visar besök, användare och köp per dag, kanal
          eller sida som antal, inte personer, så ingen i den går att nå. Det verktyget samlar
          in, som cookie-ID:n och IP-adresser, är ändå personuppgifter enligt IMY
          [ref:imy-ga-2023].
        - **Persondata** är knuten till ett ID på en plattform: kundnummer i CRM-systemet,
          cookie-ID på webbplatsen, plattforms-ID hos annonsplattformen.
        - Data flyttar mellan plattformar bara genom en **export**, som en hashad kundlista,
          eller en **integration**, som pixeln. För båda är företaget och plattformen
          **gemensamt personuppgiftsansvariga** [ref:edpb-8-2020].
        - En kundlista matchas genom att **normalisera och hasha** e-post och telefon på exakt
          samma sätt som plattformen; Meta och Google har olika regler. Den hashade listan är
          **pseudonymiserad**, inte anonym, och matchningsgraden blir aldrig 100 %.
        - I B2B går trenden från data om **företaget** till data om **personen** som arbetar
          där, och den är persondata.

        **Prova med din egen organisation:**

        1. Vilka av era rapporter är aggregerade, och var finns data som pekar ut personer?
        2. Vilka ID:n har en och samma kund hos er, och vad binder ihop dem?
        3. Vilka pixlar eller taggar ligger på er webbplats, och vart skickar de data?
        4. Om ni laddar upp en kundlista, har ni både e-post och telefon? Hur stor andel skulle
           matcha?
        """,
        en="""
        ## Summary

        - An analytics tool **counts**: the report shows visits, users and purchases per day,
          channel or page as counts, not people, so nobody in it can be reached. What the tool
          collects, such as cookie IDs and IP addresses, is still personal data according to IMY
          [ref:imy-ga-2023].
        - **Personal data** is tied to an ID on a platform: customer number in the CRM, cookie
          ID on the website, platform ID at the ad platform.
        - Data moves between platforms only by **export**, such as a hashed customer list, or
          **integration**, such as the pixel. For both, company and platform are **joint
          controllers** [ref:edpb-8-2020].
        - A customer list is matched by **normalising and hashing** e-mail and phone exactly as
          the platform does; Meta and Google have different rules. The hashed list is
          **pseudonymised**, not anonymous, and the match rate is never 100 %.
        - In B2B the trend goes from data about the **company** to data about the **person**
          who works there, which is personal data.

        **Try it with your own organisation:**

        1. Which of your reports are aggregate, and where is the data that points out people?
        2. Which IDs does one customer have with you, and what ties them together?
        3. Which pixels or tags sit on your website, and where do they send data?
        4. If you upload a customer list, do you have both e-mail and phone? What share would
           match?
        """,
    ),
]
