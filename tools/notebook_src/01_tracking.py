"""Notebook 01: every activity leaves data; tracking plans, UTM tags, channels and "big data"."""

from nbsource import code, md

NOTEBOOK = {
    "number": "01",
    "slug": {"sv": "01-data-overallt", "en": "01-data-everywhere"},
    "title": {"sv": "Data överallt: spårning och taggning",
              "en": "Data everywhere: tracking and tagging"},
}

CELLS = [
    md(
        sv="""
        # 01 · Data överallt: spårning och taggning

        Allt en kund gör lämnar ett spår: ett klick på en annons, en produkt som visas, ett köp i
        kassan i Uppsala. Marknadsförare läser spåren för att förstå målgruppen och tala till den
        på ett bättre sätt, men bara om de i förväg har bestämt **vilken data de vill ha** och
        satt upp spårning och taggning för att få in den.
        """,
        en="""
        # 01 · Data everywhere: tracking and tagging

        Everything a customer does leaves a trace: a click on an ad, a product shown, a purchase
        at the till in Uppsala. Marketers read those traces to understand their audience and speak
        to it better, but only if they have decided in advance **which data they want** and set up
        tracking and tagging to collect it.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - att varje aktivitet, på webben och i butik, blir data som går att följa över tid;
        - vad en **spårningsplan** är: vilka händelser, med vilka egenskaper, och vad de ska heta;
        - hur du bygger **UTM-taggade länkar**, läser taggarna ur händelserna och sorterar
          besöken i GA4:s kanaler;
        - varför vi talar om **big data**: hur många datapunkter en kund skapar.
        """,
        en="""
        ## What you learn here

        - that every activity, online and in a store, becomes data you can follow over time;
        - what a **tracking plan** is: which events, with which properties, and what they are
          called;
        - how to build **UTM-tagged links**, read the tags from the events and sort visits into
          GA4's channels;
        - why we talk about **big data**: how many data points one customer creates.
        """,
    ),
    code(
        """
        import course_lib
        course_lib.start()
        from course_lib import datasets
        from course_lib.lessons.l01 import q1, q2, q3, q4, q5, q6
        world = datasets.load()
        """
    ),
    md(
        sv="""
        ## Varje aktivitet lämnar spår

        Fjällgårdens webbutik skickar en **händelse** till händelseloggen för varje sidvisning,
        produkt som visas och köp, och butikernas kassor sparar köpen i ordertabellen. Där kunden
        har godkänt annonskakor skickar webbplatsens **pixel** en kopia av händelserna till
        annonsplattformen. Utan det godkännandet får pixeln inte skicka något [ref:lek-9-28].

        Vi följer kunden **C0001998**, Elin. `customer_journey` samlar allt om henne under
        händelseloggens två månader, en rad per spår:
        """,
        en="""
        ## Every activity leaves traces

        Fjällgården's web shop sends an **event** to the event log for every page view, product
        shown and purchase; the store tills save purchases in the orders table. Where the customer
        has accepted ad cookies, the website's **pixel** copies the events to the ad platform.
        Without that consent the pixel may send nothing [ref:lek-9-28].

        We follow customer **C0001998**, Elin. `customer_journey` gathers everything about her in
        the event log's two months, one row per trace:
        """,
    ),
    code(
        """
        from course_lib.tracking import customer_journey, journey_table, plot_timeline
        journey = customer_journey(world, "C0001998")
        journey_table(journey)
        """
    ),
    md(
        sv="""
        Som tidslinje, med en rad per sorts spår, blir kundresan tydlig:
        """,
        en="""
        As a timeline, one lane per kind of trace, the customer journey becomes clear:
        """,
    ),
    code("plot_timeline(journey)"),
    md(
        sv="""
        Läs bilden från vänster:

        - I början av november klickar Elin på en länk i nyhetsbrevet, tittar på friluftskläder,
          fyller varukorgen, loggar in och lämnar kassan utan att köpa.
        - Nästa kväll klickar hon på en Facebook-annons, tittar på friluftskläder igen och köper.
        - Några dagar senare kommer hon tillbaka via en sökannons på Google och lägger
          träningskläder i varukorgen, men köper inte.
        - Strax före jul handlar hon i butiken i Uppsala.
        - Efter jul klickar hon på en länk i nyhetsbrevet.

        Klicken *före* inloggningen är också Elins: de kommer från webbläsaren (kakan) som hon
        senare loggade in från. Den gula raden längst ned visar att nästan varje klick också gick
        till annonsplattformen, eftersom Elin har godkänt annonskakor.

        Välj en annan kund för att se en annan resa. Vissa handlar mest i butik.
        """,
        en="""
        Read the picture from the left:

        - Early in November Elin clicks a newsletter link, looks at outdoor clothing, fills the
          cart, logs in and leaves the checkout without buying.
        - The next evening she clicks a Facebook ad, looks at outdoor clothing again and buys.
        - A few days later a Google search ad brings her back; she adds training clothes to the
          cart but does not buy.
        - Just before Christmas she shops in the Uppsala store.
        - After Christmas she clicks a newsletter link.

        The clicks *before* the login are Elin's too: they come from the browser (the cookie) she
        later logged in from. The yellow lane at the bottom shows that almost every click also
        went to the ad platform, since Elin accepted ad cookies.

        Choose another customer to see another journey. Some shop mostly in stores.
        """,
    ),
    code(
        """
        from course_lib.widgets.tracking import journey_widget
        journey_widget(world)
        """,
        tags=("nbval-ignore-output",),
    ),
    md(
        sv="""
        ## Planera aktiviteterna efter datan du vill ha

        Elins resa finns bara för att någon bestämde att webbutiken ska skicka *Product Viewed*,
        *Product Added*, *Checkout Started* och *Order Completed*, med rätt egenskaper. Det
        beslutet skrivs ned i en **spårningsplan**: vilka händelser vi samlar in, med vilka
        egenskaper, och vilken fråga var och en besvarar. Här är Fjällgårdens:
        """,
        en="""
        ## Plan activities for the data you want

        Elin's journey exists only because someone decided the web shop should send *Product
        Viewed*, *Product Added*, *Checkout Started* and *Order Completed*, with the right
        properties. That decision is written down in a **tracking plan**: which events we collect,
        with which properties, and which question each answers. Here is Fjällgården's:
        """,
    ),
    code(
        """
        from course_lib.tracking import FJALLGARDEN_PLAN, MESSY_PLAN, check_tracking_plan, tracking_plan_table
        tracking_plan_table(FJALLGARDEN_PLAN)
        """
    ),
    md(
        sv="""
        ### Namnreglerna

        Namnen följer Segment Spec, den standard för händelsedata som företaget Segment har tagit
        fram [ref:segment-spec]:

        - **Händelser** heter *objekt + handling i dåtid*, på engelska och med versal i varje ord:
          `Order Completed`, `Product Viewed`.
        - **Egenskaper** skrivs i *snake_case*, med små bokstäver och understreck: `order_id`.
        - Namn byggs **aldrig av data**. `Viewed Product 4711` gör varje produkt till en egen
          händelse; skriv `Product Viewed` med 4711 i egenskapen `product_id`.

        Verktygen räknar namn, inte avsikter: `Order Completed` och `order completed` blir två
        händelser, och försäljningen delas på två rader i rapporten.

        `check_tracking_plan` visar vad i en plan som bryter mot reglerna. Fjällgårdens egen plan
        klarar sig:
        """,
        en="""
        ### The naming rules

        The names follow Segment Spec, the company Segment's standard for event data
        [ref:segment-spec]:

        - **Events** are named *object + action in the past tense*, in English with every word
          capitalised: `Order Completed`, `Product Viewed`.
        - **Properties** are in *snake_case*, lower case with underscores: `order_id`.
        - Names are **never built from data**. `Viewed Product 4711` makes each product its own
          event; write `Product Viewed` with 4711 in the property `product_id`.

        The tools count names, not intentions: `Order Completed` and `order completed` become two
        events, and the sales split over two rows in the report.

        `check_tracking_plan` shows what in a plan breaks the rules. Fjällgården's own plan passes:
        """,
    ),
    code("check_tracking_plan(FJALLGARDEN_PLAN)"),
    md(
        sv="""
        ### Fråga 2: bra eller dåligt namn?

        Följer händelsenamnen reglerna eller inte? Sortera dem genom att välja i listorna, och
        tryck på **Kontrollera**.
        """,
        en="""
        ### Question 2: good or bad name?

        Sort the event names: do they follow the rules or not? Choose in the lists and press
        **Check**.
        """,
    ),
    code("q2.widget()", tags=("nbval-ignore-output",), exercise="01.q2"),
    md(
        sv="""
        ### Fråga 3: städa en rörig plan

        En kollega skrev den här planen i all hast inför en kampanj. Kontrollen hittar flera
        anmärkningar:
        """,
        en="""
        ### Question 3: tidy up a messy plan

        A colleague wrote this plan in a hurry before a campaign. The check reports several
        findings:
        """,
    ),
    code("check_tracking_plan(MESSY_PLAN)"),
    md(
        sv="""
        Skriv om planen i cellen nedan så att alla namn följer reglerna, med samma fyra
        händelser. Byt namnen och lägg till egenskaper där de saknas. Kör cellen så ofta du
        vill, för kontrollen visar vad som är kvar och föreslår ofta ett bättre namn.
        """,
        en="""
        Rewrite the plan in the cell below so that every name follows the rules, with the same
        four events: change the names and add properties where they are missing. Run the cell as
        often as you like; the check shows what is left and often suggests a better name.
        """,
    ),
    code(
        """
        draft_plan = {
            "clicked_buy_button": ["Button Text"],
            "Köp": ["orderId", "revenue", "currency"],
            "Viewed Product 4711": ["category"],
            "newsletter signup": [],
        }
        check_tracking_plan(draft_plan)
        """
    ),
    md(
        sv="""
        När kontrollen säger *Inga anmärkningar* skriver du `answer_3 = draft_plan` i stället för
        `____` och kontrollerar.
        """,
        en="""
        When the check says *No findings*, write `answer_3 = draft_plan` in place of `____` and
        check.
        """,
    ),
    code("answer_3 = ____", exercise="01.q3"),
    code("q3.check()"),
    code("q3.hint()"),
    code("# q3.solution()"),
    md(
        sv="""
        ## UTM-taggning: var kom besökaren ifrån?

        Facebook-annonsen som Elin klickade på ledde till en adress med fem etiketter,
        **UTM-parametrar**, i slutet:

        | Parameter | Säger | Exempel |
        |---|---|---|
        | `utm_source` | vem som skickade besökaren | `facebook`, `google`, `newsletter` |
        | `utm_medium` | vilken sorts trafik | `paid_social`, `cpc`, `email` |
        | `utm_campaign` | vilken kampanj | `black_week_2025` |
        | `utm_content` | vilken annons eller länk | `rod_knapp` |
        | `utm_term` | sökordet i en sökannons | `regnjacka` |

        Använd alltid de tre första: source och medium avgör kanalen, campaign vilken kampanj
        besöket räknas till. Analysverktyget läser dem när besökaren landar och sparar dem med
        varje händelse under besöket.

        Bygg en länk själv. Skriv med versaler, mellanslag eller å, ä, ö: verktyget gör om allt
        till små bokstäver, kodar tecknen så att länken håller och varnar om något saknas.
        """,
        en="""
        ## UTM tagging: where did the visitor come from?

        The Facebook ad Elin clicked led to an address ending in five labels, **UTM parameters**:

        | Parameter | Says | Example |
        |---|---|---|
        | `utm_source` | who sent the visitor | `facebook`, `google`, `newsletter` |
        | `utm_medium` | what kind of traffic | `paid_social`, `cpc`, `email` |
        | `utm_campaign` | which campaign | `black_week_2025` |
        | `utm_content` | which ad or link | `red_button` |
        | `utm_term` | the keyword of a search ad | `rain jacket` |

        Always use the first three: source and medium decide the channel, campaign which campaign
        the visit counts towards. The analytics tool reads them on landing and stores them with
        every event of the visit.

        Build a link yourself. Type capitals, spaces or å, ä, ö: the tool lower-cases everything,
        encodes the characters so the link holds and warns when something is missing.
        """,
    ),
    code(
        """
        from course_lib.widgets.tracking import utm_widget
        utm_widget()
        """,
        tags=("nbval-ignore-output",),
    ),
    md(
        sv="""
        Verktyget använder `build_utm_link`, som du också kan anropa; `parse_utm` läser taggarna
        tillbaka, med å, ä, ö och mellanslag:
        """,
        en="""
        The tool uses `build_utm_link`, which you can call too; `parse_utm` reads the tags back,
        with å, ä, ö and spaces restored:
        """,
    ),
    code(
        """
        from course_lib.utm import build_utm_link, parse_utm, channel_for, sessions_per_channel, plot_channels
        link = build_utm_link("https://www.fjallgarden.se/kampanj/vinteraventyr",
                              "Instagram", "paid_social", "Vinteräventyr 2025", content="Röd knapp")
        link
        """
    ),
    code("parse_utm(link)"),
    md(
        sv="""
        Spårningsskriptet har redan lagt taggarna under `context.campaign` i varje händelse i
        loggen (Segment Spec kallar `utm_campaign` för `name`). Här är den första händelsen, ett
        klick på en sökannons, och taggarna som `parse_utm` hittar i den:
        """,
        en="""
        The tracking script has already put the tags under `context.campaign` in every event of
        the log (Segment Spec calls `utm_campaign` `name`). Here are the first event, a click on
        a search ad, and the tags `parse_utm` finds in it:
        """,
    ),
    code(
        """
        first_event = datasets.load_events()[0]
        first_event["context"]["campaign"]
        """
    ),
    code("parse_utm(first_event)"),
    md(
        sv="""
        ### Från source och medium till kanal

        GA4 sorterar varje besök i en **kanal** efter fasta regler för source, medium och ibland
        kampanjnamnet, oavsett stora eller små bokstäver; den första regel som passar avgör. I
        korthet:

        - inga taggar alls: **Direct**;
        - ett kampanjnamn som innehåller `cross-network`: **Cross-network**;
        - ett betalt medium (allt som innehåller `cp`, som `cpc`, allt som börjar med `paid`,
          `ppc`, `retargeting`): **Paid Shopping**, **Paid Search**, **Paid Social** eller
          **Paid Video** efter källan (shoppingsajt, sökmotor, socialt nätverk, videosajt; ett
          kampanjnamn med `shopping` eller `shop` ger också Paid Shopping);
        - medium `display`, `banner`, `cpm` med flera: **Display**; övriga betalda medier:
          **Paid Other**;
        - utan betalt medium ger samma slags källor **Organic Shopping**, **Organic Social**,
          **Organic Video** och **Organic Search**;
        - medium `referral`: **Referral**; `email` eller `e-mail`: **Email**; `affiliate`,
          `audio`, `sms` och push-notiser har egna kanaler;
        - AI-assistenter som ChatGPT: **AI Assistant**;
        - allt annat: **Unassigned**.

        Kanalnamnen och reglerna är GA4:s egna (Google Analytics Help, *[GA4] Default channel
        group*, support.google.com/analytics/answer/9756891). `channel_for` följer dem i ordning,
        med Googles listor över sajter (`data/ga4_channels.toml`). Klick på Googles egna annonser
        sorterar GA4 efter annonsnätverk, och det syns inte i en länk.
        """,
        en="""
        ### From source and medium to channel

        GA4 sorts every visit into a **channel** by fixed rules on source, medium and sometimes
        the campaign name, ignoring case; the first rule that fits decides. In short:

        - no tags at all: **Direct**;
        - a campaign name containing `cross-network`: **Cross-network**;
        - a paid medium (anything containing `cp`, such as `cpc`, anything beginning with `paid`,
          `ppc`, `retargeting`): **Paid Shopping**, **Paid Search**, **Paid Social** or **Paid
          Video** by the source (shopping site, search engine, social network, video site; a
          campaign name with `shopping` or `shop` also gives Paid Shopping);
        - medium `display`, `banner`, `cpm` and a few more: **Display**; other paid media:
          **Paid Other**;
        - without a paid medium, the same kinds of source give **Organic Shopping**, **Organic
          Social**, **Organic Video** and **Organic Search**;
        - medium `referral`: **Referral**; `email` or `e-mail`: **Email**; `affiliate`,
          `audio`, `sms` and push notifications have their own channels;
        - AI assistants such as ChatGPT: **AI Assistant**;
        - everything else: **Unassigned**.

        The channel names and rules are GA4's own (Google Analytics Help, *[GA4] Default channel
        group*, support.google.com/analytics/answer/9756891). `channel_for` follows them in order,
        with Google's site lists (`data/ga4_channels.toml`). GA4 sorts clicks on Google's own ads
        by ad network, which a link does not show.
        """,
    ),
    code('channel_for("google", "cpc")'),
    code('channel_for("Newsletter", "nyhetsbrev")'),
    code('channel_for("newsletter", "email", "black_week_shopping")'),
    md(
        sv="""
        Det andra besöket hamnar i Unassigned: mediet `nyhetsbrev` finns inte i reglerna, så ett
        enda fel ord gör att nyhetsbrevets besök inte syns som e-post. Det tredje visar att
        ordningen spelar roll: kampanjnamnet innehåller `shopping`, och Organic Shopping prövas
        före Email.

        ### Fråga 1: vilken kanal?

        En annons på Facebook har taggarna `utm_source=facebook&utm_medium=paid_social`. Under
        vilken kanal hamnar besöken?
        """,
        en="""
        The second visit lands in Unassigned: the medium `nyhetsbrev` is not in the rules, so one
        wrong word keeps the newsletter's visits from showing as e-mail. The third shows that
        order matters: the campaign name contains `shopping`, and Organic Shopping is tried
        before Email.

        ### Question 1: which channel?

        An ad on Facebook has the tags `utm_source=facebook&utm_medium=paid_social`. Under which
        channel do the visits land?
        """,
    ),
    code("q1.widget()", tags=("nbval-ignore-output",), exercise="01.q1"),
    md(
        sv="""
        ### Fråga 4: tagga nyhetsbrevet

        Nyhetsbrevet vecka 51 länkar till julklappssidan
        `https://www.fjallgarden.se/kampanj/julklappar_2025`. Bygg länken med source
        `newsletter`, kampanjen `nyhetsbrev_v51` och ett medium som gör att GA4 sorterar
        besöken under **Email**.
        """,
        en="""
        ### Question 4: tag the newsletter

        The newsletter of week 51 links to the Christmas gift page
        `https://www.fjallgarden.se/kampanj/julklappar_2025`. Build the link with source
        `newsletter`, the campaign `nyhetsbrev_v51` and a medium that makes GA4 file the visits
        under **Email**.
        """,
    ),
    code("answer_4 = ____", exercise="01.q4"),
    code("q4.check()"),
    code("# q4.solution()"),
    md(
        sv="""
        ### Sessioner och köp per kanal

        En **session** är ett besök, från att någon landar tills den går, och behåller taggarna
        från länken den började med, så vi kan räkna besök och köp per kanal direkt ur
        händelseloggen:
        """,
        en="""
        ### Sessions and purchases per channel

        A **session** is a visit, from landing to leaving, and keeps the tags of the link it
        started from, so we can count visits and purchases per channel straight from the event
        log:
        """,
    ),
    code(
        """
        channels = sessions_per_channel(world.events)
        channels
        """
    ),
    code("plot_channels(channels)"),
    md(
        sv="""
        Direct är störst: många skriver in adressen eller har den som bokmärke. Men Direct betyder
        bara att besöket saknade källa, så även otaggade länkar hamnar här.

        ### Fråga 5: hur många besök gav nyhetsbrevet?

        Hur många sessioner kom från kanalen **Email**? Hämta talet ur tabellen `channels` i
        stället för att skriva av det.
        """,
        en="""
        Direct is the largest: many people type the address or use a bookmark. But Direct only
        means the visit had no source, so untagged links land here too.

        ### Question 5: how many visits did the newsletter bring?

        How many sessions came from the **Email** channel? Take the number from the table
        `channels` instead of copying it by hand.
        """,
    ),
    code("answer_5 = ____", exercise="01.q5"),
    code("q5.check()"),
    code("# q5.solution()"),
    md(
        sv="""
        ### Fördjupning (valfri), fråga 6: bäst köpandel

        Vilken kanal har flest köp per 100 sessioner (kolumnen `purchase_rate`)? Fundera också
        på varför just den kanalen ligger högst.
        """,
        en="""
        ### Going further (optional), question 6: best purchase rate

        Which channel has the most purchases per 100 sessions (the column `purchase_rate`)?
        Think also about why that particular channel comes out on top.
        """,
    ),
    code("q6.widget()", tags=("nbval-ignore-output",), exercise="01.q6"),
    md(
        sv="""
        ## Big data: hur mycket data lämnar en kund?

        Varje klick, sidvisning och köp är en post. Vi räknar varje kunds poster på ett år:
        webbhändelser, pixelhändelser, köp och orderrader. Händelseloggen täcker bara november
        och december, med Black Week och julhandel, så uppskattningen för ett år blir snarare för
        hög än för låg. *Värden* är poster gånger uppgifter per post (tid, sida, kategori,
        kanal …).
        """,
        en="""
        ## Big data: how much data does one customer leave?

        Every click, page view and purchase is a record. We count each customer's records in a
        year: web events, pixel events, orders and order lines. The event log covers only
        November and December, with Black Week and Christmas, so the yearly estimate is more
        likely too high than too low. *Values* are records times fields per record (time, page,
        category, channel …).
        """,
    ),
    code(
        """
        from course_lib.tracking import data_points_per_customer, data_points_summary, plot_data_points
        points = data_points_per_customer(world)
        data_points_summary(points)
        """
    ),
    code("plot_data_points(points)"),
    md(
        sv="""
        De flesta kunder handlar sällan och loggar aldrig in, så medelvärdet är lågt, men den kund
        som lämnar mest har mångdubbelt fler poster, med flera värden i varje. Räknat på en miljon
        kunder blir det hundratals miljoner värden om året (sista kolumnen), och ändå spårar
        Fjällgården lite jämfört med webbplatser som också registrerar skrollning, filmer som
        spelas och sökningar.

        Det är därför vi talar om **big data**: nya verktyg samlar in mycket fler datapunkter än
        förr, för fler människor och oftare. Artificiell intelligens lär sig av den mängden.

        I vänsterbilden syns att Fjällgården bara kan knyta webbhändelser till kunder som har
        loggat in; andra besök finns i loggen utan namn.
        """,
        en="""
        Most customers shop rarely and never log in, so the mean is low, but the customer who
        leaves the most has many times more records, each with several values. For a million
        customers that is hundreds of millions of values a year (the last column), though
        Fjällgården tracks little compared with sites that also record scrolling, videos played
        and searches.

        That is why we talk about **big data**: new tools collect far more data points than
        before, for more people, more often. Artificial intelligence learns from that volume.

        The left picture shows that Fjällgården can tie web events only to customers who have
        logged in; other visits are in the log without a name.
        """,
    ),
    md(
        sv="""
        ## Sammanfattning

        - Allt kunden gör blir data, på webben, i butik och i kopiorna som pixeln skickar till
          annonsplattformen. Som tidslinje är det en kundresa.
        - Du får bara den data du har planerat för. En **spårningsplan** namnger händelserna och
          deras egenskaper: `Objekt Handling` i dåtid, egenskaper i `snake_case`, aldrig namn
          byggda av data.
        - **UTM-taggar** (source, medium, campaign, content, term) talar om var besökaren kom
          ifrån. GA4 sorterar besöken i kanaler efter source, medium och ibland kampanjnamnet;
          fel ord ger Unassigned.
        - En kund kan lämna hundratals poster och tusentals värden om året. Över alla kunder blir
          det **big data**.

        **Prova med din egen organisation:**

        1. Välj en av era kunder. Vilka spår lämnar hen under en månad, och i vilka system?
        2. Vilka tre frågor om kunderna vill ni kunna besvara, och vilka händelser och
           egenskaper behöver spårningsplanen för dem?
        3. Hur taggar ni länkar i nyhetsbrev och annonser i dag? Kontrollera era värden för
           `utm_source` och `utm_medium` med `channel_for`: vilken kanal hamnar de i?
        """,
        en="""
        ## Summary

        - Everything a customer does becomes data, on the web, in stores and in the copies the
          pixel sends to the ad platform. As a timeline it is a customer journey.
        - You get only the data you planned for. A **tracking plan** names the events and their
          properties: `Object Action` in the past tense, properties in `snake_case`, never names
          built from data.
        - **UTM tags** (source, medium, campaign, content, term) say where the visitor came
          from. GA4 sorts visits into channels by source, medium and sometimes the campaign
          name; a wrong word gives Unassigned.
        - One customer can leave hundreds of records and thousands of values a year. Over every
          customer, that is **big data**.

        **Try it with your own organisation:**

        1. Pick one of your customers. Which traces do they leave in a month, and in which
           systems?
        2. Which three questions about your customers do you want to answer, and which events
           and properties does the tracking plan need for them?
        3. How do you tag links in newsletters and ads today? Check your `utm_source` and
           `utm_medium` values with `channel_for`: which channel do they land in?
        """,
    ),
]
