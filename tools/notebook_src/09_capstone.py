"""Notebook 09: the capstone. The customer journey, Fjällgården's data plan, the learner's own plan."""

from nbsource import code, md

NOTEBOOK = {
    "number": "09",
    "slug": {"sv": "09-din-dataplan", "en": "09-your-data-plan"},
    "title": {"sv": "Din dataplan", "en": "Your data plan"},
}

CELLS = [
    md(
        sv="""
        # 09 · Din dataplan: kundresan från första annons till trogen kund

        Nu knyter vi ihop allt. Du vet vilken data som finns, varifrån den kommer och hur den
        blir till segment. Det som återstår är att se hur det hänger ihop hos **en** organisation:
        vilken data som samlas in i varje steg av kundresan, hur den samlas in, var den hamnar
        och vilket segment och budskap den ska användas till.

        Här gör du det först för kursens påhittade företag **Fjällgården**, och sedan för din egen
        organisation. Resultatet blir en dataplan som du kan spara, skriva ut och ta med dig.
        """,
        en="""
        # 09 · Your data plan: the customer journey from first ad to loyal customer

        Now we tie everything together. You know which data exists, where it comes from and how
        it becomes segments. What remains is to see how it fits together in **one**
        organisation: which data is collected at each stage of the customer journey, how it is
        collected, where it ends up, and which segment and message it is for.

        You do this first for the course's fictional company **Fjällgården**, and then for your
        own organisation. The result is a data plan that you can save, print and take with you.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - kundresans fyra steg: medvetenhet, övervägande, köp och lojalitet;
        - för varje steg: vilken data som uppstår, från vilken källa, hur den samlas in och var
          den lagras;
        - varför en pixel, ett analysverktyg och ett CRM-system gör olika nytta;
        - hur du fyller i, sparar och exporterar en dataplan för din egen organisation, med en
          bild av ert dataekosystem.
        """,
        en="""
        ## What you learn here

        - the four stages of the customer journey: awareness, consideration, purchase and
          loyalty;
        - for each stage: which data arises, from which source, how it is collected and where it
          is stored;
        - why a pixel, an analytics tool and a CRM do different jobs;
        - how to fill in, save and export a data plan for your own organisation, with a picture
          of your data ecosystem.
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
        ## Kundresan i fyra steg

        Data uppstår när någon gör något: stannar vid en video, klickar på en annons, besöker en
        butik. Därför måste vi bestämma i förväg vilken data vi vill ha, och planera våra
        aktiviteter efter det. Kundresan hjälper oss att tänka steg för steg:

        - **Medvetenhet:** personen får syn på oss för första gången. Data hos Fjällgården:
          annonsplattformens intressen och åldersgrupper, klick från en UTM-taggad annons.
        - **Övervägande:** personen jämför, läser och funderar. Data: vilka produkter hen tittar
          på i webbutiken och vilka guider hen läser.
        - **Köp:** personen köper, på webben eller i butik. Data: ordern i webbutiken, kvittot
          i kassan, vilken butik.
        - **Lojalitet:** kunden kommer tillbaka och rekommenderar oss. Data: klubbpoäng i appen,
          öppnade nyhetsbrev, nya köp.

        För varje steg ställer du samma fem frågor: **vilken data**, från **vilken källa**
        (förstahands-, andrahands- eller tredjepartsdata), **hur** den samlas in, **var** den
        lagras, och vilket **segment och budskap** den ska tjäna.
        """,
        en="""
        ## The customer journey in four stages

        Data arises when someone does something: pauses at a video, clicks an ad, visits a
        store. So we must decide in advance which data we want, and plan our activities
        accordingly. The customer journey helps us think it through stage by stage:

        - **Awareness:** the person notices us for the first time. Data at Fjällgården: the ad
          platform's interests and age groups, clicks from a UTM-tagged ad.
        - **Consideration:** the person compares, reads and thinks it over. Data: which products
          they view in the web shop and which guides they read.
        - **Purchase:** the person buys, online or in store. Data: the order in the web shop, the
          receipt at the till, which store.
        - **Loyalty:** the customer comes back and recommends us. Data: club points in the app,
          opened newsletters, new purchases.

        For each stage you ask the same five questions: **which data**, from **which source**
        (first-, second- or third-party data), **how** it is collected, **where** it is stored,
        and which **segment and message** it is to serve.
        """,
    ),
    code(
        """
        from course_lib.lessons.l09 import q1, q2, q3, q4
        """
    ),
    md(
        sv="""
        ### Fråga 1: var i kundresan är vi?

        Sortera sex ögonblick ur Fjällgårdens kundresa. Välj ett steg för varje exempel och tryck
        på **Kontrollera**.
        """,
        en="""
        ### Question 1: where in the customer journey are we?

        Sort six moments from Fjällgården's customer journey. Choose a stage for each example and
        press **Check**.
        """,
    ),
    code("q1.widget()", tags=("nbval-ignore-output",)),
    md(
        sv="""
        ## Hur datan samlas in, och var den hamnar

        Samma klick kan hamna på helt olika ställen beroende på vilket verktyg som fångar det.
        Tre saker är bra att hålla isär:

        - **En pixel** är ett litet skript från en annonsplattform som ligger på vår webbplats.
          Metas pixel låter Meta se vad en person med ett visst Meta-ID gör hos oss efter att hen
          har lämnat Facebook eller Instagram. Datan sparas hos Meta, inte på vår webbplats, men
          för insamlingen är vi och Meta gemensamt personuppgiftsansvariga [ref:cjeu-c-40-17].
        - **Ett analysverktyg**, till exempel Google Analytics, visar statistik: hur många som
          kom, varifrån och vad de gjorde. Det är bra för analys, men det är inte en plats där vi
          samlar data om enskilda kunder som vi sedan kan använda. Det verktyget samlar in är
          ändå personuppgifter [ref:imy-ga-2023].
        - **Ett CRM-system** är vårt eget register över kunder, kopplat till kund-ID, e-post och
          köp. Här ligger vår förstahandsdata.

        Både pixeln och analysverktyget använder kakor, och de kräver besökarens samtycke
        [ref:lek-9-28]. Data flyttar inte av sig själv mellan plattformar, utan det krävs en
        export eller en integration. **UTM-taggade länkar** (till exempel
        `?utm_source=instagram&utm_medium=paid&utm_campaign=regnklader_host`) gör att vi ser
        vilken kampanj ett besök kom från, även i våra egna system.
        """,
        en="""
        ## How the data is collected, and where it ends up

        The same click can end up in quite different places depending on which tool catches it.
        Three things are worth keeping apart:

        - **A pixel** is a small script from an ad platform that sits on our website. Meta's
          pixel lets Meta see what a person with a given Meta ID does on our site after leaving
          Facebook or Instagram. The data is stored at Meta, not on our website, but for the
          collection we and Meta are joint controllers [ref:cjeu-c-40-17].
        - **An analytics tool**, such as Google Analytics, shows statistics: how many came, from
          where and what they did. It is good for analysis, but it is not a place where we
          collect data about individual customers that we can then use. What the tool collects
          is still personal data [ref:imy-ga-2023].
        - **A CRM** is our own register of customers, tied to customer ID, email and purchases.
          This is where our first-party data lives.

        Both the pixel and the analytics tool use cookies, and those need the visitor's consent
        [ref:lek-9-28]. Data does not move between platforms by itself: it takes an export or an
        integration.
        **UTM-tagged links** (for example
        `?utm_source=instagram&utm_medium=paid&utm_campaign=regnklader_host`) let us see which
        campaign a visit came from, in our own systems too.
        """,
    ),
    md(
        sv="""
        ### Fråga 2: var måste datan finnas?

        I lojalitetssteget vill Fjällgården skicka e-post till alla som har köpt regnkläder det
        senaste året och påminna om impregneringen. Var måste köpdatan finnas för att det ska gå?

        Utskicket är marknadsföring med e-post. Kunderna ska därför ha sagt ja, eller som
        befintliga kunder ha fått ett enkelt och gratis sätt att tacka nej i varje utskick
        [ref:mfl-19].
        """,
        en="""
        ### Question 2: where must the data be?

        In the loyalty stage Fjällgården wants to email everyone who bought rain gear in the
        past year with a reminder about waterproofing. Where must the purchase data be for that
        to work?

        The mailing is marketing by e-mail. So the customers must have said yes, or, as existing
        customers, have been given a simple, free way to opt out in every message [ref:mfl-19].
        """,
    ),
    code("q2.widget()", tags=("nbval-ignore-output",)),
    md(
        sv="""
        ### Fråga 3: vilken sorts källa?

        Fjällgårdens lojalitetsapp registrerar att en medlem skannar sitt medlemskort i butiken i
        Åre. Vilken källtyp är det: `"first_party"`, `"second_party"` eller `"third_party"`?
        Du kan också skriva namnet, till exempel `"Tredjepartsdata"`.
        """,
        en="""
        ### Question 3: which kind of source?

        Fjällgården's loyalty app records that a member scans their membership card in the Åre
        store. Which source type is that: `"first_party"`, `"second_party"` or `"third_party"`?
        You may also write the name, for example `"Third-party data"`.
        """,
    ),
    code("answer_3 = ____", exercise="09.q3"),
    code("q3.check()"),
    code("# q3.solution()"),
    md(
        sv="""
        ## Exemplet: Fjällgårdens dataplan

        Fjällgården säljer friluftskläder och sportutrustning i en webbutik, i sex butiker och
        till företag. De har valt tre faktorer att segmentera på: **intressen**, **stad** (hur
        nära en butik kunden bor) och **triggers** (till exempel att det regnar). Så här ser
        deras plan ut, steg för steg, och sist testet från notebook 08:
        """,
        en="""
        ## The example: Fjällgården's data plan

        Fjällgården sells outdoor clothing and sports gear in a web shop, in six stores and to
        companies. They have chosen three factors to segment on: **interests**, **city** (how
        close to a store the customer lives) and **triggers** (such as rain). This is their
        plan, stage by stage, and last the test from notebook 08:
        """,
    ),
    code(
        """
        from course_lib.dataplan import example_plan, ecosystem_map
        example = example_plan()
        example
        """
    ),
    md(
        sv="""
        Samma plan som bild: källorna till vänster, sedan hur datan samlas in i varje steg, var
        den lagras och till sist vilket segment och budskap den tjänar. Varje färg är ett steg i
        kundresan. Lägg märke till att samma lagringsplats, till exempel CRM-systemet, används i
        flera steg. Det är där kundresan hänger ihop.
        """,
        en="""
        The same plan as a picture: the sources on the left, then how the data is collected at
        each stage, where it is stored and finally which segment and message it serves. Each
        colour is a stage of the customer journey. Notice that the same storage place, such as
        the CRM, is used at several stages: that is where the customer journey connects.
        """,
    ),
    code("ecosystem_map(example)"),
    md(
        sv="""
        ## Din egen plan

        Nu är det din tur. Tänk på en organisation du känner väl: din arbetsplats, en förening
        eller ett företag du vill jobba för. Fyll i formuläret nedan:

        1. Skriv organisationens namn och välj **tre faktorer** att segmentera på. Börja hellre
           med tre som ni verkligen kan använda än med tio som ni inte hinner göra något med.
        2. Gå igenom de fyra flikarna. Välj datapunkter ur kursens katalog, skriv annan data i
           fritextfältet, välj källtyp och skriv hur datan samlas in och var den lagras. Har du
           flera lagringsplatser skiljer du dem åt med semikolon.
        3. Tryck på **Spara**. Planen sparas i `my_work/dataplan.json` och finns kvar om du
           startar om kärnan eller stänger datorn. Formuläret fylls i igen nästa gång du kör
           cellen.
        4. **Visa bilden** ritar ditt dataekosystem, och **Exportera** skriver planen som
           dokument.
        5. Fliken **Test** är frivillig. Där skriver du ett test att göra, som i notebook 08:
           en hypotes, målgruppen, vad ni mäter och andelen i dag och den ni vill kunna
           upptäcka. Knappen räknar ut hur många mottagare varje grupp behöver. När testet är
           gjort skriver du vad det visade.
        """,
        en="""
        ## Your own plan

        Now it is your turn. Think of an organisation you know well: your workplace, a club or a
        company you would like to work for. Fill in the form below:

        1. Write the organisation's name and choose **three factors** to segment on. Better to
           start with three you can really use than with ten you never get round to.
        2. Go through the four tabs. Choose data points from the course catalogue, write other
           data in the free-text field, choose a source type and write how the data is
           collected and where it is stored. If you have several storage places, separate them
           with semicolons.
        3. Press **Save**. The plan is saved in `my_work/dataplan.json` and stays if you restart
           the kernel or shut down the computer: the form fills itself in again the next time
           you run the cell.
        4. **Show the picture** draws your data ecosystem, and **Export** writes the plan as a
           document.
        5. The **Test** tab is optional. There you write a test to run, as in notebook 08: a
           hypothesis, the audience, what you measure, and today's rate and the one you want to
           be able to detect. The button works out how many recipients each group needs. Once
           the test is done, you write what it found.
        """,
    ),
    code(
        """
        from course_lib.widgets.dataplan import plan_form
        form = plan_form()
        form
        """,
        tags=("nbval-ignore-output",),
    ),
    md(
        sv="""
        Formuläret säger vad som saknas när du sparar. Du kan också fråga i kod; det du har
        fyllt i finns i `form.plan`.
        """,
        en="""
        The form tells you what is missing when you save. You can also ask in code; what you
        have filled in is in `form.plan`.
        """,
    ),
    code("form.review()"),
    md(
        sv="""
        ### Fråga 4: täcker planen hela kundresan?

        En plan är användbar först när varje steg har någon data **och** en plats där den
        lagras. Data som inte sparas någonstans kan inte bli ett segment. Skriv
        `answer_4 = form.plan` när du har fyllt i och sparat, och kontrollera.
        """,
        en="""
        ### Question 4: does the plan cover the whole customer journey?

        A plan is useful only when every stage has some data **and** a place where it is
        stored: data that is not kept anywhere cannot become a segment. Write
        `answer_4 = form.plan` once you have filled it in and saved it, and check.
        """,
    ),
    code("answer_4 = ____", exercise="09.q4"),
    code("q4.check()"),
    code("# q4.solution()"),
    md(
        sv="""
        ## Exportera och ta med dig planen

        Knappen **Exportera** sparar först planen och skriver sedan tre filer i mappen
        `my_work/`:

        - `dataplan.html`: ett fristående dokument med bilden inbakad. Öppna det i webbläsaren,
          skicka det till en kollega eller skriv ut det som PDF.
        - `dataplan.md`: samma plan i Markdown, för den som vill klistra in den i en wiki eller
          ett annat dokument.
        - `dataplan.png`: bilden av ditt dataekosystem.

        Dokumentet listar också det som saknas och varnar om planen innehåller
        integritetskänsliga uppgifter eller känsliga personuppgifter enligt artikel 9 i GDPR,
        till exempel politisk åsikt [ref:gdpr-art-9].
        """,
        en="""
        ## Export and take the plan with you

        The **Export** button first saves the plan and then writes three files in the folder
        `my_work/`:

        - `dataplan.html`: a self-contained document with the picture built in. Open it in your
          browser, send it to a colleague or print it as a PDF.
        - `dataplan.md`: the same plan in Markdown, for pasting into a wiki or another document.
        - `dataplan.png`: the picture of your data ecosystem.

        The document also lists what is missing and warns if the plan contains privacy-sensitive
        data or special categories under Article 9 of the GDPR, such as political opinion
        [ref:gdpr-art-9].
        """,
    ),
    md(
        sv="""
        ## Sammanfattning

        - Kundresan har fyra steg: **medvetenhet, övervägande, köp och lojalitet**. Varje steg
          ger sin egen data.
        - För varje steg behöver du veta **vilken data**, **från vilken källa**, **hur** den samlas
          in, **var** den lagras och **vilket segment och budskap** den ska tjäna.
        - En pixel skickar data till annonsplattformen, ett analysverktyg ger statistik och
          CRM-systemet är ert eget kundregister. Mellan dem flyttar data bara genom export eller
          integration.
        - Din plan sparas i `my_work/` och kan exporteras som HTML och Markdown med en bild av
          ert dataekosystem.

        **Prova med din egen organisation:**

        1. I vilket steg av kundresan vet ni minst om era kunder, och vilken datapunkt skulle
           hjälpa mest där?
        2. Vilken data samlar ni in i dag som ni aldrig använder? Behöver ni den?
        3. Var lagras datan om era köp, och kan den nå annonsplattformen utan att ni laddar upp
           en fil för hand?
        4. Vilket av era fyra segment skulle ni kunna bygga redan i morgon, och vilket kräver ny
           insamling?

        Vill du pröva segmenten på er egen kundfil, eller se dem som SQL i ett datalager? Det
        gör du i notebook 10, en valfri fördjupning.
        """,
        en="""
        ## Summary

        - The customer journey has four stages: **awareness, consideration, purchase and
          loyalty**. Each stage yields its own data.
        - For each stage you need to know **which data**, **from which source**, **how** it is
          collected, **where** it is stored and **which segment and message** it is to serve.
        - A pixel sends data to the ad platform, an analytics tool gives statistics and the CRM
          is your own customer register. Data moves between them only by export or
          integration.
        - Your plan is saved in `my_work/` and can be exported as HTML and Markdown with a
          picture of your data ecosystem.

        **Try it with your own organisation:**

        1. At which stage of the customer journey do you know least about your customers, and
           which data point would help most there?
        2. Which data do you collect today that you never use? Do you need it?
        3. Where is your purchase data stored, and can it reach the ad platform without someone
           uploading a file by hand?
        4. Which of your four segments could you build tomorrow, and which needs new
           collection?

        Want to try the segments on your own customer file, or see them as SQL in a data
        warehouse? Notebook 10, an optional extra, shows how.
        """,
    ),
]
