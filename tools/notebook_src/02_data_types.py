"""Notebook 02: structured, semi-structured and unstructured data, with Fjällgården's own data."""

from nbsource import code, md

NOTEBOOK = {
    "number": "02",
    "slug": {"sv": "02-tre-datatyper", "en": "02-three-data-types"},
    "title": {"sv": "Tre datatyper", "en": "Three data types"},
}

CELLS = [
    md(
        sv="""
        # 02 · Tre datatyper

        Data ser olika ut beroende på var den kommer ifrån. Ett köp i kassan hamnar som en rad i
        en tabell. Ett klick i webbutiken skickas som ett litet JSON-paket med sida, kampanj och
        enhet. En recension är fri text, och en annons är en bild. Lektionen delar in datan i
        tre typer: **strukturerad**, **semistrukturerad** och **ostrukturerad**. Typen avgör hur
        mycket arbete som krävs innan du kan räkna på datan.

        Vi arbetar med Fjällgården, den påhittade kedjan för friluftsutrustning, och tar varje
        datatyp hela vägen till något en marknadsförare kan räkna på.
        """,
        en="""
        # 02 · Three data types

        Data looks different depending on where it comes from. A purchase at the till ends up as
        a row in a table. A click in the web shop is sent as a small JSON package with page,
        campaign and device. A review is free text, and an ad is an image. The lesson sorts data
        into three types: **structured**, **semi-structured** and **unstructured**. The type
        decides how much work it takes before you can count on the data.

        We work with Fjällgården, the made-up chain of outdoor gear stores, and take each data
        type all the way to something a marketer can count.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - vad som skiljer strukturerad, semistrukturerad och ostrukturerad data åt;
        - hur en händelselogg blir antal per kund, kopplat till ett ID;
        - hur JSON-händelser plattas till en tabell, och vilka beslut du måste fatta på vägen;
        - hur recensioner och chattar blir ord och tonläge, och hur ofta en enkel ordlista har
          rätt;
        - hur annonsbilder blir dominerande färger som går att jämföra med klick;
        - att sortera vardagliga exempel på data i de tre typerna.
        """,
        en="""
        ## What you learn here

        - what sets structured, semi-structured and unstructured data apart;
        - how an event log becomes counts per customer, tied to an ID;
        - how JSON events are flattened into a table, and which decisions you must make on the
          way;
        - how reviews and chats become words and tone, and how often a simple word list is right;
        - how ad images become dominant colours that can be compared with clicks;
        - to sort everyday examples of data into the three types.
        """,
    ),
    code(
        """
        import course_lib
        course_lib.start()
        from course_lib import catalog, datasets
        from course_lib.datatypes import *
        from course_lib.lessons.l02 import q1, q2, q3, q4, q5
        world = datasets.load()
        """
    ),
    md(
        sv="""
        Så här beskriver arbetsbokens katalog de tre typerna:
        """,
        en="""
        This is how the workbook's catalogue describes the three types:
        """,
    ),
    code('catalog.entries_frame("data_types")'),
    md(
        sv="""
        ## Strukturerad data: en rad per ID

        Strukturerad data är siffror och värden som redan står i färdiga kolumner och hör till
        ett ID. Kundregistret (CRM-systemet) är det tydligaste exemplet. Det har en rad per
        kundnummer, och varje kolumn betyder samma sak på varje rad. Här är några av kolumnerna:
        """,
        en="""
        ## Structured data: one row per ID

        Structured data is numbers and values that already sit in ready columns and belong to an
        ID. The customer register (the CRM) is the clearest example: one row per customer number,
        and each column means the same thing on every row. Here are a few of the columns:
        """,
    ),
    code("crm_table(world.customers).head()"),
    md(
        sv="""
        Med en sådan tabell kan du sortera, filtrera och räkna direkt. Lektionen säger att
        strukturerad data låter dig se **hur många gånger en viss händelse har skett för en viss
        användare**.

        Webbutiken skickar en händelse varje gång någon tittar på en vara, lägger den i
        varukorgen eller betalar. Räknar vi händelserna per kundnummer blir loggen en
        strukturerad tabell med en rad per kund och en kolumn per sorts händelse.
        """,
        en="""
        With such a table you can sort, filter and count straight away. The lesson says exactly
        that: structured data lets you see **how many times a given event has happened for a
        given user**.

        The web shop sends an event every time someone views a product, adds it to the basket or
        pays. Counting the events per customer number turns the log into a structured table: one
        row per customer, one column per kind of event.
        """,
    ),
    code(
        """
        counts = events_per_customer(world.events)
        counts.head()
        """
    ),
    md(
        sv="""
        Bara händelser med ett kundnummer (`user_id`) räknas, eftersom en anonym besökare inte
        har något ID att räkna för. Så här många händelser av varje sort fick ett kundnummer:
        """,
        en="""
        Only events with a customer number (`user_id`) are counted: an anonymous visitor has no
        ID to count for. This many events of each kind got a customer number:
        """,
    ),
    code("counts.sum()"),
    md(
        sv="""
        ### Fråga 1: antal köp för en kund

        Hur många händelser av sorten **Order Completed** (slutfört köp) har kund `C0002930`?
        Hämta talet ur tabellen `counts` och skriv det i stället för `____`.
        """,
        en="""
        ### Question 1: purchases of one customer

        How many **Order Completed** events does customer `C0002930` have? Get the number from
        the table `counts` and put it in place of `____`.
        """,
    ),
    code("answer_1 = ____", exercise="02.q1"),
    code("q1.check()"),
    code("# q1.solution()"),
    md(
        sv="""
        ## Semistrukturerad data: JSON-händelser

        Semistrukturerad data har en form, men inte färdiga kolumner. Varje händelse från
        webbutiken är ett JSON-objekt med fält i flera nivåer: vem (`anonymousId`, `userId`),
        vad (`event`, `properties`), när (`timestamp`) och sammanhanget (`context`: sida,
        kampanj, enhet, webbläsare). Så här ser det första köpet i loggen ut:
        """,
        en="""
        ## Semi-structured data: JSON events

        Semi-structured data has a shape, but no ready columns. Every event from the web shop is
        a JSON object with fields on several levels: who (`anonymousId`, `userId`), what
        (`event`, `properties`), when (`timestamp`) and the context (`context`: page, campaign,
        device, browser). This is what the log's first purchase looks like:
        """,
    ),
    code(
        """
        import json
        raw = datasets.load_events()
        purchase = next(call for call in raw if call.get("event") == "Order Completed")
        print(json.dumps(purchase, indent=2, ensure_ascii=False))
        """
    ),
    md(
        sv="""
        Händelserna följer Segment Spec, den standard för händelsedata som företaget Segment har
        tagit fram [ref:segment-spec]. Ett händelsenamn är ett *objekt och en handling i dåtid*,
        som "Order Completed" och "Product Viewed", och egenskaperna heter till exempel `revenue`
        och `currency`.

        Olika sorters händelser har olika fält. En sidvisning har ingen `revenue`, och ett
        identify-anrop (när besökaren loggar in) har kunduppgifter men inget händelsenamn.

        pandas kan platta till allt automatiskt med `pd.json_normalize`. Varje nivå blir en del
        av kolumnnamnet, åtskild med punkt:
        """,
        en="""
        The events follow Segment Spec, the standard for event data that the company Segment
        developed [ref:segment-spec]. An event name is an *object and an action in the past
        tense*, such as "Order Completed" and "Product Viewed", and the properties are called,
        for example, `revenue` and `currency`.

        Different kinds of events have different fields. A page view has no `revenue`, and an
        identify call (when the visitor logs in) has customer details but no event name.

        pandas can flatten everything automatically with `pd.json_normalize`. Each level becomes
        part of the column name, separated by a dot:
        """,
    ),
    code(
        """
        import pandas as pd
        wide = pd.json_normalize(raw)
        print(wide.shape)
        print(list(wide.columns))
        """
    ),
    md(
        sv="""
        Det blev en tabell, men inte en bra tabell. Den har webbläsarens versionssträng, samma
        sökväg två gånger, e-postadresser mitt bland klicken och tidsstämplar som text. Att
        platta till är att **fatta beslut**. Funktionen `flatten_json_events` gör samma sak som
        `json_normalize`, men skriver ner varje beslut den fattar:
        """,
        en="""
        It became a table, but not a good one: the browser's version string, the same path
        twice, e-mail addresses among the clicks and timestamps as text. Flattening means
        **making decisions**. The function `flatten_json_events` does the same as
        `json_normalize`, but writes down every decision it makes:
        """,
    ),
    code(
        """
        flat, decisions = flatten_json_events(raw)
        decisions
        """
    ),
    code("flat.head()"),
    md(
        sv="""
        Beslut 3 gör störst skillnad. Arbetsbokens egen inläsning
        (`world.events`, byggd av `course_lib.world.files.flatten_events`) tar händelserna precis
        som de skickades och kopplar inte ihop något. Jämför hur många rader som har ett
        kundnummer, och hur många produktvisningar vi nu kan räkna per kund:
        """,
        en="""
        Decision 3 makes the biggest difference. The workbook's own loader (`world.events`, built
        by `course_lib.world.files.flatten_events`) takes the events exactly as they were sent
        and links nothing. Compare how many rows have a customer number, and how many product
        views we can now count per customer:
        """,
    ),
    code(
        """
        print(world.events["user_id"].notna().sum(), flat["user_id"].notna().sum())
        linked = events_per_customer(flat).sum()
        pd.DataFrame({"world.events": counts.sum().reindex(linked.index, fill_value=0),
                      "flat": linked})
        """
    ),
    md(
        sv="""
        Efter kopplingen ser vi också vad kunderna tittade på **innan** de loggade in. Det är
        värdefullt för en marknadsförare. Men kopplingen bygger på en kaka i besökarens
        webbläsare, och den får bara sparas och läsas om besökaren har fått veta varför och har
        samtyckt till det [ref:lek-9-28].

        ### Fråga 2: vilket beslut?

        Varför har fler rader ett kundnummer i `flat` än i JSON-filen? Välj i listan och tryck på
        **Kontrollera**.
        """,
        en="""
        After the linking we also see what customers looked at **before** they logged in. That is
        valuable to a marketer. But the linking rests on a cookie in the visitor's browser, and
        it may only be stored and read if the visitor has been told why and has consented
        [ref:lek-9-28].

        ### Question 2: which decision?

        Why do more rows have a customer number in `flat` than in the JSON file? Choose from the
        list and press **Check**.
        """,
    ),
    code("q2.widget()", tags=("nbval-ignore-output",), exercise="02.q2"),
    md(
        sv="""
        ### Fråga 3: händelser per enhet

        Nu när händelserna är en tabell går de att räkna. Hur många händelser kom från varje sorts
        enhet (kolumnen `device`: mobil, dator, surfplatta)? Svara med en pandas-Series som
        räknar raderna i `flat` per enhet.
        """,
        en="""
        ### Question 3: events per device

        Now that the events are a table, they can be counted. How many events came from each
        kind of device (the column `device`: mobil, dator, surfplatta, meaning mobile, computer,
        tablet)? Answer with a pandas Series that counts the rows of `flat` per device.
        """,
    ),
    code("answer_3 = ____", exercise="02.q3"),
    code("q3.check()"),
    code("# q3.solution()"),
    md(
        sv="""
        ## Ostrukturerad data: text

        Ostrukturerad data, som text, bilder och ljud, har inga kolumner alls. Den måste
        **tolkas** innan den går att räkna på. Fjällgården har recensioner och chattar med kundtjänst, på
        svenska och engelska:
        """,
        en="""
        ## Unstructured data: text

        Unstructured data, such as text, images and sound, has no columns at all. It must be
        **interpreted** before it can be counted. Fjällgården has reviews and chats with customer service, in
        Swedish and English:
        """,
    ),
    code('world.reviews[["language", "rating", "text"]].head()'),
    md(
        sv="""
        Första steget är att dela texten i ord. Det låter enkelt, men ett mönster som bara
        känner till bokstäverna a–z klipper sönder svenska ord vid å, ä och ö:
        """,
        en="""
        The first step is to split the text into words. That sounds simple, but a pattern that
        only knows the letters a–z cuts Swedish words apart at å, ä and ö:
        """,
    ),
    code(
        """
        import re
        text = "Supernöjd med kängorna, håller tätt i ösregn!"
        print(tokenize(text))
        print(re.findall("[a-z]+", text.lower()))
        """
    ),
    md(
        sv="""
        Sedan räknar vi tonläget med en **ordlista**. Varje positivt ord ger +1 och varje negativt
        ord −1. Ett nekande ord strax före ("inte", "aldrig", "not") vänder på nästa värdeladdade
        ord, så "inte dålig" räknas som positivt. Är summan över noll är texten positiv, under
        noll negativ och noll neutral.

        Ordlistorna ligger som vanlig text i filen `data/tone_lexicon.toml`, på svenska och
        engelska, så att alla kan se exakt vad som räknas. Ett urval:
        """,
        en="""
        Then we score the tone with a **word list**. Each positive word adds +1 and each negative
        word −1. A negating word just before ("inte", "aldrig", "not") turns the next sentiment
        word around, so "not bad" counts as positive. A sum above zero makes the text positive,
        below zero negative, and zero neutral.

        The word lists are plain text in the file `data/tone_lexicon.toml`, in Swedish and
        English, so anyone can see exactly what counts. A sample:
        """,
    ),
    code(
        """
        lexicon = tone_lexicon()
        print(sorted(lexicon["sv"]["negative"])[:12])
        print(sorted(lexicon["en"]["positive"])[:12])
        score_tone("Jackan är inte dålig, och den håller tätt!", "sv")
        """
    ),
    md(
        sv="""
        Resultatet visar poängen, tonläget och **orden som bar tonläget**. Det är fördelen med en
        ordlista, för du ser alltid varför en text fick sitt tonläge.

        Nu gör vi samma sak med alla recensioner och jämför med tonläget som redan står i
        Fjällgårdens data (kolumnen `tone`, som om en människa hade läst varje text):
        """,
        en="""
        The result shows the score, the tone and **the words that carried the tone**. That is
        the strength of a word list, for you can always see why a text got its tone.

        Now we do the same for every review and compare with the tone already in Fjällgården's
        data (the column `tone`, as if a person had read each text):
        """,
    ),
    code(
        """
        reviews = tone_table(world.reviews)
        print(course_lib.percent(tone_accuracy(reviews)))
        reviews.head()
        """
    ),
    md(
        sv="""
        Talet ovan är andelen recensioner där ordlistan och kolumnen `tone` är överens. Var inte
        för imponerad av ett högt tal. Recensionerna i den påhittade världen är byggda av ett
        fåtal meningar, och ordlistan innehåller deras ord. Riktiga recensioner har stavfel,
        ironi ("Perfekt, nu läcker den igen") och ord som ingen lista har tänkt på.

        Bilden visar vilka ord som bar tonläget oftast:
        """,
        en="""
        The number above is the share of reviews where the word list and the column `tone`
        agree. Do not be too impressed by a high number. The reviews of the made-up world are
        built from a handful of sentences, and the word list holds their words. Real reviews have
        typos, irony ("Perfect, now it leaks again") and words no list thought of.

        The picture shows which words carried the tone most often:
        """,
    ),
    code("tone_words_chart(reviews)"),
    md(
        sv="""
        Chattarna med kundtjänst är svårare, som talet nedan visar. Tabellen ställer det rätta
        tonläget (rader) mot ordlistans (kolumner). Allt utanför diagonalen är fel.
        """,
        en="""
        The chats with customer service are harder, as the number below shows. The table sets the
        right tone (rows) against the word list's (columns). Everything off the diagonal is
        wrong.
        """,
    ),
    code(
        """
        chats = tone_table(world.chats, "customer_message")
        print(course_lib.percent(tone_accuracy(chats)))
        tone_confusion(chats)
        """
    ),
    md(
        sv="""
        ### Fråga 4: varför blir chattarna fel?

        Här är några av chattarna där ordlistan och det rätta tonläget inte är överens. Läs dem
        och titta på kolumnen `found_words`. Vad är den vanligaste orsaken?
        """,
        en="""
        ### Question 4: why do the chats go wrong?

        Here are some of the chats where the word list and the right tone disagree. Read them
        and look at the column `found_words`. What is the most common reason?
        """,
    ),
    code("tone_misses(chats).head(8)"),
    code("q4.widget()", tags=("nbval-ignore-output",), exercise="02.q4"),
    md(
        sv="""
        Prova själv. Skriv en mening i rutan och se vilka ord som räknas. Försök hitta en mening
        som ordlistan bedömer fel.
        """,
        en="""
        Try it yourself: type a sentence in the box and see which words count. Try to find a
        sentence the word list gets wrong.
        """,
    ),
    code(
        """
        from course_lib.widgets.tone import tone_widget
        tone_widget()
        """,
        tags=("nbval-ignore-output",),
    ),
    md(
        sv="""
        ## Ostrukturerad data: bilder

        Fjällgårdens annonser är bilder i några olika färgscheman. För datorn är en bild bara
        ett rutnät av bildpunkter (pixlar), och varje pixel är tre tal från 0 till 255 som anger
        hur mycket rött, grönt och blått den har.
        """,
        en="""
        ## Unstructured data: images

        Fjällgården's ads are images in a few colour schemes. To the computer an image is just a
        grid of pixels, and each pixel is three numbers from 0 to 255 that say how much red,
        green and blue it has.
        """,
    ),
    code(
        """
        pixels = decode_png(world.images["ad_creatives/ad_01.png"])
        print(pixels.shape)
        print(pixels[0, 0])
        """
    ),
    md(
        sv="""
        Formen säger hur många pixlar bilden har på höjden och på bredden, och att varje pixel
        har tre tal. Tusentals tal, och inget av dem säger "blå".

        För att få fram bildens huvudfärger grupperar vi pixlarna med **k-means**. Algoritmen
        letar upp `k` färger så att varje pixel ligger så nära någon av dem som möjligt.
        Slumpfröet är fast, så svaret blir detsamma varje gång. Andelen säger hur stor del av
        bilden färgen täcker, och namnet är den närmaste av några vanliga färger:
        """,
        en="""
        The shape says how many pixels the image has in height and width, and that each pixel
        has three numbers. Thousands of numbers, and none of them says "blue".

        To find the image's main colours we group the pixels with **k-means**. The algorithm
        looks for `k` colours so that every pixel is as close as possible to one of them. The
        random seed is fixed, so the answer is the same every time. The share says how much of
        the image the colour covers, and the name is the nearest of a few common colours (in
        Swedish, as the company's data holds them):
        """,
    ),
    code("dominant_colours(pixels, k=3)"),
    md(
        sv="""
        Samma sak för alla annonser, med bilden och dess färger under:
        """,
        en="""
        The same for all the ads, with the image and its colours underneath:
        """,
    ),
    code("palettes_picture(world.ad_creatives, world.images)"),
    md(
        sv="""
        Stämmer den framräknade huvudfärgen med kolumnen `dominant_colour` i annonstabellen?
        """,
        en="""
        Does the computed main colour agree with the column `dominant_colour` in the ad table?
        """,
    ),
    code(
        """
        palettes = ad_palettes(world.ad_creatives, world.images)
        print(course_lib.percent(palettes["match"].mean()))
        palettes
        """
    ),
    md(
        sv="""
        När färgen är en kolumn kan den ställas mot annonsernas resultat. Klickfrekvensen (CTR)
        är antal klick delat med antal visningar:
        """,
        en="""
        Once the colour is a column, it can be set against the ads' results. The click-through
        rate (CTR) is the number of clicks divided by the number of impressions:
        """,
    ),
    code("ctr_per_colour(world.ad_creatives)"),
    md(
        sv="""
        Säger det att grönt säljer bäst? Nej. Varje färg har bara ett par annonser (kolumnen
        `ads`), annonserna hör till olika kampanjer med olika rubriker och målgrupper, och
        skillnaderna kan vara slump.
        Vill du veta om färgen spelar roll behöver du ett test där bara färgen skiljer, och
        tillräckligt många visningar. Men utan att först göra bilden till en kolumn hade du inte
        ens kunnat ställa frågan.

        ## Ostrukturerad data: ljud

        Lektionen nämner också **tonläget i tal**. Ett inspelat samtal till kundtjänst är
        ostrukturerad data på samma sätt som en bild. Det är en lång rad tal (ljudvågen) där varken
        "arg" eller "nöjd" står någonstans. Tonhöjd och energi i rösten måste räknas fram, precis
        som färgerna ur pixlarna. Fjällgårdens data har inga inspelade samtal, så här stannar vi
        vid att nämna dem.
        """,
        en="""
        Does it say that green sells best? No. Each colour has only a couple of ads (the column
        `ads`), the ads belong to different campaigns with different headlines and audiences,
        and the differences may be chance. To know whether the colour matters you need a test
        where only the colour differs, and enough impressions. But without first turning the
        image into a column, you could not even ask the question.

        ## Unstructured data: sound

        The lesson also mentions **tone of voice**. A recorded call to customer service is
        unstructured data just like an image: a long row of numbers (the sound wave) where
        neither "angry" nor "happy" is written anywhere. Pitch and energy in the voice must be
        computed, just like the colours from the pixels. Fjällgården's data has no recorded
        calls, so here we stop at mentioning them.
        """,
    ),
    md(
        sv="""
        ## Fråga 5: sortera vardagens data

        Vilken datatyp är varje exempel? Välj en typ för varje rad och tryck på **Kontrollera**.
        """,
        en="""
        ## Question 5: sort everyday data

        Which data type is each example? Choose a type for each row and press **Check**.
        """,
    ),
    code("q5.widget()", tags=("nbval-ignore-output",), exercise="02.q5"),
    md(
        sv="""
        ## Fördjupning (valfri)

        - Räkna fram fem färger i stället för tre med `dominant_colours(pixels, k=5)`. Vad
          händer när det finns fler grupper än färger i bilden?
        - Skriv en ironisk mening i tonrutan ovan, till exempel "Perfekt, nu läcker den igen".
          Varför blir den neutral? Vilket ord skulle du lägga till i `data/tone_lexicon.toml`,
          och vilket nytt fel kunde det ge?
        - Räkna händelser per kampanj i stället för per enhet:
          `flat["utm_campaign"].value_counts()`. Varför saknas händelserna utan kampanj?
        """,
        en="""
        ## Going further (optional)

        - Compute five colours instead of three with `dominant_colours(pixels, k=5)`. What
          happens when there are more groups than colours in the image?
        - Type an ironic sentence in the tone box above, for example "Perfect, now it leaks
          again". Why is it neutral? Which word would you add to `data/tone_lexicon.toml`, and
          what new mistake could that cause?
        - Count events per campaign instead of per device: `flat["utm_campaign"].value_counts()`.
          Why are the events without a campaign missing?
        """,
    ),
    md(
        sv="""
        ## Sammanfattning

        - **Strukturerad data** står i färdiga kolumner och hör till ett ID: kundregistret, och
          händelser räknade per kund.
        - **Semistrukturerad data** har en form men inte färdiga kolumner. Att platta till JSON är
          att besluta vilka fält som blir kolumner, vilket ID som gäller, vad som får saknas,
          vad som görs med listor och vilken tid som gäller.
        - **Ostrukturerad data** måste tolkas: text blir ord och tonläge, bilder blir färger,
          ljud blir tonhöjd och energi. En ordlista är enkel och går att granska, men förstår
          inte vad orden handlar om.

        **Prova med din egen organisation:**

        1. Vilken strukturerad data finns redan i ert kundregister, och vilket ID knyter ihop den?
        2. Vilka händelser skickar er webbplats eller app? Vem har bestämt vad de ska heta och
           vilka egenskaper de har?
        3. Vilken ostrukturerad data har ni, som recensioner, e-post, bilder eller samtal? Vad
           skulle ni vilja räkna ur den, och vem läser den i dag?
        """,
        en="""
        ## Summary

        - **Structured data** sits in ready columns and belongs to an ID: the customer register,
          and events counted per customer.
        - **Semi-structured data** has a shape but no ready columns. Flattening JSON means
          deciding which fields become columns, which ID counts, what may be missing, what to do
          with lists and which time applies.
        - **Unstructured data** must be interpreted: text becomes words and tone, images become
          colours, sound becomes pitch and energy. A word list is simple and can be audited, but
          does not understand what the words are about.

        **Try it with your own organisation:**

        1. Which structured data is already in your customer register, and which ID ties it
           together?
        2. Which events does your website or app send? Who decided what they are called and
           which properties they carry?
        3. Which unstructured data do you have, such as reviews, e-mails, images or calls? What
           would you like to count from it, and who reads it today?
        """,
    ),
]
