"""Notebook 08: test and learn. A hypothesis, a test sized before it runs, the result with its
uncertainty, why not to peek, the answers as first-party data, a trigger found in the weather,
the learner's three factors against chance, adaptive allocation, and who may be tested on."""

from nbsource import code, md

NOTEBOOK = {
    "number": "08",
    "slug": {"sv": "08-testa-oss-fram", "en": "08-test-and-learn"},
    "title": {"sv": "Testa oss fram", "en": "Test and learn"},
}

WIDGET = ("nbval-ignore-output",)

CELLS = [
    md(
        sv="""
        # 08 · Testa oss fram: det som inte går att slå upp

        Ålder, ort och köp står i kundregistret. Men vad som får en kund att agera, vilket
        budskap som talar till dem och vilka triggers som sätter i gång dem går inte att slå upp
        någonstans. Lektionen säger det rakt ut: vi måste **testa oss fram**. Vi låter målgruppen
        möta olika innehåll och budskap, ser hur de reagerar och sparar svaren. Varje svar blir
        en ny datapunkt, och segmenten blir bättre för varje test.

        Här testar du på friluftskedjan Fjällgårdens kunder. Bakom varje kund finns en dold
        sanning om vad som fungerar på just dem. Den syns inte i någon tabell, bara i hur
        kunderna svarar på dina kampanjer, precis som i verkligheten.
        """,
        en="""
        # 08 · Test and learn: what cannot be looked up

        Age, town and purchases are in the customer register. But what makes a customer act,
        which message speaks to them and which triggers set them off cannot be looked up
        anywhere. The lesson says it plainly: we have to **test and learn**. We let the audience
        meet different content and messages, see how they react and keep their answers. Every
        answer becomes a new data point, and the segments get better with every test.

        Here you test on the customers of the outdoor retailer Fjällgården. Behind each customer
        lies a hidden truth about what works on them. It shows in no table, only in how the
        customers answer your campaigns, just as in real life.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - hur ett test går till: hypotes, kampanj med kontrollgrupp, resultat med osäkerhet, ny
          datapunkt, bättre segment;
        - hur många mottagare ett test behöver, och att räkna ut det **innan** det börjar;
        - hur du läser andel per variant, ökning mot kontrollgruppen och slutsatsen;
        - varför du inte ska tjuvkika och stoppa ett test i förtid;
        - hur kundernas svar blir förstahandsdata, och hur en trigger hittas i väderdatan;
        - om dina tre faktorer hittar rätt kunder bättre än slumpen;
        - hur annonsplattformar låter resultaten styra utskicken medan testet pågår;
        - vem du får testa på.
        """,
        en="""
        ## What you learn here

        - how a test works: hypothesis, campaign with a control group, result with uncertainty,
          new data point, better segment;
        - how many recipients a test needs, and to work it out **before** it starts;
        - how to read the rate per variant, the lift against the control group and the verdict;
        - why you should not peek and stop a test early;
        - how the customers' answers become first-party data, and how a trigger is found in the
          weather data;
        - whether your three factors find the right customers better than chance;
        - how ad platforms let the results steer the sends while the test runs;
        - who you may test on.
        """,
    ),
    code(
        """
        import course_lib
        course_lib.start()
        from course_lib import datasets
        from course_lib.campaigns import (campaign, run_campaign, run_weeks, sample_size, report,
            plot_rates, plot_lift, peek, peek_table, plot_peeking, first_party_data,
            first_party_table, save_responses, trigger_split, compare_targeting, plot_targeting,
            compare_allocation, allocation_summary, plot_regret)
        from course_lib.segments import where
        from course_lib.core.paths import shown_path
        from course_lib.lessons.l08 import q1, q2, q3, q4, q5
        world = datasets.load()
        """
    ),
    md(
        sv="""
        ## Varför testa?

        Ett test är ett litet varv som går att upprepa:

        1. **Hypotes.** En gissning om ett segment som går att pröva: *friluftskunder köper
           oftare efter ett budskap om trygghet*.
        2. **Kampanj med kontrollgrupp.** Budskapen går till slumpvis valda delar av målgruppen.
           En del, **kontrollgruppen**, får ingenting. Den visar vad kunderna hade gjort ändå.
        3. **Resultat med osäkerhet.** Andelen som köpte i varje grupp, och hur säkra vi kan
           vara på skillnaden.
        4. **Ny datapunkt.** Varje öppning och varje klick säger något om kunden som inget
           register visste.
        5. **Bättre segment.** Det vi lärt oss formar nästa hypotes och nästa segment.
        """,
        en="""
        ## Why test?

        A test is a small loop you can repeat:

        1. **Hypothesis.** A guess about a segment that can be put to the test: *outdoor
           customers order more often after a message about safety*.
        2. **Campaign with a control group.** The messages go to randomly chosen parts of the
           audience. One part, the **control group**, gets nothing. It shows what the customers
           would have done anyway.
        3. **Result with uncertainty.** The share who ordered in each group, and how sure we can
           be about the difference.
        4. **New data point.** Every open and every click says something about the customer that
           no register knew.
        5. **Better segment.** What we learnt shapes the next hypothesis and the next segment.
        """,
    ),
    md(
        sv="""
        ## En hypotes om ett segment

        Fjällgården har fyra budskapsteman: **äventyr** (ut i naturen), **trygghet** (håll dig
        torr och varm), **hållbarhet** (laga och använd länge) och **pris** (rabatt efter
        lönen). Vilket som fungerar bäst på vilka kunder är precis det psykografiska som inte
        står i något register.

        En bra hypotes säger **vilka** den gäller, **vad** de får, **vad vi mäter** och **mot
        vad** vi jämför. Den säger gärna **varför** också, så att vi lär oss något även när
        den inte håller.

        ### Fråga 1: vilken hypotes går att testa?
        """,
        en="""
        ## A hypothesis about one segment

        Fjällgården has four message themes: **adventure** (get outdoors), **safety** (stay dry
        and warm), **sustainability** (repair and keep it long) and **price** (a discount after
        payday). Which works best on which customers is exactly the psychographic kind of data
        that no register holds.

        A good hypothesis says **who** it is about, **what** they get, **what we measure** and
        **against what** we compare. It also likes to say **why**, so that we learn something
        even when it does not hold.

        ### Question 1: which hypothesis can be tested?
        """,
    ),
    code("q1.widget()", tags=WIDGET),
    md(
        sv="""
        ## Hur många behövs? Räkna innan du skickar

        Anta att 1 % av kunderna brukar köpa en vanlig vecka, och att du vill kunna upptäcka om
        ett budskap höjer det till 1,5 %. Hur många mottagare behöver varje grupp? Funktionen
        `sample_size` räknar ut det, med de vanliga kraven: 5 % risk att se en skillnad som inte
        finns och 80 % chans att se en som finns.
        """,
        en="""
        ## How many are needed? Work it out before you send

        Suppose 1% of customers usually order in an ordinary week, and you want to be able to
        detect whether a message raises that to 1.5%. How many recipients does each group need?
        The function `sample_size` works it out, with the usual demands: a 5% risk of seeing a
        difference that is not there and an 80% chance of seeing one that is.
        """,
    ),
    code("sample_size(0.01, 0.005)"),
    md(
        sv="""
        Drygt **7 600 per grupp**, alltså över 15 000 mottagare för en variant och en
        kontrollgrupp. Fjällgården har 3 000 kunder, och 1 852 av dem har samtyckt till e-post.
        Små skillnader i köp går alltså inte att se i ett enda utskick. Det finns tre vägar:
        skicka flera veckor i rad och lägg ihop, leta efter större skillnader, eller mät något
        som händer oftare, som klick. Om 3 % brukar klicka och du vill se 4,5 %:
        """,
        en="""
        More than **7,600 per group**, so over 15,000 recipients for one variant and a control
        group. Fjällgården has 3,000 customers, and 1,852 of them consented to e-mail. Small
        differences in orders cannot be seen in a single send, then. There are three ways out:
        send several weeks in a row and add them up, look for larger differences, or measure
        something that happens more often, such as clicks. If 3% usually click and you want to
        see 4.5%:
        """,
    ),
    code("sample_size(0.03, 0.015)"),
    md(
        sv="""
        Klick kräver alltså ungefär en tredjedel så många mottagare som köp.

        ### Fråga 2: räkna ut ett stickprov

        Fjällgårdens höstkampanj brukar få 2 % att köpa. Hur många mottagare behöver varje grupp
        för att ni ska kunna upptäcka en ökning till 3 %? Använd `sample_size`.
        """,
        en="""
        Clicks, then, need about a third as many recipients as orders.

        ### Question 2: work out a sample size

        Fjällgården's autumn campaign usually gets 2% to order. How many recipients does each
        group need for you to detect a rise to 3%? Use `sample_size`.
        """,
    ),
    code("answer_2 = ____", exercise="08.q2"),
    code("q2.check()"),
    code("# q2.solution()"),
    md(
        sv="""
        ## Kör testet

        Hypotesen gäller friluftskunderna: de som helst vandrar, fiskar, campar eller jagar.
        Vi skickar tre budskap via e-post, **äventyr**, **trygghet** och **pris**, och håller en
        femtedel utanför som kontrollgrupp. Vem som hamnar i vilken grupp avgörs av slumpen,
        så att grupperna är lika i allt utom budskapet.
        """,
        en="""
        ## Run the test

        The hypothesis is about the outdoor customers: those who most like to hike, fish, camp
        or hunt. We send three messages by e-mail, **adventure**, **safety** and **price**, and
        hold back a fifth as a control group. Chance decides who ends up in which group, so
        that the groups are alike in everything except the message.
        """,
    ),
    code(
        """
        outdoor = where("main_interest").is_in(["vandring", "fiske", "camping", "jakt"])
        test = campaign("Oktoberkampanj", ["äventyr", "trygghet", "pris"], channel="email",
                        audience=outdoor, control_share=0.2)
        result = run_campaign(world, test)
        result
        """
    ),
    md(
        sv="""
        Lägg märke till första raden: av 1 578 friluftskunder fick bara de 972 som samtyckt
        till e-post vara med. Resten av tabellen är vad som hände. Rapporten nedan visar
        andelen som köpte i varje grupp med ett **95 % intervall**: det område där den
        verkliga andelen troligen ligger. Sedan **ökningen** jämfört med kontrollgruppen, i
        procentenheter, med sitt intervall, och till sist slutsatsen i klartext.
        """,
        en="""
        Note the first line: of 1,578 outdoor customers, only the 972 who consented to e-mail
        could take part. The rest of the table is what happened. The report below shows the
        share who ordered in each group with a **95% interval**: the range where the true share
        probably lies. Then the **lift** against the control group, in percentage points, with
        its interval, and finally the verdict in plain words.
        """,
    ),
    code("report(result)"),
    code("plot_rates(result)"),
    code("plot_lift(result)"),
    md(
        sv="""
        En ihålig punkt betyder att intervallet går över noll: skillnaden kan vara verklig,
        men den kan lika gärna vara slumpen. Med ungefär 250 per grupp är det vad vi kan vänta
        oss; det visste vi redan när vi räknade på stickprovet.

        ### Fråga 3: läs av ökningen

        Hur många procentenheter fler köp gav **trygghet** än kontrollgruppen? Skriv talet som
        rapporten visar det, med punkt som decimaltecken.
        """,
        en="""
        A hollow dot means the interval spans zero: the difference may be real, but it may as
        well be chance. With about 250 per group that is what we should expect; we knew it
        already when we worked out the sample size.

        ### Question 3: read off the lift

        How many percentage points more orders did **safety** give than the control group?
        Write the number as the report shows it.
        """,
    ),
    code("answer_3 = ____", exercise="08.q3"),
    code("q3.check()"),
    code("# q3.solution()"),
    md(
        sv="""
        ### Fråga 4: vad är slutsatsen?
        """,
        en="""
        ### Question 4: what is the verdict?
        """,
    ),
    code("q4.widget()", tags=WIDGET),
    md(
        sv="""
        ## Tjuvkika inte

        Det är frestande att titta på testet varje vecka och stoppa det så fort en variant ser
        ut att vinna. Här körs 2 000 simulerade test där budskapen **inte** gör någon skillnad alls,
        med 500 nya mottagare per grupp och vecka. Varje vecka läses testet som om det vore
        klart.
        """,
        en="""
        ## Do not peek

        It is tempting to look at the test every week and stop it as soon as a variant seems to
        win. Here 2,000 simulated tests are run in which the messages make **no** difference at
        all, with 500 new recipients per group and week. Every week the test is read as if it
        were finished.
        """,
    ),
    code(
        """
        peeking = peek()
        peek_table(peeking)
        """
    ),
    code("plot_peeking(peeking)"),
    md(
        sv="""
        En enskild vecka blir ungefär 5 % av testen ”signifikanta”, precis som utlovat. Men den
        som tittar varje vecka och slutar vid första träffen har efter åtta veckor utsett en
        vinnare i drygt **16 %** av testen, fast ingen vinnare finns. Bestäm därför antalet
        mottagare innan testet börjar, och läs resultatet först när det är nått.

        ### Fråga 5: p = 0,03 efter tre veckor

        Ett test är planerat för åtta veckor. Efter tre veckor visar det p = 0,03 för en
        variant. Vad gör du?
        """,
        en="""
        In a single week about 5% of the tests are "significant", just as promised. But whoever
        looks every week and stops at the first hit has, after eight weeks, declared a winner
        in more than **16%** of the tests, though no winner exists. So decide the number of
        recipients before the test starts, and read the result only when it is reached.

        ### Question 5: p = 0.03 after three weeks

        A test is planned for eight weeks. After three weeks it shows p = 0.03 for one variant.
        What do you do?
        """,
    ),
    code("q5.widget()", tags=WIDGET),
    md(
        sv="""
        ## Det vi lärde oss blir förstahandsdata

        Även ett test utan vinnare ger något: varje kund som klickade på ”trygghet” har berättat
        vad som talar till dem. Det är psykografisk data som inte gick att slå upp förut, och
        den är vår egen, insamlad i vår egen kanal. `first_party_data` räknar per kund hur många
        budskap av varje tema de fick och hur många de klickade på. Här visas de fem som
        klickade mest.
        """,
        en="""
        ## What we learnt becomes first-party data

        Even a test without a winner gives something: every customer who clicked on "safety"
        has told us what speaks to them. That is psychographic data that could not be looked up
        before, and it is our own, collected in our own channel. `first_party_data` counts per
        customer how many messages of each theme they got and how many they clicked. Here are
        the five who clicked most.
        """,
    ),
    code(
        """
        learned = first_party_data(result)
        first_party_table(learned)
        """
    ),
    md(
        sv="""
        `save_responses` sparar vem som fick vad och vad de gjorde som en CSV-fil i din mapp
        `my_work`. Den kan läsas in i CRM-systemet och bli ett villkor i nästa segment, till
        exempel *har klickat på trygghet*.
        """,
        en="""
        `save_responses` saves who got what and what they did as a CSV file in your `my_work`
        folder. It can be loaded into the CRM and become a condition in the next segment, for
        example *has clicked on safety*.
        """,
    ),
    code("shown_path(save_responses(result))"),
    md(
        sv="""
        ## Hitta en trigger i väderdatan

        Triggers går inte heller att slå upp. Lektionen nämner vädret: får regn kunderna att
        tänka på regnkläder? Det syns om samma budskap skickas många gånger, på dagar med och
        utan regn. Här går trygghetsbudskapet till alla som samtyckt till e-post, en gång i
        veckan i tio veckor från slutet av september. Sedan delas varje utskick upp efter om
        det regnade minst 4 mm i kundens kommun den dagen, och efter om kunden själv sagt att
        vädret styr när de handlar.
        """,
        en="""
        ## Find a trigger in the weather data

        Triggers cannot be looked up either. The lesson mentions the weather: does rain make
        customers think of rainwear? It shows if the same message is sent many times, on days
        with and without rain. Here the safety message goes to everyone who consented to
        e-mail, once a week for ten weeks from the end of September. Then every send is split by
        whether at least 4 mm of rain fell in the customer's municipality that day, and by
        whether the customer has said the weather decides when they shop.
        """,
    ),
    code(
        """
        rain_test = campaign("Regnväder", ["trygghet"], control_share=0.0, send_dates="2025-09-29")
        ten_weeks = run_weeks(world, rain_test, 10)
        trigger_split(world, ten_weeks, "rain", by="trigger_weather")
        """
    ),
    md(
        sv="""
        På regniga dagar klickar fler, och mest bland dem som sagt att vädret styr. Med drygt
        18 000 utskick är intervallen smala nog att lita på. Nu kan Fjällgården skicka
        trygghetsbudskapet när prognosen lovar regn, i stället för samma dag för alla. Observera
        att regnet inte fördelades slumpvis som budskapen: bekräfta det gärna med ett nytt test
        innan ni bygger hela hösten på det.
        """,
        en="""
        On rainy days more people click, most of all among those who said the weather decides.
        With some 18,000 sends the intervals are narrow enough to trust. Now Fjällgården can
        send the safety message when the forecast promises rain, instead of on the same day for
        everyone. Note that the rain was not handed out at random as the messages were: check
        it with a new test before you build the whole autumn on it.
        """,
    ),
    md(
        sv="""
        ## Dina tre faktorer mot slumpen

        I notebook 04 valde du tre faktorer, och i notebook 06 blev de segment. Hittar de
        kunder som svarar bättre än vilka kunder som helst? `compare_targeting` prövar det:

        1. Vecka 1 får alla som kan nås ett slumpvis valt tema. Det är utforskningen.
        2. Funktionen delar kunderna efter dina faktorer och väljer den grupp och det tema som
           klickade tydligast mer än alla andra.
        3. Från vecka 2, i åtta veckor, får den gruppen temat, och ett lika stort **slumpvis
           urval** får samma tema. Båda har en egen kontrollgrupp.

        Ökningen i köp visar om faktorerna var väl valda: slår den riktade målgruppen slumpen
        har faktorerna hittat något verkligt.
        """,
        en="""
        ## Your three factors against chance

        In notebook 04 you chose three factors, and in notebook 06 they became segments. Do they
        find customers who respond better than any customers at all? `compare_targeting` puts
        it to the test:

        1. In week 1 everyone who can be reached gets a randomly chosen theme. That is the
           exploration.
        2. The function splits the customers by your factors and picks the group and theme that
           most clearly clicked more than everyone else.
        3. From week 2, for eight weeks, that group gets the theme, and a **random audience** of
           the same size gets the same theme. Each has its own control group.

        The lift in orders shows whether the factors were well chosen: if the targeted audience
        beats chance, the factors found something real.
        """,
    ),
    code(
        """
        targeting = compare_targeting(world, weeks=8)
        targeting
        """
    ),
    code("plot_targeting(targeting)"),
    md(
        sv="""
        Jämför med tre faktorer som inte har något med budskapen att göra: kön, utbildning och
        land. Lektionen varnar för att välja faktorer för att de är lätta att få tag på.
        """,
        en="""
        Compare with three factors that have nothing to do with the messages: gender, education
        and country. The lesson warns against choosing factors because they are easy to get.
        """,
    ),
    code(
        """
        poor = compare_targeting(world, ["gender", "education", "country"], weeks=8)
        poor
        """
    ),
    md(
        sv="""
        Med de svaga faktorerna klickar den riktade målgruppen inte tydligt mer än slumpen, och
        skillnaden i köp går inte att lita på. Med faktorer som hör ihop med budskapen, som
        standardvalet ålder, storstad eller landsbygd och intressen, syns en skillnad i klick
        som går att lita på. Köp är ovanligare, så där krävs ännu fler veckor.
        """,
        en="""
        With the poor factors the targeted audience does not clearly click more than chance,
        and the difference in orders cannot be trusted. With factors tied to the messages, such
        as the default choice of age, urban or rural and interests, a difference in clicks shows
        that can be trusted. Orders are rarer, so they need even more weeks.
        """,
    ),
    md(
        sv="""
        ## Bortom A/B: låt resultaten styra

        Ett klassiskt A/B-test delar mottagarna lika hela tiden, även när en variant tydligt är
        sämre. Annonsplattformarna gör ofta annorlunda. Metas dynamiska annonsmaterial visar
        olika kombinationer av bilder och texter och lär sig vilka som fungerar bäst
        [ref:meta-dynamic-creative], och Googles responsiva sökannonser testar kombinationer
        av rubriker och beskrivningar och visar de som presterar bäst oftare
        [ref:google-responsive-search-ads].

        En enkel och vanlig metod för det är **Thompson-sampling**: varje vecka får varje
        variant en andel av utskicken som motsvarar chansen att den är bäst, utifrån klicken
        hittills. Här jämförs den med en fast fördelning under tio veckor, med tre teman i
        Meta-annonser till friluftskunderna. Diagrammet visar **förlorade klick**: klicken som
        gick förlorade för att någon fick ett sämre budskap än veckans bästa.
        """,
        en="""
        ## Beyond A/B: let the results steer

        A classic A/B test splits the recipients equally all the time, even when one variant is
        clearly worse. The ad platforms often do otherwise. Meta's dynamic creative shows
        different combinations of images and texts and learns which work best
        [ref:meta-dynamic-creative], and Google's responsive search ads test combinations of
        headlines and descriptions and show the best-performing ones more often
        [ref:google-responsive-search-ads].

        A simple and common method for this is **Thompson sampling**: every week each variant
        gets a share of the sends equal to the chance that it is the best, given the clicks so
        far. Here it is compared with a fixed split over ten weeks, with three themes in Meta
        ads to the outdoor customers. The chart shows **clicks lost**: the clicks lost because
        someone got a worse message than the week's best.
        """,
    ),
    code(
        """
        dynamic = campaign("Dynamiskt", ["äventyr", "trygghet", "pris"], channel="meta",
                           audience=outdoor)
        allocation = compare_allocation(world, dynamic, weeks=10)
        allocation_summary(allocation)
        """
    ),
    code("plot_regret(allocation)"),
    md(
        sv="""
        Thompson-sampling förlorar färre klick, eftersom den snart skickar mindre av de sämre
        budskapen. Priset är att den lär sig mindre om dem: för en säker slutsats om varför
        något fungerar är ett planerat test med kontrollgrupp fortfarande bäst.
        """,
        en="""
        Thompson sampling loses fewer clicks, because it soon sends less of the worse messages.
        The price is that it learns less about them: for a sure verdict on why something works,
        a planned test with a control group is still best.
        """,
    ),
    md(
        sv="""
        ## Vem får vi testa på?

        Ett test är marknadsföring, och samma regler gäller som för alla utskick. Därför når
        testerna i arbetsboken färre än hela kundbasen:

        - **E-post** går bara till kunder som samtyckt till det. Marknadsföringslagen kräver
          samtycke i förväg för reklam via e-post till privatpersoner, med ett undantag för egna
          kunder som kan tacka nej enkelt och gratis i varje utskick [ref:mfl-19]. Den som sagt
          nej till direktmarknadsföring ska inte få den, inte heller i ett test
          [ref:gdpr-art-21].
        - **Annonser** når bara kunder som samtyckt till personanpassade annonser **och** som
          plattformen känner igen. Kundlistan laddas upp som pseudonymiserade hashvärden av
          e-post och telefon, och plattformen matchar dem mot sina egna användare
          [ref:meta-custom-audiences]. Alla hittas inte, så räckvidden blir mindre.

        Lägg också märke till vad testerna **inte** behövde: inga känsliga uppgifter om
        hälsa, tro eller politik. Budskap som trygghet och pris går att testa på allt som
        kunderna själva visar, i kanaler där de sagt ja.
        """,
        en="""
        ## Who may we test on?

        A test is marketing, and the same rules apply as to every send. That is why the tests in
        the workbook reach fewer than the whole customer base:

        - **E-mail** goes only to customers who consented to it. The Swedish Marketing Act
          requires prior consent for e-mail advertising to private individuals, with an
          exception for existing customers who can opt out simply and free of charge in every
          message [ref:mfl-19]. Whoever has said no to direct marketing must not get it, not in
          a test either [ref:gdpr-art-21].
        - **Ads** reach only customers who consented to personalised ads **and** whom the
          platform recognises. The customer list is uploaded as pseudonymised hash values of
          e-mail and phone, and the platform matches them against its own users
          [ref:meta-custom-audiences]. Not everyone is found, so the reach gets smaller.

        Note also what the tests did **not** need: no sensitive data about health, religion or
        politics. Messages such as safety and price can be tested on what the customers show
        themselves, in channels where they said yes.
        """,
    ),
    md(
        sv="""
        ## Prova själv: kampanjlabbet

        Välj målgrupp (dina sparade segment, lektionens segment, ett slumpvis urval eller alla),
        kanal, två till fyra budskap, kontrollgruppens storlek och vecka, och tryck på **Kör
        kampanjen**. Pröva samma kampanj i Meta-annonser i stället för e-post: hur många når
        du då? Och hur stor blir osäkerheten med en liten målgrupp?
        """,
        en="""
        ## Try it yourself: the campaign lab

        Choose an audience (your saved segments, the lesson's segments, a random audience or
        everyone), a channel, two to four messages, the control group's size and the week, and
        press **Run the campaign**. Try the same campaign as Meta ads instead of e-mail: how
        many do you reach then? And how large is the uncertainty with a small audience?
        """,
    ),
    code(
        """
        from course_lib.widgets import campaign_lab
        campaign_lab()
        """,
        tags=WIDGET,
    ),
    # The answer key only: the hidden truth, so a teacher can say which groups really differed.
    md(
        sv="""
        ## För läraren: den dolda sanningen

        Det här avsnittet finns bara i facit. Tabellerna visar vad simuleringen döljer för
        studenterna, så att du efter passet kan säga vilka skillnader som var verkliga.

        **Oktoberkampanjen.** Den sanna ökningen i köp per budskap (`lift`, en andel:
        0,009 är 0,9 procentenheter) och den sanna klickandelen. Alla tre budskapen fungerar
        lite, trygghet och pris mest, men skillnaderna är för små för ungefär 250 per grupp:
        slutsatsen ”ingen skillnad vi kan lita på än” är den rätta.
        """,
        en="""
        ## For the teacher: the hidden truth

        This section exists only in the answer key. The tables show what the simulation hides
        from the students, so that after class you can say which differences were real.

        **The October campaign.** The true lift in orders per message (`lift`, a share: 0.009
        is 0.9 percentage points) and the true click rate. All three messages work a little,
        safety and price most, but the differences are too small for about 250 per group: the
        verdict "no difference we can trust yet" is the right one.
        """,
        tags=("answer-key",),
    ),
    code(
        """
        from course_lib.campaigns import hidden_lift, hidden_index, trigger_rules, targeting_truth
        hidden_lift(world, test)
        """,
        tags=("answer-key",),
    ),
    md(
        sv="""
        **Triggers.** Varje trigger i den dolda sanningen: när den slår till, för vilket tema,
        för vilka kunder och hur många gånger fler klick den ger. Regnet i avsnittet om
        väderdatan är den första raden.
        """,
        en="""
        **Triggers.** Every trigger of the hidden truth: when it fires, for which theme, for
        which customers and how many times the clicks it gives. The rain of the weather section
        is the first row.
        """,
        tags=("answer-key",),
    ),
    code("trigger_rules()", tags=("answer-key",)),
    md(
        sv="""
        **Faktorerna.** Per grupp och tema: hur mycket mer en kampanj till gruppen säljer än
        en till alla (index 1,0 = som slumpen). Standardvalets faktorer (ålder, storstad eller
        landsbygd, huvudintresse) har grupper långt från 1,0; kön, utbildning och land ligger
        nära 1,0, de har ingen egen effekt. Sist: vad jämförelsen i avsnittet om tre faktorer
        egentligen mätte.
        """,
        en="""
        **The factors.** Per group and theme: how much more a campaign to the group sells than
        one to everyone (index 1.0 = like chance). The default choice's factors (age, urban or
        rural, main interest) have groups far from 1.0; gender, education and country stay near
        1.0, they have no effect of their own. Last: what the comparison in the section on three
        factors really measured.
        """,
        tags=("answer-key",),
    ),
    code(
        """
        hidden_index(world, ["age", "urban_rural", "main_interest", "gender", "education", "country"])
        """,
        tags=("answer-key",),
    ),
    code("targeting_truth(targeting)", tags=("answer-key",)),
    md(
        sv="""
        ## Sammanfattning

        - Psykografi och triggers går inte att slå upp: vi **testar oss fram** och sparar
          svaren som förstahandsdata.
        - Ett test har en hypotes, slumpvis valda grupper och en **kontrollgrupp**.
        - Räkna ut stickprovet **innan** testet börjar. Att se 1 % bli 1,5 % kräver drygt 7 600
          per grupp, fler än de flesta kundregister har i en kanal.
        - Läs varje resultat med sitt **95 % intervall**. Går det över noll vet vi inte än.
        - **Tjuvkika inte**: den som tittar varje vecka och stoppar vid första träffen hittar
          vinnare som inte finns i vart sjätte test.
        - Triggers som regn syns när samma budskap skickas många gånger.
        - Bra faktorer slår slumpen, svaga gör det inte. Ökningen visar vilket.
        - Plattformarnas dynamiska annonser flyttar visningarna mot det som fungerar, men ett
          planerat test förklarar bättre.
        - Testa bara på dem som sagt ja [ref:mfl-19].

        **Prova med din egen organisation:**

        1. Vilken hypotes om era kunder skulle ni helst vilja pröva, och vad skulle ni mäta?
        2. Hur många når ni i den kanalen, och räcker det för skillnaden ni letar efter?
        3. Har ni någon gång stoppat ett test för att en variant såg ut att vinna?
        4. Vilken trigger (väder, lön, säsong) tror ni styr era kunder, och hur skulle ni pröva
           det?
        5. Var sparas det ni lär er av kampanjerna, och når det nästa segment?
        """,
        en="""
        ## Summary

        - Psychographics and triggers cannot be looked up: we **test and learn** and keep the
          answers as first-party data.
        - A test has a hypothesis, randomly chosen groups and a **control group**.
        - Work out the sample size **before** the test starts. Seeing 1% become 1.5% needs more
          than 7,600 per group, more than most customer registers have in one channel.
        - Read every result with its **95% interval**. If it spans zero, we do not know yet.
        - **Do not peek**: whoever looks every week and stops at the first hit finds winners that
          do not exist in one test in six.
        - Triggers such as rain show when the same message is sent many times.
        - Good factors beat chance, poor ones do not. The lift shows which.
        - The platforms' dynamic ads move the impressions towards what works, but a planned
          test explains better.
        - Test only on those who said yes [ref:mfl-19].

        **Try it with your own organisation:**

        1. Which hypothesis about your customers would you most like to test, and what would you
           measure?
        2. How many do you reach in that channel, and is it enough for the difference you are
           looking for?
        3. Have you ever stopped a test because a variant seemed to win?
        4. Which trigger (weather, payday, season) do you think moves your customers, and how
           would you test it?
        5. Where is what you learn from campaigns kept, and does it reach the next segment?
        """,
    ),
]
