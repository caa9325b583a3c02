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

        Varje gång en kund gör något lämnar det ett spår: ett klick på en annons, en produkt
        som visas, ett köp i kassan i Uppsala. Som marknadsförare vill vi läsa de spåren för att
        förstå hur målgruppen beter sig och för att tala till den på ett bättre sätt. Men spåren
        blir bara användbara om vi har bestämt i förväg **vilken data vi vill ha** och satt upp
        spårning och taggning för att få in den.

        I den här notebooken följer du en av Fjällgårdens kunder genom händelseloggen, skriver
        en spårningsplan, taggar länkar med UTM-parametrar och räknar hur mycket data en enda
        kund lämnar efter sig på ett år.
        """,
        en="""
        # 01 · Data everywhere: tracking and tagging

        Every time a customer does something, it leaves a trace: a click on an ad, a product
        shown, a purchase at the till in Uppsala. As marketers we want to read those traces to
        understand how our audience behaves and to speak to it better. But the traces are only
        useful if we have decided in advance **which data we want** and set up tracking and
        tagging to collect it.

        In this notebook you follow one of Fjällgården's customers through the event log, write
        a tracking plan, tag links with UTM parameters and count how much data a single customer
        leaves behind in a year.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - att varje aktivitet, på webben och i butik, blir data som går att följa över tid;
        - vad en **spårningsplan** är: vilka händelser, med vilka egenskaper, och vad de ska heta;
        - hur du bygger **UTM-taggade länkar**, läser taggarna ur händelserna och sorterar
          besöken i kanaler med GA4:s regler;
        - varför vi talar om **big data**: hur många datapunkter en kund ger upphov till.
        """,
        en="""
        ## What you learn here

        - that every activity, on the web and in a store, becomes data you can follow over time;
        - what a **tracking plan** is: which events, with which properties, and what they are
          called;
        - how to build **UTM-tagged links**, read the tags out of the events and sort visits
          into channels with GA4's rules;
        - why we talk about **big data**: how many data points one customer gives rise to.
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
        varje produkt som visas och varje köp. Kassorna i butikerna sparar köpen i ordertabellen.
        Och där kunden har godkänt annonskakor skickar webbplatsens **pixel** en kopia av
        händelserna till annonsplattformen. Utan det godkännandet får pixeln inte skicka något
        [ref:lek-9-28].

        Vi följer kunden **C0001998**, Elin. Funktionen `customer_journey` samlar allt som finns
        om henne under de två månader som händelseloggen täcker, en rad per spår:
        """,
        en="""
        ## Every activity leaves traces

        Fjällgården's web shop sends an **event** to the event log for every page view, every
        product shown and every purchase. The tills in the stores save purchases in the orders
        table. And where the customer has accepted ad cookies, the website's **pixel** sends a
        copy of the events to the ad platform. Without that consent the pixel may send nothing
        [ref:lek-9-28].

        We follow customer **C0001998**, Elin. The function `customer_journey` gathers
        everything there is about her during the two months the event log covers, one row per
        trace:
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
        Som tabell är det svårt att se mönstret. Som tidslinje, med en rad för varje sorts spår,
        blir kundresan tydlig:
        """,
        en="""
        As a table the pattern is hard to see. As a timeline, with one lane for each kind of
        trace, the customer journey becomes clear:
        """,
    ),
    code("plot_timeline(journey)"),
    md(
        sv="""
        Läs bilden från vänster:

        - I början av november klickar Elin på en länk i nyhetsbrevet. Hon tittar på
          friluftskläder, lägger något i varukorgen, loggar in och går till kassan, men lämnar
          den utan att köpa.
        - Nästa kväll klickar hon på en annons på Facebook, tittar på friluftskläder igen och
          köper.
        - Några dagar senare kommer hon tillbaka via en sökannons på Google, tittar på
          träningskläder och lägger i varukorgen, men köper inte.
        - Strax före jul handlar hon i butiken i Uppsala.
        - Efter jul klickar hon på en länk i nyhetsbrevet.

        Lägg märke till två saker. Klicken *före* inloggningen vet vi ändå är Elins, eftersom de
        kommer från samma webbläsare (samma kaka) som hon senare loggade in från. Och den gula
        raden längst ned visar att nästan varje klick också skickades till annonsplattformen,
        eftersom Elin har godkänt annonskakor.

        Välj en annan kund i listan för att se en annan resa. Vissa handlar mest i butik.
        """,
        en="""
        Read the picture from the left:

        - Early in November Elin clicks a link in the newsletter. She looks at outdoor
          clothing, adds something to the cart, logs in and goes to the checkout, but leaves it
          without buying.
        - The next evening she clicks an ad on Facebook, looks at outdoor clothing again and
          buys.
        - A few days later she comes back through a search ad on Google, looks at training
          clothes and adds to the cart, but does not buy.
        - Just before Christmas she shops in the store in Uppsala.
        - After Christmas she clicks a link in the newsletter.

        Notice two things. We know the clicks *before* the login are Elin's too, because they
        come from the same browser (the same cookie) she later logged in from. And the yellow lane at the
        bottom shows that almost every click was also sent to the ad platform, because Elin has
        accepted ad cookies.

        Choose another customer in the list to see another journey. Some shop mostly in stores.
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

        Elins resa finns bara för att någon bestämde att webbutiken ska skicka händelserna
        *Product Viewed*, *Product Added*, *Checkout Started* och *Order Completed*, med rätt
        egenskaper. Det beslutet skrivs ned i en **spårningsplan**: vilka händelser vi samlar
        in, vilka egenskaper varje händelse har och vilken fråga den hjälper oss att besvara.

        Här är Fjällgårdens plan:
        """,
        en="""
        ## Plan activities for the data you want

        Elin's journey exists only because someone decided the web shop should send the events
        *Product Viewed*, *Product Added*, *Checkout Started* and *Order Completed*, with the
        right properties. That decision is written down in a **tracking plan**: which events we
        collect, which properties each event has and which question it helps us answer.

        Here is Fjällgården's plan:
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

        - **Händelser** heter *objekt + handling i dåtid*, på engelska och med stor
          begynnelsebokstav i varje ord: `Order Completed`, `Product Viewed`.
        - **Egenskaper** skrivs i *snake_case*: små bokstäver och understreck, `order_id`.
        - Namn byggs **aldrig av data**. `Viewed Product 4711` gör varje produkt till en egen
          händelse; skriv `Product Viewed` och lägg 4711 i egenskapen `product_id`.

        Varför så noga? Verktygen räknar namn, inte avsikter. `Order Completed` och
        `order completed` blir två olika händelser, och då delas försäljningen i två rader i
        rapporten.

        `check_tracking_plan` går igenom en plan och säger vad som bryter mot reglerna.
        Fjällgårdens egen plan klarar sig:
        """,
        en="""
        ### The naming rules

        The names follow Segment Spec, the standard for event data that the company Segment
        developed [ref:segment-spec]:

        - **Events** are named *object + action in the past tense*, in English with a capital
          initial on every word: `Order Completed`, `Product Viewed`.
        - **Properties** are written in *snake_case*: lower-case letters and underscores,
          `order_id`.
        - Names are **never built from data**. `Viewed Product 4711` makes every product an
          event of its own; write `Product Viewed` and put 4711 in the property `product_id`.

        Why so strict? Because the tools count names, not intentions: `Order Completed` and
        `order completed` become two different events, and the sales are split over two rows in
        the report.

        `check_tracking_plan` goes through a plan and says what breaks the rules. Fjällgården's
        own plan passes:
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

        När Elin klickade på Facebook-annonsen kom hon till en adress med fem små etiketter,
        **UTM-parametrar**, i slutet:

        | Parameter | Säger | Exempel |
        |---|---|---|
        | `utm_source` | vem som skickade besökaren | `facebook`, `google`, `newsletter` |
        | `utm_medium` | vilken sorts trafik | `paid_social`, `cpc`, `email` |
        | `utm_campaign` | vilken kampanj | `black_week_2025` |
        | `utm_content` | vilken annons eller länk | `rod_knapp` |
        | `utm_term` | sökordet i en sökannons | `regnjacka` |

        De tre första bör alltid finnas med: source och medium avgör kanalen, campaign vilken
        kampanj besöket räknas till. Analysverktyget läser dem när besökaren landar och sparar
        dem med varje händelse under besöket.

        Bygg en länk själv. Skriv med versaler, mellanslag eller å, ä, ö och se vad som händer:
        verktyget gör om allt till små bokstäver och kodar tecknen så att länken håller, och det
        varnar om något saknas.
        """,
        en="""
        ## UTM tagging: where did the visitor come from?

        When Elin clicked the Facebook ad she arrived at an address with five small labels,
        **UTM parameters**, at the end:

        | Parameter | Says | Example |
        |---|---|---|
        | `utm_source` | who sent the visitor | `facebook`, `google`, `newsletter` |
        | `utm_medium` | what kind of traffic | `paid_social`, `cpc`, `email` |
        | `utm_campaign` | which campaign | `black_week_2025` |
        | `utm_content` | which ad or link | `red_button` |
        | `utm_term` | the keyword of a search ad | `rain jacket` |

        The first three should always be there: source and medium decide the channel, campaign
        which campaign the visit counts towards. The analytics tool reads them when the visitor lands
        and stores them with every event of the visit.

        Build a link yourself. Type capitals, spaces or å, ä, ö and see what happens: the tool
        turns everything into lower case and encodes the characters so the link holds, and it
        warns when something is missing.
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
        Verktyget anropar funktionen `build_utm_link`, som du också kan använda direkt. Åt andra
        hållet läser `parse_utm` taggarna ur en länk, med å, ä, ö och mellanslag tillbaka:
        """,
        en="""
        The tool calls the function `build_utm_link`, which you can also use directly. The
        other way round, `parse_utm` reads the tags out of a link, with å, ä, ö and spaces
        restored:
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
        I händelseloggen har webbplatsens spårningsskript redan läst taggarna ur adressen och
        lagt dem under `context.campaign` i varje händelse (i Segment Spec heter
        `utm_campaign` där `name`). Här är den allra första händelsen i loggen, ett klick på en
        sökannons, och taggarna som `parse_utm` hittar i den:
        """,
        en="""
        In the event log, the website's tracking script has already read the tags from the
        address and put them under `context.campaign` in every event (in the Segment spec,
        `utm_campaign` is called `name` there). Here is the very first event in the log, a
        click on a search ad, and the tags `parse_utm` finds in it:
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

        Google Analytics 4 sorterar varje besök i en **kanal** efter fasta regler för source,
        medium och ibland kampanjnamnet, utan att bry sig om stora eller små bokstäver. Reglerna
        prövas i tur och ordning, och den första som passar bestämmer kanalen. I korthet:

        - inga taggar alls: **Direct**;
        - ett kampanjnamn som innehåller `cross-network`: **Cross-network**;
        - ett betalt medium, det vill säga `ppc`, `retargeting`, allt som innehåller `cp` (som
          `cpc`) och allt som börjar med `paid`: **Paid Shopping** om källan är en shoppingsajt
          eller kampanjnamnet innehåller `shopping` eller ordet `shop`, annars **Paid Search**
          från en sökmotor, **Paid Social** från ett socialt nätverk och **Paid Video** från en
          videosajt;
        - medium `display`, `banner`, `cpm`, `expandable` eller `interstitial`: **Display**;
          övriga betalda medier: **Paid Other**;
        - utan betalt medium: **Organic Shopping**, **Organic Social** (också medium `social`),
          **Organic Video** (också ett medium som innehåller `video`) och **Organic Search**
          (också medium `organic`);
        - medium `referral`, `app` eller `link`: **Referral**; `email` eller `e-mail`:
          **Email**; `affiliate`: **Affiliates**; `audio`: **Audio**; `sms`: **SMS**; ett
          medium som slutar på `push` eller innehåller `mobile` eller `notification`: **Mobile
          Push Notifications**;
        - besök från AI-assistenter som ChatGPT, där GA4 själv sätter mediet `ai-assistant`:
          **AI Assistant**;
        - allt annat: **Unassigned**, alltså besök som inte kan föras till någon kanal.

        Kanalnamnen är GA4:s egna. Källa: Google Analytics Help, *[GA4] Default channel group*
        (support.google.com/analytics/answer/9756891). `channel_for` följer alla Googles regler
        för taggade länkar i Googles ordning och jämför källan med Googles egen lista över
        sökmotorer, sociala nätverk, video- och shoppingsajter (filen `data/ga4_channels.toml`).
        Klick på annonser i Googles egna annonssystem sorterar GA4 i stället efter
        annonsnätverk, och det syns inte i en länk.
        """,
        en="""
        ### From source and medium to channel

        Google Analytics 4 sorts every visit into a **channel** by fixed rules on source,
        medium and sometimes the campaign name, ignoring upper and lower case. The rules are
        tried in turn, and the first that fits decides the channel. In short:

        - no tags at all: **Direct**;
        - a campaign name that contains `cross-network`: **Cross-network**;
        - a paid medium, that is `ppc`, `retargeting`, anything containing `cp` (such as
          `cpc`) and anything beginning with `paid`: **Paid Shopping** if the source is a
          shopping site or the campaign name contains `shopping` or the word `shop`, otherwise
          **Paid Search** from a search engine, **Paid Social** from a social network and
          **Paid Video** from a video site;
        - medium `display`, `banner`, `cpm`, `expandable` or `interstitial`: **Display**; other
          paid media: **Paid Other**;
        - without a paid medium: **Organic Shopping**, **Organic Social** (also medium
          `social`), **Organic Video** (also a medium containing `video`) and **Organic
          Search** (also medium `organic`);
        - medium `referral`, `app` or `link`: **Referral**; `email` or `e-mail`: **Email**;
          `affiliate`: **Affiliates**; `audio`: **Audio**; `sms`: **SMS**; a medium ending in
          `push` or containing `mobile` or `notification`: **Mobile Push Notifications**;
        - visits from AI assistants such as ChatGPT, where GA4 itself sets the medium
          `ai-assistant`: **AI Assistant**;
        - everything else: **Unassigned**, visits that cannot be assigned to any channel.

        The channel names are GA4's own. Source: Google Analytics Help, *[GA4] Default channel
        group* (support.google.com/analytics/answer/9756891). `channel_for` follows all of
        Google's rules for tagged links in Google's order and compares the source with Google's
        own list of search engines, social networks, video and shopping sites (the file
        `data/ga4_channels.toml`). Clicks on ads from Google's own ad systems are sorted by ad
        network instead, and that does not show in a link.
        """,
    ),
    code('channel_for("google", "cpc")'),
    code('channel_for("Newsletter", "nyhetsbrev")'),
    code('channel_for("newsletter", "email", "black_week_shopping")'),
    md(
        sv="""
        Det andra besöket hamnar i Unassigned: mediet `nyhetsbrev` finns inte i reglerna. Ett
        enda ord fel i en länk, och nyhetsbrevets besök syns inte som e-post i rapporten. Det
        tredje visar att ordningen spelar roll: kampanjnamnet innehåller `shopping`, och Organic
        Shopping prövas före Email.

        ### Fråga 1: vilken kanal?

        En annons på Facebook har taggarna `utm_source=facebook&utm_medium=paid_social`. Under
        vilken kanal hamnar besöken?
        """,
        en="""
        The second visit lands in Unassigned: the medium `nyhetsbrev` is not in the rules. One
        wrong word in a link, and the newsletter's visits do not show up as e-mail in the report.
        The third shows that the order matters: the campaign name contains `shopping`, and
        Organic Shopping is tried before Email.

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

        En **session** är ett besök: från att någon landar på webbplatsen tills den går. Besöket
        behåller taggarna från länken det började med. Därför kan vi räkna besök och köp per
        kanal direkt ur händelseloggen:
        """,
        en="""
        ### Sessions and purchases per channel

        A **session** is a visit: from the moment someone lands on the site until they leave.
        The visit keeps the tags of the link it started from. So we can count visits and
        purchases per channel straight from the event log:
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
        Direct är störst: många skriver in adressen själva eller har den som bokmärke. Men
        Direct betyder bara att besöket saknade uppgift om källa, så hit kan också besök från
        otaggade länkar hamna.

        ### Fråga 5: hur många besök gav nyhetsbrevet?

        Hur många sessioner kom från kanalen **Email**? Hämta talet ur tabellen `channels` i
        stället för att skriva av det.
        """,
        en="""
        Direct is the largest: many people type the address themselves or have it as a
        bookmark. But Direct only means the visit carried no information about its source, so
        visits from untagged links can end up here too.

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

        Varje klick, varje sidvisning och varje köp är en post. Vi räknar hur många poster varje
        kund lämnar på ett år: webbhändelser, pixelhändelser, köp och orderrader. Händelseloggen
        täcker bara november och december, så de talen räknas upp till ett helt år. Eftersom de
        månaderna har Black Week och julhandel blir uppskattningen snarare för hög än för låg.
        *Värden* är posterna gånger antalet uppgifter i varje post (tid, sida, kategori, kanal …).
        """,
        en="""
        ## Big data: how much data does one customer leave?

        Every click, every page view and every purchase is a record. We count how many records
        each customer leaves in a year: web events, pixel events, orders and order lines. The
        event log covers only November and December, so those numbers are scaled up to a whole
        year; as those months have Black Week and the Christmas shopping, the estimate is more
        likely too high than too low. *Values* are the records times the number of fields in
        each record (time, page, category, channel …).
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
        Medelvärdet per kund är lågt, eftersom de flesta kunder handlar sällan och aldrig loggar
        in. Den kund som lämnar mest har mångdubbelt fler poster, och varje post har flera
        värden. Räknat på en miljon kunder blir det hundratals miljoner värden om året (sista
        kolumnen), och ändå spårar Fjällgården ganska lite. En vanlig webbplats registrerar
        också hur långt man skrollar, vilka filmer som spelas, vad man söker efter och var man
        klickar. Varje sådan rörelse är en egen händelse.

        Det är därför vi talar om **big data**. Nya verktyg samlar in många fler datapunkter än
        förr, för fler människor och oftare. Mängden är också det som gör det möjligt att arbeta
        med artificiell intelligens, som behöver mycket data att lära sig av.

        Lägg också märke till vänsterbilden. Fjällgården kan bara knyta webbhändelser till de
        kunder som har loggat in. Alla andra besök finns i loggen, men utan namn.
        """,
        en="""
        The mean per customer is low, because most customers shop rarely and never log in. The
        customer who leaves the most has many times more records, and each record holds several
        values. For a million customers it becomes hundreds of millions of values a year (the
        last column), and Fjällgården still tracks rather little. An ordinary website also
        records how far people scroll, which videos play, what they search for and where they
        click. Every such movement is an event of its own.

        That is why we talk about **big data**: new tools collect many more data points than
        before, for more people and more often. The volume is also what makes it possible to
        work with artificial intelligence, which needs a lot of data to learn from.

        Notice the left picture too: Fjällgården can tie web events only to the customers who
        have logged in. All other visits are in the log, but without a name.
        """,
    ),
    md(
        sv="""
        ## Sammanfattning

        - Allt kunden gör blir data: klick, sidvisningar, köp på webben och i butik, och kopior
          som pixeln skickar till annonsplattformen. Som tidslinje blir det en kundresa.
        - Du får bara den data du har planerat för. En **spårningsplan** säger vilka händelser,
          med vilka egenskaper, och vad de heter: `Objekt Handling` i dåtid, egenskaper i
          `snake_case`, aldrig namn byggda av data.
        - **UTM-taggar** (source, medium, campaign, content, term) talar om var besökaren kom
          ifrån. GA4 sorterar besöken i kanaler efter source, medium och ibland kampanjnamnet;
          fel ord ger Unassigned.
        - En enda kund kan ge upphov till hundratals poster och tusentals värden om året. Räknat
          över alla kunder blir det **big data**.

        **Prova med din egen organisation:**

        1. Välj en av era kunder. Vilka spår lämnar hen under en månad, och i vilka system
           hamnar de?
        2. Vilka tre frågor om kunderna vill ni kunna besvara? Vilka händelser och egenskaper
           behöver spårningsplanen för det?
        3. Hur taggar ni länkarna i nyhetsbrev och annonser i dag? Skriv upp era värden för
           `utm_source` och `utm_medium` och kontrollera med `channel_for` vilken kanal de
           hamnar i.
        """,
        en="""
        ## Summary

        - Everything the customer does becomes data: clicks, page views, purchases on the web
          and in stores, and copies the pixel sends to the ad platform. As a timeline it becomes
          a customer journey.
        - You only get the data you have planned for. A **tracking plan** says which events,
          with which properties, and what they are called: `Object Action` in the past tense,
          properties in `snake_case`, never names built from data.
        - **UTM tags** (source, medium, campaign, content, term) say where the visitor came
          from. GA4 sorts visits into channels by source, medium and sometimes the campaign
          name; a wrong word gives Unassigned.
        - A single customer can give rise to hundreds of records and thousands of values a year.
          Times every customer, that is **big data**.

        **Try it with your own organisation:**

        1. Pick one of your customers. Which traces do they leave in a month, and in which
           systems do they end up?
        2. Which three questions about your customers do you want to be able to answer? Which
           events and properties does the tracking plan need for that?
        3. How do you tag the links in newsletters and ads today? Write down your values for
           `utm_source` and `utm_medium` and check with `channel_for` which channel they land
           in.
        """,
    ),
]
