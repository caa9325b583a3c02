"""Notebook 10 (optional, after the capstone): notebook 06's segments on the learner's own
customer file, and the same segments as SQL in a data warehouse, with reverse ETL."""

from nbsource import code, md

NOTEBOOK = {
    "number": "10",
    "slug": {"sv": "10-fordjupning-egen-kundfil-och-datalager",
             "en": "10-going-further-own-file-and-warehouse"},
    "title": {"sv": "Fördjupning: din egen kundfil och datalagret",
              "en": "Going further: your own customer file and the warehouse"},
}

WIDGET = ("nbval-ignore-output",)

CELLS = [
    md(
        sv="""
        # 10 · Fördjupning: din egen kundfil och datalagret

        Den här notebooken är valfri och bygger på notebook 06, där du gjorde segment av
        Fjällgårdens kunder och exporterade dem. Den är till för dig som vill pröva samma sak på
        en egen kundfil, till exempel en export ur ert CRM-system, och för dig som undrar hur
        segmenten ser ut i ett datalager. Här finns inga frågor att svara på.
        """,
        en="""
        # 10 · Going further: your own customer file and the warehouse

        This notebook is optional and builds on notebook 06, where you made segments of
        Fjällgården's customers and exported them. It is for you if you want to try the same on a
        customer file of your own, such as an export from your CRM system, and for you if you
        wonder what the segments look like in a data warehouse. There are no questions to answer
        here.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - att läsa in en egen kundfil från Excel eller ett CRM-system och se hur den lästes;
        - att kontrollera och rätta vilken datapunkt varje kolumn motsvarar;
        - att bygga segment på den egna filen och exportera dem;
        - att skriva ett segment som SQL och kontrollera det i databasen DuckDB;
        - hur samma segment skrivs för olika datalager, och hur det når annonsplattformarna.

        Den första kodcellen gör arbetsboken redo och hämtar Fjällgårdens kunder och lektionens
        fem segment, precis som notebook 06 skrev dem.
        """,
        en="""
        ## What you learn here

        - loading your own customer file from Excel or a CRM system and seeing how it was read;
        - checking and correcting which data point each column matches;
        - building segments on your own file and exporting them;
        - writing a segment as SQL and checking it in the DuckDB database;
        - how the same segment is written for different warehouses, and how it reaches the ad
          platforms.

        The first code cell gets the workbook ready and fetches Fjällgården's customers and the
        lesson's five segments, exactly as notebook 06 wrote them.
        """,
    ),
    code(
        """
        import course_lib
        course_lib.start()

        from course_lib import datasets
        from course_lib.segments import Segment, evaluate, where
        from course_lib.segments.lesson import lesson_segments

        customers = datasets.load().customers
        segments = lesson_segments()
        [segment.name for segment in segments]
        """
    ),
    md(
        sv="""
        ## Med din egen kundfil

        Allt du gjorde med Fjällgårdens kunder i notebook 06 fungerar också på en egen fil, till
        exempel en export ur ert CRM-system eller er webbutik. Arbetsboken läser CSV och Excel
        så som svenska och engelska system sparar dem: semikolon eller komma mellan fälten,
        decimalkomma eller decimalpunkt, svenska och amerikanska datum, och ord som ”okänd”
        eller ”saknas” där ett värde fattas. En fil som inte går att läsa rätt, till exempel en
        bild som fått namnet kunder.csv, stoppas med ett meddelande som säger vad filen verkar
        vara.

        Vi prövar med en exempelfil så som Excel med svenska inställningar sparar den, med svenska
        kolumnnamn. Vill du använda din egen fil lägger du den i mappen `my_work` och skriver
        `load_customer_file("../my_work/kunder.csv")` i stället. Först visar arbetsboken hur den
        läste filen:
        """,
        en="""
        ## With your own customer file

        Everything you did with Fjällgården's customers in notebook 06 also works on a file of
        your own, such as an export from your CRM system or web shop. The workbook reads CSV
        and Excel files the way Swedish and English systems save them: semicolons or commas
        between fields, decimal commas or points, Swedish and US dates, and markers like "N/A",
        "NULL" or the Swedish "okänd" where a value is missing. A file that cannot be read
        correctly, such as a picture named customers.csv, is stopped with a message saying what
        the file seems to be.

        We try an example file saved the way Swedish Excel saves it, with Swedish column names.
        To use your own file, put it in the `my_work` folder and write
        `load_customer_file("../my_work/customers.csv")` instead. First the workbook shows how it
        read the file:
        """,
    ),
    code(
        """
        from course_lib import example_file
        from course_lib.segments import load_customer_file, load_report, mapping_table, suggest_mapping

        own = load_customer_file(example_file("kunder_exempel.csv"))
        load_report(own)
        """
    ),
    md(
        sv="""
        Rapporten säger vilken typ varje kolumn fick och hur många värden som saknas, och varför.
        Titta särskilt på datumen: 03/04/2024 är den 3 april i Sverige men den 4 mars i USA.
        Arbetsboken läser hela kolumnen på ett sätt och avgör vilket utifrån värdena. Står det
        ”gissat” kunde den inte avgöra det; då säger du själv hur kolumnen ska läsas, till
        exempel `date_format={"Senaste köp": "monthfirst"}` för månaden först. Själva tabellen:
        """,
        en="""
        The report says which type each column got and how many values are missing, and why.
        Look closely at the dates: 03/04/2024 is 3 April in Sweden but 4 March in the US. The
        workbook reads a whole column one way and decides which from the values. If it says
        "a guess", it could not decide; then you say how to read the column yourself, for
        example `date_format={"Senaste köp": "monthfirst"}` for month first. The table itself:
        """,
    ),
    code("own.head()"),
    md(
        sv="""
        Arbetsboken gissar också vilken datapunkt i katalogen varje kolumn motsvarar, och vilken
        kolumn som har samtycket. Kontrollera gissningen innan du går vidare: passar exemplen
        till datapunkten? Gissningen är en vanlig ordbok som du kan rätta, till exempel
        `own_mapping["Kommun"] = "city"`:
        """,
        en="""
        The workbook also guesses which catalogue data point each column matches, and which
        column holds the consent. Check the guess before you go on: do the examples fit the data
        point? The guess is an ordinary dictionary you can correct, for example
        `own_mapping["Kommun"] = "city"`:
        """,
    ),
    code(
        """
        own_mapping = suggest_mapping(own)
        mapping_table(own_mapping, own)
        """
    ),
    md(
        sv="""
        Segmentbyggaren från notebook 06, nu på den egna filen. Identifierare som kundnummer,
        e-post och telefon går inte att välja som faktorer.
        """,
        en="""
        The segment builder from notebook 06, now on your own file. Identifiers such as customer
        number, e-mail and phone cannot be chosen as factors.
        """,
    ),
    code(
        """
        from course_lib.widgets.segment_builder import SegmentBuilder

        own_builder = SegmentBuilder(own, factors=["Ålder", "Intresse", "Köpt för (kr)"],
                                     mapping=own_mapping)
        own_builder
        """,
        tags=WIDGET,
    ),
    md(
        sv="""
        Segment i kod fungerar likadant; kolumnerna heter bara som i filen. Vid exporten säger
        vi vilken kolumn som har samtycket till annonser:
        """,
        en="""
        Segments in code work the same way; the columns are simply named as in the file. For
        the export we say which column holds the consent to ads:
        """,
    ),
    code(
        """
        from course_lib.segments import export_audiences

        own_segments = [
            Segment("Fiske och jakt", where("Intresse").is_in(["Fiske", "Jakt"])),
            Segment("Storköpare", where("Köpt för (kr)").at_least(3000)),
        ]
        print(evaluate(own, own_segments, mapping=own_mapping).sizes)
        export_audiences(own, own_segments, platforms=["meta"],
                         consent_column="Samtycke annonser", mapping=own_mapping)
        """
    ),
    md(
        sv="""
        Båda segmenten är under 100 personer, och efter samtyckesfiltret är bara drygt 40 kvar
        i varje fil. En liten kundfil ger små segment: slå ihop grupper, eller använd dem i
        e-post i stället för på annonsplattformar.

        Vad händer om filen har ett fel? I den här filen har någon skrivit ”82 år” i stället
        för 82 i kolumnen Ålder. Filen läses ändå in och inget värde försvinner, men Ålder blir
        text. Rapporten säger på vilken rad felet finns, så att du hittar det i Excel:
        """,
        en="""
        Both segments are under 100 people, and after the consent filter only just over 40
        remain in each file. A small customer file gives small segments: merge groups, or use
        them for e-mail instead of on ad platforms.

        What happens if the file has a mistake? In this file someone typed "82 år" (82 years)
        instead of 82 in the age column (Ålder). The file is still read and no value is lost,
        but Ålder becomes text. The report says on which row the mistake is, so you can find it
        in Excel:
        """,
    ),
    code(
        """
        broken = load_customer_file(example_file("kunder_trasig.csv"))
        load_report(broken)
        """
    ),
    md(
        sv="""
        Rätta cellen i Excel, spara filen och läs in den igen, så blir Ålder tal.
        """,
        en="""
        Fix the cell in Excel, save the file and load it again, and Ålder becomes numbers.
        """,
    ),
    md(
        sv="""
        ## Samma segment som SQL

        I ett större företag ligger kunddatan ofta i ett datalager, och där talar man SQL.
        Varje segment kan skrivas om till en SQL-fråga:
        """,
        en="""
        ## The same segment as SQL

        In a larger company the customer data often lives in a data warehouse, and there people
        speak SQL. Every segment can be turned into an SQL query:
        """,
    ),
    code(
        """
        from course_lib.segments import to_sql
        print(to_sql(segments[1]))
        """
    ),
    md(
        sv="""
        Vi kör frågan med databasen DuckDB direkt på kundtabellen och jämför med det
        arbetsboken räknade fram, kund för kund:
        """,
        en="""
        We run the query with the DuckDB database straight on the customer table and compare
        it with what the workbook computed, customer by customer:
        """,
    ),
    code(
        """
        from course_lib.segments import check_in_duckdb
        check_in_duckdb(customers, segments[1])
        """
    ),
    md(
        sv="""
        ### Samma segment i olika datalager

        Datalagren heter till exempel BigQuery (Google), Snowflake och SQL Server (Microsoft).
        Alla talar SQL, men var och en sin dialekt: BigQuery räknar dagar bakåt med `DATE_SUB`,
        SQL Server med `DATEADD`, och SQL Server har inga `TRUE` och `FALSE`
        [ref:bigquery-date-sub, tsql-dateadd, tsql-bit]. Arbetsboken
        skriver samma segment i varje dialekt, och i ingen av dem räknas en kund som saknar
        uppgiften som en träff:
        """,
        en="""
        ### One segment, many warehouses

        Warehouses include BigQuery (Google), Snowflake and SQL Server (Microsoft). They all
        speak SQL, each in its own dialect: BigQuery counts days back with `DATE_SUB`, SQL
        Server with `DATEADD`, and SQL Server has no `TRUE` or `FALSE`
        [ref:bigquery-date-sub, tsql-dateadd, tsql-bit]. The workbook writes the
        same segment in each dialect, and in none of them does a customer without the value
        count as a match:
        """,
    ),
    code(
        """
        from course_lib.segments import side_by_side
        recent = Segment("Nyss aktiva i storstan",
                         where("last_order_date").within_last_days(90)
                         & where("urban_rural").is_in(["storstadsområde"]))
        side_by_side(recent, ["bigquery", "tsql"], table="crm.customers", today="2025-12-31")
        """
    ),
    md(
        sv="""
        Så byggs målgrupper i många företag: segmentet ligger som en SQL-fråga i datalagret,
        och ett verktyg för *reverse ETL* (till exempel Hightouch eller RudderStack) kör frågan
        enligt ett schema, kanske varje natt, och skickar resultatet till Meta eller Google
        [ref:hightouch-docs, rudderstack-retl-facebook]. Samtycket står i själva frågan, så
        en kund som inte sagt ja till annonser lämnar aldrig datalagret. Verktyget hashar
        e-post och telefon innan de skickas, precis som exporten av den egna filen ovan. Med
        `today="current_date"` räknar datalagret ”de senaste 90 dagarna” från dagen då frågan
        körs:
        """,
        en="""
        This is how audiences are built in many companies: the segment is an SQL query in the
        warehouse, and a *reverse ETL* tool (for example Hightouch or RudderStack) runs it on a
        schedule, perhaps every night, and sends the result to Meta or Google
        [ref:hightouch-docs, rudderstack-retl-facebook]. Consent is in the query itself, so a
        customer who did not say yes to ads never leaves the warehouse. The tool hashes e-mail
        and phone before sending, just like the export of your own file above. With
        `today="current_date"` the warehouse counts "the last 90 days" from the day the query
        runs:
        """,
    ),
    code(
        """
        audience = Segment("Nyss aktiva i storstan, till Meta",
                           recent.rule & where("consent_ads").is_in([True]))
        print(to_sql(audience, table="analytics.crm.customers", columns=["email", "phone"],
                     today="current_date", dialect="snowflake", pretty=True))
        """
    ),
    md(
        sv="""
        ## Sammanfattning

        - En egen kundfil läses in med `load_customer_file`. Läs rapporten först: vilken typ
          varje kolumn fick, vilka värden som saknas och hur datumen lästes.
        - Kontrollera gissningen om vilken datapunkt varje kolumn motsvarar, och säg vilken
          kolumn som har samtycket till annonser.
        - En liten kundfil ger små segment. Plattformarna behöver minst 100 som de kan använda
          i en kundlista [ref:meta-customer-list-format, google-audience-size].
        - Samma regel blir SQL med `to_sql`, i varje datalagers dialekt, och en kund som saknar
          uppgiften räknas aldrig som träff.
        - Med *reverse ETL* körs segmentet i datalagret enligt ett schema och skickas till
          plattformarna. Samtycket står i frågan, och den hashade listan är pseudonymiserad men
          fortfarande personuppgifter [ref:gdpr-recital-26].

        **Prova med din egen organisation:**

        1. Vilka kolumner i er kundexport behövs för era tre faktorer, och vilka kan ni låta bli
           att ta med?
        2. Hur många av era kunder har samtyckt till annonser? Räcker det till 100 i varje
           segment?
        3. Var ligger er kunddata: i ett CRM-system, i webbutiken eller i ett datalager? Vem
           hos er kan skriva SQL?
        4. Om ett segment skickades till Meta varje natt, vem skulle se till att samtycket i
           frågan stämmer?
        """,
        en="""
        ## Summary

        - Your own customer file is loaded with `load_customer_file`. Read the report first:
          which type each column got, which values are missing and how the dates were read.
        - Check the guess of which data point each column matches, and say which column holds
          the consent to ads.
        - A small customer file gives small segments. The platforms need at least 100 they can
          use in a customer list [ref:meta-customer-list-format, google-audience-size].
        - The same rule becomes SQL with `to_sql`, in each warehouse's dialect, and a customer
          without the value never counts as a match.
        - With *reverse ETL* the segment runs in the warehouse on a schedule and is sent to the
          platforms. The consent is in the query, and the hashed list is pseudonymised but still
          personal data [ref:gdpr-recital-26].

        **Try it with your own organisation:**

        1. Which columns of your customer export do you need for your three factors, and which
           can you leave out?
        2. How many of your customers have consented to ads? Is it enough for 100 in each
           segment?
        3. Where does your customer data live: in a CRM system, in the web shop or in a data
           warehouse? Who in your organisation can write SQL?
        4. If a segment were sent to Meta every night, who would make sure the consent in the
           query is right?
        """,
    ),
]
