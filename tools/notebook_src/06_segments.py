"""Notebook 06: from three factors to five segments: rules, the builder, profiles, warnings,
k-means for comparison and exports (the learner's own file and SQL are in notebook 10)."""

from nbsource import code, md

NOTEBOOK = {
    "number": "06",
    "slug": {"sv": "06-segment", "en": "06-segments"},
    "title": {"sv": "Från tre faktorer till fem segment", "en": "From three factors to five segments"},
}

WIDGET = ("nbval-ignore-output",)

CELLS = [
    md(
        sv="""
        # 06 · Från tre faktorer till fem segment

        Nu ska datan göra nytta. Lektionens råd är enkelt. Samla inte in allt som går, utan
        börja med **tre viktiga faktorer** och gör **4–5 målgruppssegment** av dem. Ett segment
        är en grupp kunder som får samma budskap, till exempel ”vandrare över 35” eller
        ”unga löpare i storstan”.

        I den här notebooken bygger du segment på Fjällgårdens kunder, först i kod och sedan
        med ett verktyg med reglage. Du läser segmentens profiler, bestämmer budskap, ser när
        arbetsboken varnar och jämför dina segment med en gruppering som datorn hittar själv.
        Till sist exporterar du segmenten.
        """,
        en="""
        # 06 · From three factors to five segments

        Now the data gets to work. The lesson's advice is simple: do not collect everything you
        can, but start with **three important factors** and build **4–5 audience segments** from
        them. A segment is a group of customers who get the same message, such as "hikers over
        35" or "young runners in the big cities".

        In this notebook you build segments on Fjällgården's customers, first in code and then
        with a tool that has sliders. You read the segments' profiles, decide on messages, see
        when the workbook warns, and compare your segments with a grouping the computer finds by
        itself. Finally you export the segments.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - varför tre faktorer och 4–5 segment räcker långt;
        - att skriva segment som regler (`where("age").between(25, 40)`) och räkna dem;
        - att bygga och ändra segment med segmentbyggaren;
        - att läsa ett segments profil och välja budskap efter den;
        - vilka varningar som gäller: 100-gränsen, överlapp och särskilda kategorier;
        - hur regelbaserade segment skiljer sig från en datadriven gruppering (k-means);
        - att exportera segmenten till Meta, Google och Excel.
        """,
        en="""
        ## What you learn here

        - why three factors and 4–5 segments go a long way;
        - writing segments as rules (`where("age").between(25, 40)`) and counting them;
        - building and changing segments with the segment builder;
        - reading a segment's profile and choosing a message from it;
        - which warnings apply: the 100 minimum, overlap and special categories;
        - how rule-based segments differ from a data-driven grouping (k-means);
        - exporting the segments to Meta, Google and Excel.
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
        ## Lektionens råd: tre faktorer räcker

        Det finns sätt att samla in nästan all slags data, men samlar du in för mycket får du
        ändå ingen nytta av den. Det är också lag. GDPR:s princip om **uppgiftsminimering** i
        artikel 5 säger att du bara får samla in det du behöver för ändamålet [ref:gdpr-art-5].

        Tre faktorer ger redan många kombinationer. Med ålder, ortstyp och huvudintresse kan
        du skilja ”unga löpare i storstan” från ”fiskare på landsbygden”, och det är precis den
        skillnaden som avgör vilket budskap, vilken bild och vilken kanal som passar.

        I notebook 04 valde du dina tre viktigaste faktorer. Här hämtar vi det valet. Har du
        inte gjort notebook 04 används ett standardval som passar en friluftskedja.
        """,
        en="""
        ## The lesson's advice: three factors are enough

        There are ways to collect almost any kind of data, but collect too much and you will
        not get any use out of it. It is also the law: the GDPR's principle of **data
        minimisation** in Article 5 says you may only collect what you need for the purpose
        [ref:gdpr-art-5].

        Three factors already give many combinations. With age, type of place and main interest
        you can tell "young runners in the big cities" from "anglers in the countryside", and
        that difference is exactly what decides which message, which picture and which channel
        fit.

        In notebook 04 you chose your three most important factors. Here we fetch that choice.
        If you have not done notebook 04, a default choice that suits an outdoor retailer is
        used.
        """,
    ),
    code(
        """
        from course_lib import datasets
        from course_lib.choices import load_three_factors
        from course_lib.factors import choice_note, factor_columns, factor_mapping, factor_table

        world = datasets.load()
        customers = world.customers
        choice = load_three_factors()
        print(choice_note(choice))
        factor_table(choice.factors, customers)
        """
    ),
    md(
        sv="""
        En datapunkt kan finnas i flera kolumner. Intressen finns till exempel både som alla
        intressen kunden kryssade i (`interests`) och som huvudintresset (`main_interest`). För
        att segmentera väljer vi kolumnen med få, tydliga värden. De tre kolumnerna sparar vi
        i `columns`, och `mapping` säger vilken datapunkt varje kolumn står för, så att
        tabeller och diagram visar katalogens namn.
        """,
        en="""
        A data point may live in several columns. Interests, for example, exist both as every
        interest the customer ticked (`interests`) and as the main interest (`main_interest`).
        To segment, we pick the column with few, clear values. We keep the three columns in
        `columns`, and `mapping` says which data point each column stands for, so tables and
        charts show the catalogue's names.
        """,
    ),
    code(
        """
        columns = list(factor_columns(choice.factors, customers).values())
        mapping = factor_mapping(choice.factors, customers)
        columns
        """
    ),
    md(
        sv="""
        ## Segment i kod

        Ett segment är ett namn och en regel. En regel läses nästan som en mening:
        `where("age").between(18, 34)` betyder ”där åldern är mellan 18 och 34”. Villkor
        kopplas ihop med `&` (och), `|` (eller) och `.excluding(...)` (utom). Det finns fler
        sorters villkor:

        | Villkor | Betyder |
        |---|---|
        | `.is_in(["vandring", "fiske"])` | värdet är ett av dessa |
        | `.not_in([...])` | värdet är inget av dessa |
        | `.between(25, 40)` | från 25 till och med 40 |
        | `.at_least(35)`, `.at_most(34)` | minst, högst |
        | `.within_last_days(90)` | datumet ligger inom de senaste 90 dagarna |
        | `.is_missing()`, `.is_present()` | uppgiften saknas, finns |

        Värdena skrivs som de står i kunddatan, alltså på svenska: `"storstadsområde"`,
        `"vandring"`. Här är fem segment byggda på standardfaktorerna ålder, ortstyp och
        huvudintresse:
        """,
        en="""
        ## Segments in code

        A segment is a name and a rule. A rule reads almost like a sentence:
        `where("age").between(18, 34)` means "where the age is between 18 and 34". Conditions
        combine with `&` (and), `|` (or) and `.excluding(...)` (except). There are more kinds
        of condition:

        | Condition | Means |
        |---|---|
        | `.is_in(["vandring", "fiske"])` | the value is one of these |
        | `.not_in([...])` | the value is none of these |
        | `.between(25, 40)` | from 25 up to and including 40 |
        | `.at_least(35)`, `.at_most(34)` | at least, at most |
        | `.within_last_days(90)` | the date falls within the last 90 days |
        | `.is_missing()`, `.is_present()` | the value is missing, present |

        Values are written as the customer data holds them, which is in Swedish, as in any
        Swedish CRM: `"storstadsområde"` (metropolitan area), `"större stad"` (larger town),
        `"mindre ort och landsbygd"` (small town and countryside); interests such as
        `"vandring"` (hiking), `"löpning"` (running), `"fiske"` (fishing), `"jakt"` (hunting).
        Here are five segments built on the default factors age, type of place and main
        interest. Their names are Swedish too: young and active in the cities, mountain hikers
        35+, fishing and hunting in the countryside, exercisers 35+ in larger towns, young
        adventurers.
        """,
    ),
    code(
        """
        from course_lib.segments import Segment, evaluate, where

        segments = [
            Segment("Unga och aktiva i storstan",
                    where("age").between(18, 34)
                    & where("urban_rural").is_in(["storstadsområde"])
                    & where("main_interest").is_in(["löpning", "yoga och träning", "cykling"])),
            Segment("Fjällvandrare 35+",
                    where("age").at_least(35)
                    & where("main_interest").is_in(["vandring", "skidåkning", "camping"])),
            Segment("Fiske och jakt på landsbygden",
                    where("urban_rural").is_in(["mindre ort och landsbygd"])
                    & where("main_interest").is_in(["fiske", "jakt"])),
            Segment("Motionärer 35+ i större städer",
                    where("age").at_least(35)
                    & where("urban_rural").is_in(["större stad"])
                    & where("main_interest").is_in(["löpning", "yoga och träning", "cykling"])),
            Segment("Unga äventyrare",
                    where("age").at_most(34)
                    & where("main_interest").is_in(["vandring", "skidåkning", "camping",
                                                    "paddling", "klättring", "fiske", "jakt"])),
        ]
        result = evaluate(customers, segments, factors=columns, mapping=mapping)
        result.sizes
        """
    ),
    md(
        sv="""
        En kund kan höra till flera segment. **Överlappsmatrisen** visar hur många kunder som
        finns i både radens och kolumnens segment (diagonalen är segmentens storlek):
        """,
        en="""
        A customer may belong to several segments. The **overlap matrix** shows how many
        customers are in both the row's and the column's segment (the diagonal holds the
        segments' sizes):
        """,
    ),
    code("result.overlap"),
    md(
        sv="""
        Ska varje kund få **ett** budskap behöver varje kund höra till ett enda segment. Då
        gäller ordningen i listan, och kunden hamnar i det första segment hen passar i. Raden
        Resten är de kunder som inget segment når. Det är helt normalt, för segment handlar om
        att välja bort lika mycket som att välja.
        """,
        en="""
        If each customer is to get **one** message, each customer must belong to a single
        segment. Then the order of the list decides: a customer lands in the first segment
        they fit. The row for the rest holds the customers no segment reaches. That is perfectly
        normal: segmenting is as much about leaving out as about picking.
        """,
    ),
    code("result.exclusive"),
    code("from course_lib.lessons.l06 import q1, q2, q3, q4, q5"),
    md(
        sv="""
        ### Fråga 1: hur stort blir segmentet?

        Hur många kunder är **25–40 år** och bor i ett **storstadsområde**? Ändra regeln i
        provcellen nedan, kör den och skriv antalet i `answer_1`.
        """,
        en="""
        ### Question 1: how large is the segment?

        How many customers are **aged 25–40** and live in a **metropolitan area**
        (`"storstadsområde"`)? Change the rule in the trial cell below, run it and write the
        number in `answer_1`.
        """,
    ),
    code(
        """
        trial = Segment("Prov", where("age").between(18, 99))
        evaluate(customers, [trial]).sizes
        """
    ),
    code("answer_1 = ____", exercise="06.q1"),
    code("q1.check()"),
    code("# q1.solution()"),
    md(
        sv="""
        ### Fråga 2: bygg ett segment efter en beställning

        Marknadschefen vill nå **urbana friluftsmänniskor**: kunder som bor i ett
        **storstadsområde** och har vandring, camping, klättring, paddling eller skidåkning som
        huvudintresse. Segmentet ska bli en kundlista i Meta och Google, så **minst 100** av
        medlemmarna måste ha samtyckt till annonser *och* kännas igen av plattformen
        [ref:meta-customer-list-format, google-audience-size]. Kontrollen räknar ut det åt dig.
        Skriv hela segmentet i `answer_2`, i formen `Segment("Namn", where(...) & where(...))`.
        """,
        en="""
        ### Question 2: build a segment to order

        The head of marketing wants to reach **urban outdoor people**: customers who live in a
        **metropolitan area** and whose main interest is hiking, camping, climbing, paddling
        or skiing (`"vandring"`, `"camping"`, `"klättring"`, `"paddling"`, `"skidåkning"`). The
        segment is to become a customer list in Meta and Google, so **at least 100** members
        must have consented to ads *and* be recognised by the platform
        [ref:meta-customer-list-format, google-audience-size]. The check works it out for you.
        Write the whole segment in `answer_2`, in the form `Segment("Name", where(...) & where(...))`.
        """,
    ),
    code("answer_2 = ____", exercise="06.q2"),
    code("q2.check()"),
    code("# q2.solution()"),
    md(
        sv="""
        ## Segmentbyggaren

        Samma sak går att göra med reglage. Byggaren startar med dina tre faktorer och de fem
        segmenten ovan. Byt faktor i rutorna Faktor 1–3, ändra antal segment, dra i
        åldersreglagen och markera värden i listorna. Sammanfattningen överst visar storlekarna
        direkt, och profilerna ritas om strax efter. Har du ändrat för mycket tar **Ångra** dig
        tillbaka ett steg i taget.

        Allt går att göra med tangentbordet. **Tab** flyttar mellan reglagen, piltangenterna
        flyttar ett reglage eller en markering, **Home** och **End** går till ändarna, och
        **Ctrl/Cmd + klick** eller **Shift + pil** markerar flera värden i en lista.
        """,
        en="""
        ## The segment builder

        The same can be done with controls. The builder starts with your three factors and the
        five segments above. Change a factor in the boxes Factor 1–3, change the number of
        segments, drag the age sliders and select values in the lists. The summary at the top
        shows the sizes at once, and the profiles are redrawn a moment later. If you changed too
        much, **Undo** takes you back one step at a time.

        Everything works with the keyboard: **Tab** moves between controls, the arrow keys move
        a slider or a selection, **Home** and **End** jump to the ends, and **Ctrl/Cmd + click**
        or **Shift + arrow** selects several values in a list.
        """,
    ),
    code(
        """
        from course_lib.widgets.segment_builder import SegmentBuilder

        builder = SegmentBuilder(customers, factors=columns, segments=segments, mapping=mapping)
        builder
        """,
        tags=WIDGET,
    ),
    md(
        sv="""
        Det du bygger går att hämta tillbaka i Python: `builder.segments` är segmenten,
        `builder.result` resultatet och `builder.factors` faktorerna. Vill du fortsätta
        notebooken med dina egna segment skriver du `segments = builder.segments` i en ny cell
        och kör resten av cellerna. Knapparna under byggaren sparar och exporterar direkt.
        """,
        en="""
        What you build can be fetched back in Python: `builder.segments` are the segments,
        `builder.result` the result and `builder.factors` the factors. To continue the notebook
        with your own segments, write `segments = builder.segments` in a new cell and run the
        remaining cells. The buttons under the builder save and export straight away.
        """,
    ),
    code("[segment.name for segment in builder.segments]"),
    md(
        sv="""
        ## Läs profilerna och välj budskap

        Ett segments **profil** visar hur det skiljer sig från hela kundbasen. Staplarna är
        segmenten, det svarta strecket är hela basen. Där en stapel sticker upp över strecket
        har segmentet fler av den sortens kunder än genomsnittet.
        """,
        en="""
        A segment's **profile** shows how it differs from the whole customer base. The bars are
        the segments, the black line is the whole base. Where a bar rises above the line, the
        segment has more of that kind of customer than average.
        """,
    ),
    code(
        """
        from course_lib.segments.plots import plot_profiles
        plot_profiles(result)
        """
    ),
    # The numbers behind the chart, for anyone who cannot see the bars.
    code(
        """
        from course_lib.segments.plots import profile_table
        profile_table(result)
        """
    ),
    md(
        sv="""
        Profilen visar också vad segmenten är värda. Tabellen nedan har omsättning och antal
        ordrar per kund de senaste tolv månaderna, andelen av omsättningen och andelen som har
        samtyckt till e-post och annonser:
        """,
        en="""
        The profile also shows what the segments are worth. The table below has revenue and
        orders per customer over the last twelve months, the share of revenue and the share who
        consented to e-mail and ads:
        """,
    ),
    code("result.measures.round(2)"),
    md(
        sv="""
        Läs tabellen. Vilket segment är störst, vilket står för mest av omsättningen och vilket
        handlar för minst per person? Ett segment som handlar för lite i dag kan vara värt att
        vinna för att kunderna blir viktiga senare, men knappast med dyra kampanjer. Raden för
        samtycke till annonser visar hur stor del av varje segment som får komma med på en
        annonslista, och av dem hittar plattformen bara en del.

        ### Fråga 3: ett budskap per segment

        Para ihop varje budskap med det segment det passar bäst. Välj i listorna och tryck på
        **Kontrollera**.
        """,
        en="""
        Read the table. Which segment is largest, which brings in most of the revenue and which
        spends least per person? A segment that spends little today may be worth winning because
        its customers become important later, but hardly with expensive campaigns. The row for
        consent to ads shows how much of each segment may go on an ad list, and the platform
        finds only some of those.

        ### Question 3: one message per segment

        Pair each message with the segment it fits best. Choose in the lists and press
        **Check**.
        """,
    ),
    code("q3.widget()", tags=WIDGET, exercise="06.q3"),
    md(
        sv="""
        **Fundera själv:** vilken bild, vilken kanal och vilken tid på året passar varje
        segment? Profilen säger till exempel om segmentet handlar mest på webben eller i butik.
        """,
        en="""
        **Think for yourself:** which picture, which channel and which time of year suit each
        segment? The profile tells you, for instance, whether the segment shops mostly on the
        web or in a store.
        """,
    ),
    md(
        sv="""
        ## Varningarna: när ett segment inte bör användas

        Arbetsboken varnar i tre fall. Varningarna stoppar dig inte, de förklarar.

        - **Färre än 100 som plattformen kan använda.** Meta råder till minst 100 personer i en
          kundlista, och Google Customer Match kräver minst 100 aktiva medlemmar innan listan
          används [ref:meta-customer-list-format, google-audience-size]. Det som räknas är inte
          segmentets storlek utan de som har samtyckt till annonser och som plattformen känner
          igen: hos Fjällgården ungefär hälften, och av dem omkring två av tre. Tabellen
          `platform_reach` visar det för varje segment.
        - **Stort överlapp.** Finns mer än hälften av ett segment också i ett annat kan samma
          person få två olika budskap. Ändra reglerna eller bestäm vilket segment som går före.
        - **Särskilda kategorier.** Politiska åsikter, hälsa, religion, etniskt ursprung,
          fackmedlemskap och sexuell läggning är känsliga personuppgifter enligt artikel 9 i
          GDPR. De får bara behandlas om ett undantag i artikel 9.2 gäller, till exempel
          uttryckligt samtycke [ref:gdpr-art-9]. Sedan januari 2022 går det inte heller att rikta
          nya annonser på Meta efter politisk tillhörighet, hälsa eller religion
          [ref:meta-sensitive-targeting-2021].

        Här är tre segment som väcker de två första varningarna:
        """,
        en="""
        ## The warnings: when a segment should not be used

        The workbook warns in three cases. The warnings do not stop you; they explain.

        - **Fewer than 100 the platform can use.** Meta advises at least 100 people in a
          customer list, and Google Customer Match needs at least 100 active members before a
          list serves [ref:meta-customer-list-format, google-audience-size]. What counts is not
          the segment's size but the people who consented to ads and whom the platform
          recognises: at Fjällgården about half, and of those around two in three. The table
          `platform_reach` shows it for each segment.
        - **Large overlap.** If more than half of one segment is also in another, the same
          person may get two different messages. Change the rules or decide which segment comes
          first.
        - **Special categories.** Political opinions, health, religion, ethnic origin, trade-union
          membership and sexual orientation are special categories under Article 9 of the GDPR.
          They may be processed only if an exception in Article 9(2) applies, such as explicit
          consent [ref:gdpr-art-9]. Since January 2022 new ads on Meta can no longer be targeted
          on political affiliation, health or religion either
          [ref:meta-sensitive-targeting-2021].

        Here are three segments that set off the first two warnings (climbers in the cities,
        all hikers, hikers 35+):
        """,
    ),
    code(
        """
        risky = [
            Segment("Klättrare i storstan",
                    where("main_interest").is_in(["klättring"])
                    & where("urban_rural").is_in(["storstadsområde"])),
            Segment("Alla vandrare", where("main_interest").is_in(["vandring"])),
            Segment("Vandrare 35+", where("main_interest").is_in(["vandring"]) & where("age").at_least(35)),
        ]
        checked = evaluate(customers, risky)
        for warning in checked.warnings:
            print(warning)
        checked.platform_reach
        """
    ),
    md(
        sv="""
        Fjällgårdens egen kundtabell har ingen uppgift om politisk åsikt, och det är bra. Men
        en datamäklare säljer en fil med gissade åsikter (påhittade partier). Vad händer om
        någon kopplar ihop den med kundtabellen och gör ett segment på den?
        """,
        en="""
        Fjällgården's own customer table holds no political opinions, and that is good. But a
        data broker sells a file with guessed opinions (invented parties). What happens if
        someone joins it to the customer table and builds a segment on it?
        """,
    ),
    code(
        """
        broker = world.third_party_attributes[["customer_id", "political_opinion"]]
        enriched = customers.merge(broker, on="customer_id", how="left")
        voters = Segment("Parti A-väljare", where("political_opinion").is_in(["Parti A (påhittat)"]))
        for warning in evaluate(enriched, [voters]).warnings:
            print(warning)
        """
    ),
    md(
        sv="""
        Det spelar ingen roll att uppgiften är köpt, gissad eller hashad. En politisk åsikt är en
        känslig personuppgift var den än kommer ifrån, och en hashad uppgift är fortfarande en
        personuppgift [ref:gdpr-art-9, gdpr-recital-26]. Varningen kommer också när ett värde
        bara *antyder* en särskild kategori, till exempel ett intresse som heter ”kyrkokör”.

        ### Fråga 4: räcker det till en kundlista?

        Vilket av de här segmenten är stort nog att bli en kundlista i Meta eller Google? Pröva
        gärna med `evaluate(customers, [...]).platform_reach` i en ny cell innan du svarar.
        """,
        en="""
        It makes no difference whether the data was bought, guessed or hashed: a political
        opinion is a special category wherever it comes from, and hashed data is still personal
        data [ref:gdpr-art-9, gdpr-recital-26]. The warning also appears when a
        value merely *hints* at a special category, such as an interest called "kyrkokör"
        (church choir).

        ### Question 4: enough for a customer list?

        Which of these segments is big enough to become a customer list in Meta or Google? Feel
        free to try them with `evaluate(customers, [...]).platform_reach` in a new cell before
        you answer.
        """,
    ),
    code("q4.widget()", tags=WIDGET, exercise="06.q4"),
    md(
        sv="""
        ## Jämför med en datadriven gruppering

        Dina segment bygger på en idé: du bestämde gränserna. Det omvända är att låta datorn
        hitta grupper av kunder som liknar varandra, utan någon idé i förväg. Den vanligaste
        metoden heter **k-means**. Den väljer fem mittpunkter, lägger varje kund hos den
        närmaste, flyttar mittpunkterna till mitten av sina kunder och upprepar tills inget
        ändras. Här får den samma tre faktorer som dina segment.
        """,
        en="""
        ## Compare with a data-driven grouping

        Your segments rest on an idea: you set the limits. The opposite is to let the computer
        find groups of customers who resemble each other, with no idea in advance. The most
        common method is called **k-means**: it picks five centres, puts each customer with the
        nearest, moves each centre to the middle of its customers and repeats until nothing
        changes. Here it gets the same three factors as your segments.
        """,
    ),
    code(
        """
        from course_lib.clustering import cluster_customers, compare_groupings, describe_clusters

        clusters = cluster_customers(customers, columns, k=5, seed=0)
        describe_clusters(customers, clusters, columns, mapping=mapping)
        """
    ),
    md(
        sv="""
        Tabellen visar varje klusters storlek, medianåldern och det vanligaste värdet för de
        andra faktorerna. Korstabellen nedan visar hur dina segment fördelar sig över
        klustren:
        """,
        en="""
        The table shows each cluster's size, the median age and the most common value of the
        other factors. The crosstab below shows how your segments spread over the clusters:
        """,
    ),
    code("compare_groupings(result.groups, clusters)"),
    md(
        sv="""
        **Vad säger jämförelsen?**

        - K-means delar framför allt upp kunderna efter de faktorer där skillnaderna är
          tydligast i datan. Titta på procenttalen i tabellen. Ålder och ortstyp skiljer
          klustren åt, medan huvudintresset, som styr vilket budskap du skriver, bara delas av
          en minoritet i varje kluster.
        - Ett kluster har ingen regel, bara en mittpunkt. Som lista över kunder går det att
          ladda upp precis som ett segment, men det går inte att förklara för en kollega med en
          mening, och en ny kund hamnar inte i något kluster förrän du kör k-means igen.
        - Klustren täcker alla kunder. Dina segment lämnar en rest, med avsikt.
        - Korstabellen visar att fjällvandrarna 35+ är utspridda över flera kluster. För k-means
          är de ingen grupp, för dig är de det, eftersom de vill ha samma budskap. Vad som är en
          bra grupp beror på vad du ska säga till den.
        - K-means är ändå användbart som kontroll, eftersom ett kluster som inget segment når kan
          vara en målgrupp du har missat.

        **Fördjupning (valfri):** pröva `k=4` eller ett annat `seed` och se hur klustren
        ändras. Ändras de mycket är grupperna inte särskilt tydliga i datan.
        """,
        en="""
        **What does the comparison say?**

        - K-means divides the customers above all by the factors where the differences in the
          data are clearest. Look at the percentages in the table. Age and type of place set
          the clusters apart, while the main interest, which steers the message you write, is
          shared by only a minority in each cluster.
        - A cluster has no rule, only a centre. As a list of customers it can be uploaded just
          like a segment, but it cannot be explained to a colleague in one sentence, and a new
          customer joins no cluster until you run k-means again.
        - The clusters cover every customer. Your segments leave a rest, on purpose.
        - The crosstab shows the mountain hikers 35+ spread over several clusters. To k-means
          they are no group; to you they are, because they want the same message. What makes a
          good group depends on what you are going to say to it.
        - K-means is still useful as a check: a cluster that no segment reaches may be an
          audience you have missed.

        **Going further (optional):** try `k=4` or another `seed` and see how the clusters
        change. If they change a lot, the groups are not very clear in the data.
        """,
    ),
    md(
        sv="""
        ## Exportera segmenten

        Först sparar vi segmenten som en fil, så att de går att läsa in igen med
        `load_segments()`:
        """,
        en="""
        ## Export the segments

        First we save the segments as a file, so they can be read back with `load_segments()`:
        """,
    ),
    code(
        """
        from course_lib.segments import export_audiences, export_excel, save_segments
        save_segments(segments)
        """
    ),
    md(
        sv="""
        Sedan gör vi kundlistor för Meta och Google. Exporten tar bara med kunder som har
        **samtyckt till annonser**, och ingen e-postadress eller telefonnummer lämnar huset i
        klartext. De normaliseras och hashas med SHA-256 (Meta vill ha telefon som 46701234567,
        Google som +46701234567). Filerna hamnar i mappen `my_work/exports/`.

        Den hashade listan är fortfarande personuppgifter, och för listan är Fjällgården och
        plattformen gemensamt personuppgiftsansvariga [ref:gdpr-recital-26, edpb-8-2020].
        """,
        en="""
        Then we make customer lists for Meta and Google. The export only includes customers who
        **consented to ads**, and no e-mail address or phone number leaves the building in
        plain text. They are normalised and hashed with SHA-256 (Meta wants the phone as
        46701234567, Google as +46701234567). The files go into the folder `my_work/exports/`.

        The hashed list is still personal data, and for the list Fjällgården and the platform
        are joint controllers [ref:gdpr-recital-26, edpb-8-2020].
        """,
    ),
    code("export_audiences(customers, segments)"),
    md(
        sv="""
        Så här ser början av en fil för Meta ut. Plattformen hashar sina egna användares
        uppgifter på samma sätt och jämför hashvärdena:
        """,
        en="""
        This is how the start of a file for Meta looks. The platform hashes its own users'
        details the same way and compares the hashes:
        """,
    ),
    code(
        """
        import pandas as pd
        from course_lib import work_dir
        pd.read_csv(work_dir() / "exports" / "fjallvandrare-35-meta.csv").head(3)
        """
    ),
    md(
        sv="""
        För kollegor som lever i Excel finns en arbetsbok med en sammanfattning per segment och
        en flik med medlemmarna (bara hashade uppgifter):
        """,
        en="""
        For colleagues who live in Excel there is a workbook with a summary per segment and a
        sheet with the members (hashed details only):
        """,
    ),
    code("export_excel(customers, segments)"),
    md(
        sv="""
        ### Fråga 5: vad stämmer?

        Vilka påståenden är sanna? Svara med en lista av bokstäver, till exempel `["A", "B"]`.

        - A. För en kundlista räknas de som plattformen kan matcha bland dem som samtyckt,
          inte alla i segmentet.
        - B. Politisk åsikt får användas om uppgiften är köpt från en datamäklare.
        - C. När två segment överlappar kan samma person få två olika budskap.
        - D. Hashad e-post betyder att kunden inte behöver ha samtyckt.
        - E. K-means hittar grupper som liknar varandra, men den säger inte vilket budskap en
          grupp ska få.
        """,
        en="""
        ### Question 5: what is true?

        Which statements are true? Answer with a list of letters, for example `["A", "B"]`.

        - A. For a customer list, what counts is the people the platform can match among those
          who consented, not everyone in the segment.
        - B. Political opinion may be used if the data was bought from a data broker.
        - C. When two segments overlap, the same person may get two different messages.
        - D. A hashed e-mail address means the customer need not have consented.
        - E. K-means finds groups of similar customers, but it does not say which message a
          group should get.
        """,
    ),
    code("answer_5 = ____", exercise="06.q5"),
    code("q5.check()"),
    code("# q5.solution()"),
    md(
        sv="""
        ## Sammanfattning

        - Börja med **tre faktorer** och gör **4–5 segment**. Mer data ger inte bättre segment,
          och GDPR kräver att du bara samlar in det du behöver [ref:gdpr-art-5].
        - Ett segment är ett namn och en regel: `where("age").at_least(35) & ...`. Samma regel
          räknas i arbetsboken och exporteras till plattformarna.
        - Läs **profilen** innan du skriver budskapet: vem är i segmentet, vad är de värda, har
          de samtyckt?
        - **Varningarna:** minst 100 personer, lite överlapp, inga känsliga personuppgifter
          [ref:gdpr-art-9].
        - **K-means** hittar grupper i datan men ger inga regler och inga budskap. Använd den
          som kontroll av dina segment, inte i stället för dem.
        - Exporten tar bara med kunder som samtyckt, och bara hashade uppgifter.

        Vill du pröva segmenten på en egen kundfil, eller se dem som SQL i ett datalager,
        fortsätter du i notebook 10, en valfri fördjupning efter avslutningen.

        **Prova med din egen organisation:**

        1. Vilka tre faktorer skulle ni välja, och finns de redan i ert CRM-system?
        2. Vilka 4–5 segment vill ni nå, och vilket budskap ska vart och ett få?
        3. Hur många i varje segment har samtyckt till annonser? Räcker det till 100?
        4. Finns det någon uppgift i era system som ligger nära en särskild kategori (hälsa,
           tro, politik) och som ni borde sluta använda?
        """,
        en="""
        ## Summary

        - Start with **three factors** and build **4–5 segments**. More data does not make
          better segments, and the GDPR requires you to collect only what you need
          [ref:gdpr-art-5].
        - A segment is a name and a rule: `where("age").at_least(35) & ...`. The same rule is
          counted in the workbook and exported to the platforms.
        - Read the **profile** before you write the message: who is in the segment, what are
          they worth, have they consented?
        - **The warnings:** at least 100 people, little overlap, no special categories
          [ref:gdpr-art-9].
        - **K-means** finds groups in the data but gives no rules and no messages. Use it to
          check your segments, not instead of them.
        - The export includes only customers who consented, and only hashed details.

        To try the segments on a customer file of your own, or to see them as SQL in a data
        warehouse, go on to notebook 10, optional further study after the capstone.

        **Try it with your own organisation:**

        1. Which three factors would you choose, and are they already in your CRM system?
        2. Which 4–5 segments do you want to reach, and which message should each get?
        3. How many in each segment have consented to ads? Is it enough for 100?
        4. Is there any data in your systems that comes close to a special category (health,
           belief, politics) and that you should stop using?
        """,
    ),
]
