"""Notebook 05: first-, second- and third-party data, the source inventory, the ecosystem map."""

from nbsource import code, md

NOTEBOOK = {
    "number": "05",
    "slug": {"sv": "05-datakallor", "en": "05-data-sources"},
    "title": {"sv": "Datakällor och dataekosystemet", "en": "Data sources and the data ecosystem"},
}

CELLS = [
    md(
        sv="""
        # 05 · Datakällor och dataekosystemet

        Datan om Fjällgårdens kunder finns inte på ett ställe. Köpen ligger i CRM-systemet,
        klicken i datalagret, intressena hos Meta och vädret hos en vädertjänst. Lektionen ger
        ett enkelt råd: **lista dina datakällor**. Då ser du hur du kan kartlägga dina kunder,
        och hur systemen hänger ihop.
        """,
        en="""
        # 05 · Data sources and the data ecosystem

        The data about Fjällgården's customers is not in one place. The purchases are in the
        CRM, the clicks in the data warehouse, the interests at Meta and the weather at a weather
        service. The lesson gives simple advice: **list your data sources**. Then you see how you
        can map your customers, and how the systems fit together.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - skillnaden mellan förstahands-, andrahands- och tredjepartsdata;
        - hur en inventering av datakällor ser ut: vad varje källa innehåller, var den kommer
          ifrån, hur den samlas in, var den lagras, vilken rättslig grund den vilar på och vem
          som får använda den;
        - att läsa en karta över ekosystemet: källor → lagring → plattformar;
        - att data bara flyttar mellan plattformar genom **export** eller **integration**, och
          att Meta-pixeln är en integration;
        - att lägga till en ny källa, en lojalitetsapp, i både inventeringen och kartan.
        """,
        en="""
        ## What you learn here

        - the difference between first-, second- and third-party data;
        - what an inventory of data sources looks like: what each source holds, where it comes
          from, how it is collected, where it is stored, which legal basis it rests on and who
          may use it;
        - to read a map of the ecosystem: sources → storage → platforms;
        - that data moves between platforms only by **export** or **integration**, and that the
          Meta pixel is an integration;
        - to add a new source, a loyalty app, to both the inventory and the map.
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
        ## Tre sorters källor

        Lektionen delar in datakällorna efter **vem som samlade in datan**:

        - **Förstahandsdata** (egen data) samlar vi in själva från våra kunder, till exempel
          köphistoriken i CRM-systemet eller vad kunderna klickar på i webbutiken.
        - **Andrahandsdata** (plattformsdata) är det plattformarna vet om sina användare: sökord
          i Google, intressen på Facebook, hur användarna beter sig. Vi *lånar* den när vi
          skapar annonser, men vi får aldrig ut den.
        - **Tredjepartsdata** kommer från någon annan och kan användas på en annan plattform,
          till exempel köpta uppgifter om livsstil, eller väder som får kunderna att handla.

        Så här står de i arbetsbokens katalog:
        """,
        en="""
        ## Three kinds of sources

        The lesson sorts data sources by **who collected the data**:

        - **First-party data** (our own data) we collect ourselves from our customers, for
          example the purchase history in the CRM or what customers click on in the web shop.
        - **Second-party data** (platform data) is what the platforms know about their users:
          search words on Google, interests on Facebook, how users behave. We *borrow* it when
          we create ads, but we never get it out.
        - **Third-party data** comes from someone else and can be used on another platform, for
          example purchased lifestyle information, or weather that makes customers buy.

        This is how the workbook's catalogue describes them:
        """,
    ),
    code(
        """
        from course_lib import catalog
        catalog.entries_frame("source_types")
        """
    ),
    md(
        sv="""
        Skillnaden mellan de tre handlar om vem som bestämmer över datan. Över egen data
        bestämmer vi själva, inom lagens ramar. Plattformsdata kan vi bara använda på
        plattformen, och köpt data bara så som avtalet och lagen tillåter.

        ### Fråga 1: vem samlade in datan?

        Sortera exemplen från lektionen. Välj en typ av källa för varje exempel och tryck på
        **Kontrollera**.
        """,
        en="""
        The difference between the three is who has the say over the data. Over our own data we
        decide ourselves, within the law. Platform data we can use only on the platform, and
        purchased data only as the contract and the law allow.

        ### Question 1: who collected the data?

        Sort the examples from the lesson. Choose a source type for each example and press
        **Check**.
        """,
    ),
    code(
        """
        from course_lib.lessons.l05 import q1, q2, q3, q4, q5
        q1.widget()
        """,
        tags=("nbval-ignore-output",),
    ),
    md(
        sv="""
        ## Fjällgårdens källinventering

        Här är alla Fjällgårdens datakällor i en tabell, en rad per källa. Läs några rader i
        taget. Tabellen visar vad källan innehåller, var den kommer ifrån, hur den samlas in, var
        den lagras, vilken **rättslig grund** enligt artikel 6 i GDPR den vilar på
        [ref:gdpr-art-6] och vem på företaget som får använda den.
        """,
        en="""
        ## Fjällgården's source inventory

        Here are all of Fjällgården's data sources in one table, one row per source. Read a few
        rows at a time. The table shows what the source holds, where it comes from, how it is
        collected, where it is stored, which **legal basis** under Article 6 of the GDPR it rests
        on [ref:gdpr-art-6] and who at the company may use it.
        """,
    ),
    code(
        """
        from course_lib import sources
        company = sources.company_inventory()
        sources.inventory(of=company)
        """
    ),
    md(
        sv="""
        Tre saker att lägga märke till:

        - **Meta och Google Ads** står som källor men lagras hos plattformarna, och vi ser bara
          siffror för hela målgrupper. Plattformen ansvarar för det den samlar in om sina
          användare. Men när vi väljer en målgrupp bland dem är vi och plattformen gemensamt
          personuppgiftsansvariga för att annonsen når just dem [ref:edpb-8-2020].
        - **Vädertjänsten** är inte persondata alls, eftersom vädret gäller en stad och inte en
          person. Det blir en del av en behandling av persondata först när vi kopplar vädret
          till kunderna i staden.
        - **Kundenkäten och de köpta livsstilsdatan** ger inkomst, personlighet och en gissad
          politisk åsikt. Samma uppgifter syns i värmekartan i notebook 04.
        - **Samma kund** finns i flera källor, under olika identifierare: kund-ID i CRM-systemet,
          ett anonymt ID i webbutiken innan hen loggar in, e-postadressen i e-postverktyget.

        De sex rättsliga grunderna i artikel 6 finns också i inventeringen [ref:gdpr-art-6]:
        """,
        en="""
        Three things to notice:

        - **Meta and Google Ads** are listed as sources but stored at the platforms, and we only
          see figures for whole audiences. The platform is responsible for what it collects
          about its users. But when we choose an audience among them, we and the platform are
          joint controllers for the ad reaching exactly them [ref:edpb-8-2020].
        - **The weather service** is not personal data at all, because the weather is about a
          city, not a person. It becomes part of processing personal data only when we link the
          weather to the customers in the city.
        - **The customer survey and the purchased lifestyle data** give income, personality
          and a guessed political opinion. The same data shows in the heat map of notebook 04.
        - **The same customer** appears in several sources, under different identifiers: a
          customer ID in the CRM, an anonymous ID in the web shop before they log in, the email
          address in the email tool.

        The six legal bases of Article 6 are in the inventory too [ref:gdpr-art-6]:
        """,
    ),
    code(
        """
        [basis.name() for basis in company.legal_bases]
        """
    ),
    md(
        sv="""
        ### Fråga 2: vilka källor kräver samtycke?

        Titta i kolumnen **Rättslig grund** ovan. Vilka av källorna nedan bygger på kundens
        samtycke? Kryssa i alla som gör det.
        """,
        en="""
        ### Question 2: which sources need consent?

        Look at the column **Legal basis** above. Which of the sources below rest on the
        customer's consent? Tick all that do.
        """,
    ),
    code("q2.widget()", tags=("nbval-ignore-output",)),
    md(
        sv="""
        ## Vilka datapunkter täcker källorna?

        I notebook 04 såg du lektionens tjugo datapunkter. Tabellen nedan visar, för varje
        datapunkt, vilka av Fjällgårdens källor som ger den, uppdelat på typ av källa. Ett
        streck (–) betyder att ingen källa av den typen har datapunkten.
        """,
        en="""
        ## Which data points do the sources cover?

        In notebook 04 you saw the lesson's twenty data points. The table below shows, for each
        data point, which of Fjällgården's sources provide it, split by source type. A dash (–)
        means no source of that type has the data point.
        """,
    ),
    code("sources.coverage(company)"),
    md(
        sv="""
        Intressen kommer från alla tre sorters källor, medan köpbeteende främst kommer från
        egen data. Det är typiskt. Det vi vet säkrast om våra kunder är vad de faktiskt köper
        av oss.

        ### Fråga 3: vad kommer från tredje part?

        Vilka av datapunkterna `Ålder`, `Inkomst`, `Intressen`, `Politisk åsikt`, `Triggers` och
        `Psykologisk typ` har Fjällgården från **tredjepartsdata**? Svara med en lista, till
        exempel `["Ålder", "Intressen"]`.
        """,
        en="""
        Interests come from all three kinds of sources, while purchase behaviour comes mainly
        from our own data. That is typical. What we know most surely about our customers is what
        they actually buy from us.

        ### Question 3: what comes from third parties?

        Which of the data points `Age`, `Income`, `Interests`, `Political opinion`, `Triggers`
        and `Psychological type` does Fjällgården have from **third-party data**? Answer with a
        list, for example `["Age", "Interests"]`.
        """,
    ),
    code("answer_3 = ____", exercise="05.q3"),
    code("q3.check()"),
    code("# q3.solution()"),
    md(
        sv="""
        ## Kartan över ekosystemet

        En tabell visar vad som finns, och en karta visar hur det hänger ihop. Till vänster står
        källorna, färgade efter typ. I mitten står systemen där **vi** lagrar datan, och till
        höger plattformarna där vi når kunderna. Grå pilar visar var varje källa lagras, och
        färgade pilar visar hur data skickas vidare.
        """,
        en="""
        ## The map of the ecosystem

        A table shows what there is; a map shows how it fits together. On the left are the
        sources, coloured by type. In the middle are the systems where **we** store the data,
        and on the right the platforms where we reach the customers. Grey arrows show where each
        source is stored; coloured arrows show how data is sent on.
        """,
    ),
    code("sources.ecosystem_map(company)"),
    md(
        sv="""
        ## Data flyttar bara genom export eller integration

        Data som är kopplad till en person hör till ett ID på en viss plattform. Den kan inte
        flytta sig själv till en annan plattform. Någon måste **exportera** den (ta ut en fil
        och ladda upp den någon annanstans) eller bygga en **integration** (koppla ihop
        systemen så att data skickas automatiskt). Här är alla Fjällgårdens flöden:
        """,
        en="""
        ## Data moves only by export or integration

        Data tied to a person belongs to an ID on a particular platform. It cannot move to
        another platform by itself: someone has to **export** it (take out a file and upload it
        elsewhere) or build an **integration** (connect the systems so data is sent
        automatically). Here are all of Fjällgården's flows:
        """,
    ),
    code("sources.flows(of=company)"),
    md(
        sv="""
        - Den **hashade kundlistan** är en export. Fjällgården tar ut e-post och telefon ur
          CRM-systemet, gör om dem till hashvärden (notebook 03) och laddar upp filen till Meta
          och Google Ads. Listan är fortfarande personuppgifter [ref:gdpr-recital-26].
        - **Meta-pixeln** är en integration. Pixeln är ett skript i webbutiken som låter Meta
          se vad en person med ett visst Meta-ID gör på webbplatsen efter att hen lämnat
          Facebook. Meta lagrar sedan datan på **sina egna servrar**, inte på webbplatsen, men
          för insamlingen är Fjällgården och Meta gemensamt personuppgiftsansvariga
          [ref:cjeu-c-40-17].
        - **Vädret** skickas med en integration till e-postverktyget, så att ett utskick om
          regnkläder kan gå iväg när prognosen visar regn.

        ### Fråga 4: export eller integration?

        Data flyttar aldrig av sig själv mellan plattformar. Sortera Fjällgårdens flöden. Vilka
        är exporter och vilka är integrationer? Välj i listorna och tryck på
        **Kontrollera**.
        """,
        en="""
        - The **hashed customer list** is an export. Fjällgården takes email and phone out of
          the CRM, turns them into hash values (notebook 03) and uploads the file to Meta and
          Google Ads. The list is still personal data [ref:gdpr-recital-26].
        - The **Meta pixel** is an integration. The pixel is a script in the web shop that lets
          Meta see what a person with a given Meta ID does on the website after leaving
          Facebook. Meta then stores the data on **its own servers**, not on the website, but
          for the collection Fjällgården and Meta are joint controllers [ref:cjeu-c-40-17].
        - The **weather** is sent by an integration to the email tool, so a mailing about rain
          gear can go out when the forecast shows rain.

        ### Question 4: export or integration?

        Data never moves between platforms by itself. Sort Fjällgården's flows. Which are
        exports and which are integrations? Choose in the lists and press **Check**.
        """,
    ),
    code("q4.widget()", tags=("nbval-ignore-output",)),
    code("# q4.solution()"),
    md(
        sv="""
        ## Lägg till en ny källa: lojalitetsappen

        Fjällgården startar en lojalitetsapp, **Fjällgården Plus**. Medlemmarna visar appen i
        kassan och får bonus på sina köp. Det är en ny källa som ska in i både inventeringen
        och kartan.

        ### Med formuläret

        Fyll i formuläret och tryck på **Lägg till källan**. Källan dyker upp i tabellen och på
        kartan, och sparas i din mapp `my_work/`. Gör du fel, till exempel skickar datan till
        ett system som inte finns, får du veta vad som är fel. **Börja om** tar bort dina egna
        källor igen.
        """,
        en="""
        ## Add a new source: the loyalty app

        Fjällgården is launching a loyalty app, **Fjällgården Plus**. Members show the app at
        the till and earn bonus on their purchases. It is a new source that has to go into both
        the inventory and the map.

        ### With the form

        Fill in the form and press **Add the source**. The source appears in the table and on
        the map, and is saved in your folder `my_work/`. If you make a mistake, for example send
        the data to a system that does not exist, you are told what is wrong. **Start over**
        removes your own sources again.
        """,
    ),
    code(
        """
        from course_lib.widgets.sources import source_form
        source_form()
        """,
        tags=("nbval-ignore-output",),
    ),
    md(
        sv="""
        ### Med kod

        Samma sak går att göra i kod med `add_source`. Den ändrar inte företagets inventering,
        utan ger tillbaka en ny inventering med en källa till. Typer, datapunkter och system kan
        du skriva med sina svenska eller engelska namn, eller med nyckeln (som `"first_party"`).

        Här är en första, ofullständig version av appen:
        """,
        en="""
        ### With code

        You can do the same in code with `add_source`. It does not change the company's
        inventory, but returns a new inventory with one more source. Types, data points and
        systems can be written with their Swedish or English names, or with the key (such as
        `"first_party"`).

        Here is a first, incomplete version of the app:
        """,
    ),
    code(
        """
        from course_lib.sources import add_source
        draft = add_source(company, "Fjällgården Plus", "first_party",
                           data_points=["purchase_behaviour", "triggers"])
        sources.inventory(of=draft, brief=True)
        """
    ),
    md(
        sv="""
        Appen står nu sist i tabellen, men kolumnerna för lagring och flöden är tomma. På kartan
        hänger den i luften, utan pilar:
        """,
        en="""
        The app is now last in the table, but the columns for storage and flows are empty. On
        the map it hangs in the air, without arrows:
        """,
    ),
    code('sources.ecosystem_map(draft, highlight="Fjällgården Plus")'),
    md(
        sv="""
        ### Fråga 5: gör appen komplett

        Lägg till lojalitetsappen med allt som hör till en källa: vilken typ av källa den är,
        hur den samlas in (`collected=`), var den lagras (`stored_in=`) och minst ett system
        den skickas till (`flows_to=`). Fyll gärna också i rättslig grund (`legal_basis=`, en
        av grunderna i artikel 6 [ref:gdpr-art-6]) och vem som får använda den (`users=`).

        Kopiera cellen ovan och bygg vidare, och ge sedan din inventering som svar. Använde du
        formuläret svarar du med `sources.my_inventory()`, som läser det du sparade.

        Kontrollen godkänner appen när den är förstahandsdata, lagras någonstans, har en
        beskrivning av hur den samlas in och skickas till minst ett system.
        """,
        en="""
        ### Question 5: complete the app

        Add the loyalty app with everything a source needs: which source type it is, how it is
        collected (`collected=`), where it is stored (`stored_in=`) and at least one system it
        is sent to (`flows_to=`). Fill in the legal basis too if you like (`legal_basis=`, one
        of the bases in Article 6 [ref:gdpr-art-6]), and who may use it (`users=`).

        Copy the cell above and build on it, then give your inventory as the answer. If you used
        the form, answer with `sources.my_inventory()`, which reads what you saved.

        The check accepts the app when it is first-party data, is stored somewhere, has a
        description of how it is collected and is sent to at least one system.
        """,
    ),
    code("answer_5 = ____", exercise="05.q5"),
    code("q5.check()"),
    code("q5.hint()"),
    code("# q5.solution()"),
    md(
        sv="""
        *Fördjupning (valfri):* rita kartan med din färdiga app framhävd, till exempel
        `sources.ecosystem_map(answer_5, highlight="Fjällgården Plus")`, och titta på täckningen
        med `sources.coverage(answer_5)`. Vilka datapunkter ger appen som Fjällgården inte
        hade förut?

        ## Sammanfattning

        - **Förstahandsdata** samlar vi in själva, **andrahandsdata** lånar vi av plattformarna,
          **tredjepartsdata** hämtar eller köper vi från någon annan.
        - En källinventering svarar för varje källa på: vad, varifrån, hur den samlas in, var
          den lagras, på vilken rättslig grund och vem som får använda den [ref:gdpr-art-6].
        - Kartan visar ekosystemet: källor → lagring → plattformar.
        - Data flyttar bara mellan plattformar genom **export** eller **integration**. Meta-pixeln
          är en integration, och datan den samlar in lagras på Metas servrar.
        - En ny källa, som en lojalitetsapp, är inte klar förrän vi vet var den lagras och vart
          den skickas.

        **Prova med din egen organisation:**

        1. Lista fem av era datakällor. Vilka är förstahandsdata, andrahandsdata och
           tredjepartsdata?
        2. Var lagras varje källa, och vem får använda den?
        3. Vilken rättslig grund vilar varje källa på? Finns det någon där ni inte vet?
        4. Rita er egen karta. Vilka flöden är exporter, och vilka är integrationer? Finns det
           en pixel på er webbplats, och vem lagrar datan den samlar in?
        5. Vilken datapunkt saknar ni en källa för, och *behöver* ni den verkligen?
        """,
        en="""
        *Going further (optional):* draw the map with your finished app highlighted, for example
        `sources.ecosystem_map(answer_5, highlight="Fjällgården Plus")`, and look at the
        coverage with `sources.coverage(answer_5)`. Which data points does the app provide that
        Fjällgården did not have before?

        ## Summary

        - **First-party data** we collect ourselves, **second-party data** we borrow from the
          platforms, **third-party data** we fetch or buy from someone else.
        - A source inventory answers for each source: what, where from, how it is collected,
          where it is stored, on which legal basis and who may use it [ref:gdpr-art-6].
        - The map shows the ecosystem: sources → storage → platforms.
        - Data moves between platforms only by **export** or **integration**. The Meta pixel is
          an integration, and the data it collects is stored on Meta's servers.
        - A new source, such as a loyalty app, is not done until we know where it is stored and
          where it is sent.

        **Try it with your own organisation:**

        1. List five of your data sources. Which are first-party, second-party and third-party
           data?
        2. Where is each source stored, and who may use it?
        3. Which legal basis does each source rest on? Is there one where you do not know?
        4. Draw your own map: which flows are exports, and which are integrations? Is there a
           pixel on your website, and who stores the data it collects?
        5. Which data point do you lack a source for, and do you really *need* it?
        """,
    ),
]
