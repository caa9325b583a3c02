"""Notebook 04: factual, attitude and behaviour data; the four dimensions and twenty data points;
what Fjällgården's data holds; choosing three factors for a business case (saved for 06)."""

from nbsource import code, md

NOTEBOOK = {
    "number": "04",
    "slug": {"sv": "04-persondatakategorier", "en": "04-personal-data-categories"},
    "title": {"sv": "Kategorier av persondata", "en": "Categories of personal data"},
}

WIDGET = ("nbval-ignore-output",)

CELLS = [
    md(
        sv="""
        # 04 · Kategorier av persondata

        Utan persondata kan vi inte dela in målgruppen i de kanaler där vi når den. Men vilken
        data behöver vi? Nästan allt går att samla in på något sätt, och den som samlar in för
        mycket får mest besvär och liten nytta. Lektionens råd är att börja med **tre viktiga
        faktorer** och bygga 4–5 målgruppssegment av dem.

        Här går vi igenom de tjugo datapunkter du kan välja bland, ser vilka av dem Fjällgården
        redan har, och till sist väljer du dina tre faktorer för en riktig kampanj.
        """,
        en="""
        # 04 · Categories of personal data

        Without personal data we cannot split our audience in the channels where we reach it. But
        which data do we need? Almost anything can be collected somehow, and whoever collects too
        much gets mostly trouble and little use. The lesson's advice is to start with **three
        important factors** and build 4–5 audience segments from them.

        Here we go through the twenty data points you can choose from, see which of them
        Fjällgården already has, and finally you choose your three factors for a real campaign.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - de tre kategorierna av persondata: faktisk data, attityddata och beteendedata;
        - de fyra dimensionerna och de tjugo datapunkterna, med lektionens fråga till var och en;
        - att slå upp en datapunkt och se om, och var, företagets data har den;
        - att välja tre faktorer för ett affärsfall och motivera valet.
        """,
        en="""
        ## What you learn here

        - the three categories of personal data: factual, attitude and behaviour data;
        - the four dimensions and the twenty data points, with the lesson's question for each;
        - how to look up a data point and see whether, and where, the company's data holds it;
        - how to choose three factors for a business case and justify the choice.
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
        ## Tre kategorier av persondata

        - **Faktisk data** är sådant vi kan veta säkert om en person, till exempel ålder,
          bostadsort och yrke. En del av det finns också i offentliga register.
        - **Attityddata** formar personens bild av sig själv: vad hen gillar, hur hen lever och
          handlar, vad hen tycker.
        - **Beteendedata** styr hur personen agerar: personligheten och det som får hen att
          slå till.

        Kategorierna har fyra **dimensioner**, och under dem ligger tjugo **datapunkter**. Kartan
        ritas ur arbetsbokens katalog. Röd ram betyder en känslig personuppgift enligt artikel 9 i
        GDPR, det som arbetsboken kallar en särskild kategori [ref:gdpr-art-9]. Streckad ram
        betyder att uppgiften är integritetskänslig.
        """,
        en="""
        ## Three categories of personal data

        - **Factual data** is what we can know for certain about a person, such as age, home
          town and occupation. Some of it is also held in public registers.
        - **Attitude data** shapes the person's image of themselves: what they like, how they live
          and shop, what they think.
        - **Behaviour data** drives how the person acts: their personality and what makes them
          act.

        The categories have four **dimensions**, and under them sit twenty **data points**. The
        map is drawn from the workbook's catalogue. A red frame means a special category of
        personal data under Article 9 of the GDPR [ref:gdpr-art-9]. A dashed frame means the data
        is privacy-sensitive.
        """,
    ),
    code(
        """
        from course_lib.course_map import course_map
        course_map()
        """
    ),
    md(
        sv="""
        ## Fyra dimensioner och lektionens frågor

        Till varje datapunkt ställer lektionen en fråga. Svaret är aldrig detsamma för alla
        företag. Ålder betyder mycket för den som säljer barnkläder och nästan inget för den som
        säljer tandkräm. Läs frågorna med Fjällgården i tankarna, en friluftskedja med webbutik
        och sex butiker (Stockholm, Göteborg, Malmö, Uppsala, Umeå och Åre).

        ### Demografisk dimension (faktisk data)

        Fakta om personen. En del av dem finns hos myndigheter. Folkbokföringen hos Skatteverket
        registrerar till exempel personnummer, namn, adress, civilstånd och medborgarskap, men
        inte yrke [ref:skv-folkbokforing].

        Marknadsförare köper adresser ur SPAR, Statens personadressregister, som bygger på
        folkbokföringen. Där går det att välja ut personer efter kön, ålder, bostadsort och
        inkomstintervall, men den som har begärt reklamspärr lämnas inte ut
        [ref:spar-urval, spar-reklamsparr]. Den som inte vill bli uppringd av säljare kan spärra
        sitt nummer i NIX-Telefon [ref:nix-telefon].

        Inkomst och socioekonomisk klass är integritetskänsliga. Sedan september 2025 begränsar
        Meta anpassade målgrupper som antyder ekonomisk ställning, till exempel ”hög inkomst”
        [ref:meta-custom-audiences].
        """,
        en="""
        ## Four dimensions and the lesson's questions

        For each data point the lesson asks a question. The answer is never the same for every
        company: age means a lot to someone selling children's clothes and almost nothing to
        someone selling toothpaste. Read the questions with Fjällgården in mind, an outdoor chain
        with a web shop and six stores (Stockholm, Göteborg, Malmö, Uppsala, Umeå and Åre).

        ### The demographic dimension (factual data)

        Facts about the person. Public bodies hold some of them. The population register
        (folkbokföringen) at the Swedish Tax Agency records, for example, the personal identity
        number, name, address, civil status and citizenship, but not occupation
        [ref:skv-folkbokforing].

        Marketers buy addresses from SPAR, the state personal address register, which is built
        on the population register. It can select people by gender, age, place of residence and
        income bracket, but leaves out anyone who has opted out of direct mail
        [ref:spar-urval, spar-reklamsparr]. People who do not want sales calls can block their
        number in NIX-Telefon [ref:nix-telefon].

        Income and socio-economic class are privacy-sensitive. Since September 2025 Meta
        restricts custom audiences that suggest financial status, such as "high income"
        [ref:meta-custom-audiences].
        """,
    ),
    code(
        """
        from course_lib.browser import guiding_questions
        guiding_questions(dimension="demographic")
        """
    ),
    md(
        sv="""
        ### Geografisk dimension (faktisk data)

        Var personen bor och befinner sig. Hur mycket det betyder beror på plattformen och
        verksamheten. För Fjällgården spelar avståndet till närmaste butik roll. Lektionen säger
        att geografisk data också kartlägger hur vi rör oss, men i katalogen står rörelsemönster
        under den psykografiska dimensionen, där lektionens lista har dem. Storstad eller
        landsbygd kan mätas med SKR:s kommungrupper, som delar in Sveriges 290 kommuner från
        storstäder till landsbygdskommuner.
        """,
        en="""
        ### The geographic dimension (factual data)

        Where the person lives and is. How much it matters depends on the platform and the
        business. For Fjällgården the distance to the nearest store counts. The lesson says
        geographic data also maps how we move, but the catalogue puts movement patterns under
        the psychographic dimension, where the lesson's list has them. Urban or rural can be
        measured with SKR's municipality groups, which sort Sweden's 290 municipalities from
        metropolitan cities to rural municipalities.
        """,
    ),
    code('guiding_questions(dimension="geographic")'),
    md(
        sv="""
        ### Psykografisk dimension (attityddata)

        Den här datan gör mest nytta när vi formar budskapet, men den är svårast att kartlägga.
        Annonsplattformarna vet en del om intressen och digitalt beteende. Vill vi bekräfta vad vi
        tror om målgruppen måste vi ändå låta den möta olika innehåll och budskap, och se vad den
        reagerar på.

        **Politisk åsikt** är en känslig personuppgift enligt artikel 9 i GDPR och hör inte hemma
        i vanlig marknadsföring [ref:gdpr-art-9]. Sedan den 19 januari 2022 går det inte att
        rikta nya annonser på Meta efter bland annat politisk tillhörighet
        [ref:meta-sensitive-targeting-2021]. Även intressen och livsstil kan avslöja känsliga
        personuppgifter, till exempel tro eller hälsa.
        """,
        en="""
        ### The psychographic dimension (attitude data)

        This data does most good when we shape the message, but it is the hardest to map. The ad
        platforms know some things about interests and digital behaviour. To confirm what we
        believe about our audience, though, we have to let it meet different content and
        messages, and see what it responds to.

        **Political opinion** is a special category under Article 9 of the GDPR and has no place
        in ordinary marketing [ref:gdpr-art-9]. Since 19 January 2022 new ads on Meta can no
        longer be targeted on, among other things, political affiliation
        [ref:meta-sensitive-targeting-2021]. Interests and lifestyle can also reveal special
        categories, such as religion or health.
        """,
    ),
    code('guiding_questions(dimension="psychographic")'),
    md(
        sv="""
        ### Personlighet (beteendedata)

        Varför gör vi våra val? Det är svårast av allt att få svar på, och precis som med den
        psykografiska datan måste vi testa oss fram. Psykologisk typ beskrivs ofta med
        femfaktormodellen OCEAN (öppenhet, samvetsgrannhet, extraversion, vänlighet och
        neuroticism). Triggers, som lektionen kallar dem, är det som får personen att handla,
        till exempel en rabatt, ett väderomslag eller lönen. Att gissa personlighet ur digitala
        spår var kärnan i Cambridge Analyticas metod [ref:guardian-ca-2018]. Mer om det i
        notebook 07.
        """,
        en="""
        ### Personality (behaviour data)

        Why do we make our choices? That is the hardest of all to find out, and just as with
        psychographic data we have to test our way forward. Psychological type is often
        described with the Big Five model OCEAN (openness, conscientiousness, extraversion,
        agreeableness and neuroticism). Triggers are what make the person buy, such as a
        discount, a change in the weather or payday. Guessing personality from digital traces was
        the heart of Cambridge Analytica's method [ref:guardian-ca-2018]. More on that in notebook
        07.
        """,
    ),
    code('guiding_questions(dimension="personality")'),
    md(
        sv="""
        Först hämtar vi frågorna till den här notebooken:
        """,
        en="""
        First we fetch this notebook's questions:
        """,
    ),
    code("from course_lib.lessons.l04 import q1, q2, q3, q4, q5"),
    md(
        sv="""
        ### Fråga 1: sortera i kategorier

        Vilken kategori hör varje datapunkt till? Välj i listorna och tryck på **Kontrollera**.
        Se upp med en av dem, för namnet lockar till fel svar.
        """,
        en="""
        ### Question 1: sort into categories

        Which category does each data point belong to? Choose in the lists and press **Check**.
        Watch out for one of them: its name tempts you to the wrong answer.
        """,
    ),
    code("q1.widget()", tags=WIDGET, exercise="04.q1"),
    md(
        sv="""
        ### Fråga 2: pendla med tåg

        En kund **pendlar med tåg varje dag**. Vilken dimension hör den uppgiften till? Skriv
        dimensionens namn inom citattecken, till exempel `"Demografisk"`, i stället för `____`.
        Behöver du hjälp ger `q2.hint()` en ledtråd.
        """,
        en="""
        ### Question 2: commuting by train

        A customer **commutes by train every day**. Which dimension does that belong to? Write
        the dimension's name in quotes, for example `"Demographic"`, in place of `____`. If you
        need help, `q2.hint()` gives a hint.
        """,
    ),
    code("answer_2 = ____", exercise="04.q2"),
    code("q2.check()"),
    code("# q2.solution()"),
    md(
        sv="""
        ### Fråga 3: vad måste testas fram?

        Vissa datapunkter kan kunden själv uppge, eller så finns de i ett register. Andra måste
        vi oftast testa fram genom att visa olika innehåll och se vem som reagerar på vad. Kryssa
        i de datapunkter som hör till den andra sorten.
        """,
        en="""
        ### Question 3: what must be found by testing?

        Some data points the customer can state, or a register holds them. Others we usually have
        to find by testing: showing different content and seeing who responds to what. Tick the
        data points of the second kind.
        """,
    ),
    code("q3.widget()", tags=WIDGET, exercise="04.q3"),
    md(
        sv="""
        ## Bläddra i katalogen

        Katalogbläddraren visar allt katalogen vet om en datapunkt: lektionens fråga, en
        beskrivning, exempel, typiska källor och GDPR-klass. Längst ner står om **Fjällgårdens
        data** har datapunkten, och i så fall i vilken tabell och vilka kolumner.

        Filtrera på kategori, dimension, källtyp och GDPR-klass. Filtret *Källtyp* följer
        lektionens typiska källor, och var Fjällgården faktiskt har datan står på kortet. Allt
        går att styra med tangentbordet. Tab flyttar mellan reglagen och piltangenterna väljer.
        """,
        en="""
        ## Browse the catalogue

        The catalogue browser shows everything the catalogue knows about a data point: the
        lesson's question, a description, examples, typical sources and GDPR class. At the bottom
        it says whether **Fjällgården's data** has the data point, and if so in which table and
        columns.

        Filter by category, dimension, source type and GDPR class. The *Source type* filter
        follows the lesson's typical sources; where Fjällgården actually holds the data is on the
        card. Everything works from the keyboard: Tab moves between the controls and the arrow
        keys choose.
        """,
    ),
    code(
        """
        from course_lib.widgets.catalog_browser import catalog_browser
        catalog_browser()
        """,
        tags=WIDGET,
    ),
    md(
        sv="""
        Ett kort går också att visa direkt, utan reglage. Här är triggers, som Fjällgården har
        både i sin egen orderhistorik och i väderdata från en vädertjänst:
        """,
        en="""
        A card can also be shown directly, without controls. Here are triggers, which Fjällgården
        has both in its own order history and in weather data from a weather service:
        """,
    ),
    code(
        """
        from course_lib.browser import show_data_point, where_in_our_data, coverage_heatmap
        show_data_point("triggers")
        """
    ),
    md(
        sv="""
        ## Vad har Fjällgården?

        Värmekartan sammanfattar företagets datakatalog (data dictionary). Varje rad är en
        datapunkt, varje kolumn en källtyp, och siffran är antalet kolumner i Fjällgårdens
        tabeller som håller datapunkten. Ett streck betyder att den källan inte ger något.
        Namnen är färgade efter kategori, som på kartan.
        """,
        en="""
        ## What does Fjällgården have?

        The heat map sums up the company's data dictionary: each row is a data point, each column
        a source type, and the number is how many columns of Fjällgården's tables hold that data
        point. A dash means that source gives nothing. The names are coloured by category, as on
        the map.
        """,
    ),
    code("coverage_heatmap()"),
    md(
        sv="""
        Tre saker att lägga märke till:

        - **Konsumtion och köpbeteende** finns nästan överallt. Varje order, rad i en order och
          recension säger något om hur kunden handlar.
        - **Psykologisk typ** har Fjällgården från ett eget personlighetsquiz. Att datan finns
          betyder inte att den bör användas, för den är integritetskänslig.
        - **Politisk åsikt** ligger i en köpt tabell från en datamäklare. Den *finns*, men som
          känslig personuppgift får den inte användas [ref:gdpr-art-9]. Här är kortet:
        """,
        en="""
        Three things to notice:

        - **Consumption and purchase behaviour** is almost everywhere. Every order, order line and
          review says something about how the customer shops.
        - **Psychological type** Fjällgården has from its own personality quiz. That the data
          exists does not mean it should be used, for it is privacy-sensitive.
        - **Political opinion** sits in a bought table from a data broker. It *is there*, but as a
          special category it must not be used [ref:gdpr-art-9]. Here is its card:
        """,
    ),
    code('show_data_point("political_opinion")'),
    md(
        sv="""
        ### Fråga 4: bara köpt

        Vilka datapunkter har Fjällgården **bara** från tredjepartsdata, alltså bara från köpta
        uppgifter? Svara med en lista av namn, till exempel `["Ålder", "Kön"]`.
        """,
        en="""
        ### Question 4: only bought

        Which data points does Fjällgården have **only** from third-party data, that is only
        from bought data? Answer with a list of names, for example `["Age", "Gender"]`.
        """,
    ),
    code("answer_4 = ____", exercise="04.q4"),
    code("q4.check()"),
    code("# q4.solution()"),
    md(
        sv="""
        ## Välj tre faktorer

        **Affärsfallet.** Fjällgården vill sälja fler regnkläder i höst. Kampanjen pågår i
        september och oktober, i webbutiken och i de sex butikerna, och marknadsavdelningen har
        råd med 4–5 målgrupper i annonserna och i nyhetsbrevet. Efter vilka tre faktorer ska
        kunderna delas in?

        Det finns många bra svar. Kontrollen godtar varje val som håller för fallet:

        - exakt **tre** datapunkter ur katalogen;
        - ingen **känslig personuppgift** enligt artikel 9 i GDPR [ref:gdpr-art-9];
        - faktorer som faktiskt **skiljer kunderna åt** i Fjällgårdens data;
        - en **motivering** till varje faktor som säger vad med just den faktorn som spelar roll.
          Längden spelar ingen roll.

        Integritetskänsliga faktorer går igenom, men med en påminnelse. Skriv svaret som en ordbok: namnet på
        faktorn, ett kolon och motiveringen, båda inom citattecken.

        ```python
        answer_5 = {
            "Faktor 1": "Varför den spelar roll för regnkläderna ...",
            "Faktor 2": "...",
            "Faktor 3": "...",
        }
        ```

        När svaret godtas sparas valet, och segmenteringen i notebook 06 börjar med dina tre
        faktorer.
        """,
        en="""
        ## Choose three factors

        **The business case.** Fjällgården wants to sell more rain gear this autumn. The campaign
        runs in September and October, in the web shop and the six stores, and the marketing
        team can afford 4–5 audiences in the ads and the newsletter. By which three factors
        should the customers be split?

        There are many good answers. The check accepts any choice that holds up for the case:

        - exactly **three** data points from the catalogue;
        - no **special category** under Article 9 of the GDPR [ref:gdpr-art-9];
        - factors that actually **tell customers apart** in Fjällgården's data;
        - a **reason** for each factor that says what about that very factor matters. Length
          does not matter.

        Privacy-sensitive factors pass, but with a reminder. Write the answer as a dictionary: the
        factor's name, a colon and the reason, both in quotes.

        ```python
        answer_5 = {
            "Factor 1": "Why it matters for the rain gear ...",
            "Factor 2": "...",
            "Factor 3": "...",
        }
        ```

        When the answer is accepted, the choice is saved, and the segmentation in notebook 06
        starts from your three factors.
        """,
    ),
    code("answer_5 = ____", exercise="04.q5"),
    code("q5.check()"),
    code("# q5.solution()"),
    md(
        sv="""
        Hellre reglage än kod? Formuläret nedan rättar och sparar på exakt samma sätt.
        """,
        en="""
        Prefer controls to code? The form below checks and saves in exactly the same way.
        """,
    ),
    code("q5.widget()", tags=WIDGET),
    md(
        sv="""
        Så här ser valet ut som notebook 06 börjar med. Har du inte sparat något eget val än
        gäller standardvalet.
        """,
        en="""
        This is the choice notebook 06 starts from. If you have not saved a choice of your own
        yet, the default applies.
        """,
    ),
    code(
        """
        from course_lib.choices import load_three_factors
        load_three_factors()
        """
    ),
    md(
        sv="""
        ## Fördjupning (valfri): filtrera i kod

        Filtren i bläddraren är vanliga funktioner som du också kan anropa själv. Vilka
        datapunkter är integritetskänsliga, och vad ska vi fråga oss om dem?
        """,
        en="""
        ## Going further (optional): filter in code

        The browser's filters are ordinary functions that you can call yourself too. Which data
        points are privacy-sensitive, and what should we ask ourselves about them?
        """,
    ),
    code('guiding_questions(gdpr="sensitive")'),
    md(
        sv="""
        Byt `"sensitive"` mot `"special"`, eller prova `category="attitude"` eller
        `source="third_party"`. Du kan också skriva namnen på svenska, till exempel
        `dimension="Geografisk"`. Och var har Fjällgården rörelsemönster?
        """,
        en="""
        Replace `"sensitive"` with `"special"`, or try `category="attitude"` or
        `source="third_party"`. You can also write the names in English, for example
        `dimension="Geographic"`. And where does Fjällgården hold movement patterns?
        """,
    ),
    code('where_in_our_data("movement_patterns")'),
    md(
        sv="""
        ## Sammanfattning

        - Persondata delas in i **faktisk data**, **attityddata** och **beteendedata**, med fyra
          dimensioner och tjugo datapunkter.
        - Faktisk data är lättast att få tag på. Psykografisk data och personlighet gör mest nytta
          för budskapet men måste oftast testas fram.
        - Att ett företag *har* en uppgift betyder inte att det *får* använda den. Politisk åsikt
          är en känslig personuppgift, och flera andra datapunkter är integritetskänsliga
          [ref:gdpr-art-9].
        - Börja med tre faktorer som betyder något för affärsfallet och skiljer kunderna åt.

        **Prova med din egen organisation:**

        1. Vilka av de tjugo datapunkterna har ni redan, och i vilket system ligger de?
        2. Vilka tre faktorer skulle du välja för er nästa kampanj, och hur motiverar du dem?
        3. Finns det uppgifter ni samlar in men aldrig använder? Vad skulle hända om ni slutade?
        4. Vilken datapunkt skulle ni behöva testa fram, och hur skulle testet se ut?
        """,
        en="""
        ## Summary

        - Personal data falls into **factual**, **attitude** and **behaviour** data, with four
          dimensions and twenty data points.
        - Factual data is the easiest to get. Psychographic data and personality help the message
          most but usually have to be found by testing.
        - That a company *has* some data does not mean it *may* use it. Political opinion is a
          special category, and several other data points are privacy-sensitive [ref:gdpr-art-9].
        - Start with three factors that matter for the business case and tell customers apart.

        **Try it with your own organisation:**

        1. Which of the twenty data points do you already have, and in which system are they?
        2. Which three factors would you choose for your next campaign, and how do you justify
           them?
        3. Is there data you collect but never use? What would happen if you stopped?
        4. Which data point would you have to find by testing, and what would the test look like?
        """,
    ),
]
