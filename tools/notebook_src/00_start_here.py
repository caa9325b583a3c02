"""Notebook 00: what the workbook is, how to use it, the course map and the first exercises."""

from nbsource import code, md

# How to run cells and check answers: only for JupyterLab, left out of the slides and the site.
JUPYTER_ONLY = ("jupyter-only",)

NOTEBOOK = {
    "number": "00",
    "slug": {"sv": "00-borja-har", "en": "00-start-here"},
    "title": {"sv": "Börja här", "en": "Start here"},
}

CELLS = [
    md(
        sv="""
        # 00 · Börja här: Data är guld, men vilken data?

        Allt vi gör lämnar spår i form av data, även när vi inte gör något alls. Den här
        arbetsboken visar vilken data som finns om dina kunder, var den kommer ifrån, hur den
        samlas in och lagras, och hur du gör **4–5 målgruppssegment** av den på ett ansvarsfullt
        sätt.

        Arbetsboken är skriven för dig som läser datadriven marknadsföring. Du behöver inte kunna
        programmera. Du läser, kör celler, flyttar reglage och fyller i svar.
        """,
        en="""
        # 00 · Start here: Data is gold, but which data?

        Everything we do leaves traces in the form of data, even when we do nothing at all. This
        workbook shows which data exists about your customers, where it comes from, how it is
        collected and stored, and how to turn it into **4–5 audience segments** responsibly.

        The workbook is written for students of data-driven marketing. You do not need to know
        how to program: you read, run cells, move sliders and fill in answers.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - hur du kör en notebook och använder reglagen i den;
        - hur frågorna, ledtrådarna och lösningarna fungerar;
        - kursens karta: de tre kategorierna av persondata, de fyra dimensionerna och de tjugo
          datapunkterna;
        - var dina framsteg sparas.
        """,
        en="""
        ## What you learn here

        - how to run a notebook and use its controls;
        - how the questions, hints and solutions work;
        - the course map: the three categories of personal data, the four dimensions and the
          twenty data points;
        - where your progress is saved.
        """,
    ),
    md(
        sv="""
        <a id="contents"></a>
        ## Innehåll

        {{contents}}
        """,
        en="""
        <a id="contents"></a>
        ## Contents

        {{contents}}
        """,
    ),
    md(
        sv="""
        ## Så kör du en notebook

        En notebook består av **textceller** (som den här) och **kodceller**. Markera en kodcell
        och tryck **Shift + Enter** för att köra den; resultatet visas under cellen. Vill du köra
        allt på en gång väljer du **Run → Run All Cells** i menyn.

        Allt går också att göra med tangentbordet: **Esc** tar dig ur en cell, **↑** och **↓**
        flyttar mellan cellerna och **Tab** går vidare till reglagen i den markerade cellen. Där
        väljer du i listor med piltangenterna, kryssar i rutor med **blanksteg** och trycker på
        knappar med **Enter**.

        Du kan köra en cell hur många gånger du vill och i vilken ordning du vill. Inget går
        sönder. Blir något konstigt väljer du **Kernel → Restart Kernel and Run All Cells**.

        Den första kodcellen i varje notebook gör arbetsboken redo. Språket följer mappen som
        notebooken ligger i, så `sv/` ger svenska och `en/` engelska.
        """,
        en="""
        ## How to run a notebook

        A notebook consists of **text cells** (like this one) and **code cells**. Select a code
        cell and press **Shift + Enter** to run it; the result appears below the cell. To run
        everything at once, choose **Run → Run All Cells** in the menu.

        Everything also works from the keyboard: **Esc** takes you out of a cell, **↑** and **↓**
        move between cells, and **Tab** moves on to the controls of the selected cell. There you
        choose in lists with the arrow keys, tick boxes with **Space** and press buttons with
        **Enter**.

        You can run a cell as many times as you like, in any order: nothing breaks. If something
        looks odd, choose **Kernel → Restart Kernel and Run All Cells**.

        The first code cell in every notebook gets the workbook ready. The language follows the
        folder the notebook is in: `sv/` gives Swedish, `en/` English.
        """,
        tags=JUPYTER_ONLY,
    ),
    code(
        """
        import course_lib
        course_lib.start()
        """
    ),
    md(
        sv="""
        Allt som arbetsboken visar följer det valda språket: återkoppling, knappar, felmeddelanden
        och diagram. Vill du byta språk skriver du `course_lib.set_language("en")` för
        engelska eller `course_lib.set_language("sv")` för svenska i en kodcell.
        """,
        en="""
        Everything the workbook shows, such as feedback, buttons, error messages and charts,
        follows the chosen language. To switch, type `course_lib.set_language("sv")` for Swedish
        or `course_lib.set_language("en")` for English in a code cell.
        """,
        tags=JUPYTER_ONLY,
    ),
    md(
        sv="""
        ## Kursens karta

        Lektionen delar in persondata i tre **kategorier**: *faktisk* data (det vi kan veta säkert),
        *attityddata* (det som formar personens bild av sig själv) och *beteendedata* (det som styr
        hur personen handlar). Kategorierna har fyra **dimensioner** med sammanlagt tjugo
        **datapunkter**.

        Kartan ritas direkt ur arbetsbokens katalog, samma katalog som frågorna och
        GDPR-kontrollerna läser.

        En tjock röd ram betyder att datapunkten är en känslig personuppgift enligt artikel 9 i
        GDPR, det som arbetsboken kallar en särskild kategori [ref:gdpr-art-9]. En streckad ram
        betyder att uppgiften är integritetskänslig. Den är inte känslig i lagens mening, men den
        kan skada någon om den läcker eller används fel.
        """,
        en="""
        ## The course map

        The lesson sorts personal data into three **categories**: *factual* data (what we can know
        for certain), *attitude* data (what shapes the person's image of themselves) and
        *behaviour* data (what drives how the person acts). The categories have four
        **dimensions** with twenty **data points** in all.

        The map is drawn straight from the workbook's catalogue, the same catalogue the questions
        and the GDPR checks read.

        A thick red frame means the data point is a special category of personal data under
        Article 9 of the GDPR [ref:gdpr-art-9]. A dashed frame means the data is privacy-sensitive.
        It is not a special category in law, but it can harm someone if it leaks or is misused.
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
        Samma katalog som tabell, med lektionens fråga till varje datapunkt:
        """,
        en="""
        The same catalogue as a table, with the lesson's question for each data point:
        """,
    ),
    code(
        """
        from course_lib import catalog
        catalog.data_points_frame()
        """
    ),
    md(
        sv="""
        ## Så fungerar frågorna

        Varje notebook har frågor som rättar sig själva. Fråga 1 heter `q1` i koden, fråga 2
        heter `q2` och så vidare. Du svarar genom att byta ut `____` (fyra understreck) mot ditt
        svar och köra cellen. Sedan kör du `q1.check()` för att kontrollera svaret.

        - `q1.check()` säger om svaret är rätt. Har du inte svarat än får du veta det, och ett
          svar i fel form (text i stället för ett tal, till exempel) ger en förklaring, aldrig
          ett felmeddelande.
        - `q1.hint()` ger en ledtråd. Kör den igen för nästa ledtråd.
        - `q1.solution()` visar lösningen. Försök först!

        Först hämtar vi frågorna till den här notebooken. Platshållaren `____` behöver du inte
        hämta, den fick notebooken redan av den första kodcellen.
        """,
        en="""
        ## How the questions work

        Every notebook has questions that check themselves. Question 1 is called `q1` in the
        code, question 2 `q2` and so on. You answer by replacing `____` (four underscores) with
        your answer and running the cell. Then run `q1.check()` to check it.

        - `q1.check()` tells you whether the answer is right. If you have not answered yet it
          says so, and an answer in the wrong form (text instead of a number, say) gets an
          explanation, never an error message.
        - `q1.hint()` gives a hint. Run it again for the next one.
        - `q1.solution()` shows the solution. Try first!

        First we fetch this notebook's questions. You need not fetch the placeholder `____`: the
        first code cell already gave it to the notebook.
        """,
        tags=JUPYTER_ONLY,
    ),
    code(
        """
        from course_lib.lessons.l00 import q1, q2
        """
    ),
    md(
        sv="""
        ### Fråga 1: läs kartan

        Hur många datapunkter har den **psykografiska** dimensionen? Skriv antalet i stället för
        `____`, kör cellen och kör sedan cellen med `q1.check()`.
        """,
        en="""
        ### Question 1: read the map

        How many data points does the **psychographic** dimension have? Write the number in place
        of `____`, run the cell, then run the cell with `q1.check()`.
        """,
    ),
    code("answer_1 = ____", exercise="00.q1"),
    code("q1.check()"),
    md(
        sv="""
        Ovan ser du hur det ser ut när en fråga inte är besvarad än. Behöver du hjälp finns
        ledtrådar. Ta bort `#` framför `q1.solution()` om du vill se lösningen.
        """,
        en="""
        Above you can see what an unanswered question looks like. If you need help, there are
        hints. Remove the `#` in front of `q1.solution()` if you want to see the solution.
        """,
        tags=JUPYTER_ONLY,
    ),
    code("q1.hint()"),
    code("# q1.solution()"),
    md(
        sv="""
        ### Fråga 2: välj i en lista

        Vissa frågor besvarar du med reglage i stället för kod. Vilken kategori av persondata
        hör datapunkten **Intressen** till? Välj i listan och tryck på **Kontrollera**.
        """,
        en="""
        ### Question 2: pick from a list

        Some questions are answered with controls instead of code. Which category of personal
        data does the data point **Interests** belong to? Choose from the list and press
        **Check**.
        """,
    ),
    code("q2.widget()", tags=("nbval-ignore-output",), exercise="00.q2"),
    md(
        sv="""
        Samma fråga går också att besvara i kod, till exempel `q2.check("Faktisk data")`.
        Knappen och koden rättar på exakt samma sätt.

        ## Dina framsteg

        Varje gång du kontrollerar ett svar sparas det i filen `my_work/progress.json` bredvid
        notebookarna. Där hamnar också dina sparade segment och exporter. Filen skrivs så att
        inget går förlorat om datorn kraschar mitt i, och skulle den ändå gå sönder sparas den
        undan och du får veta det.

        Här är din översikt, en rad per notebook. Klicka på en notebooks namn (eller tryck
        **Enter** på det) för att se varje fråga:
        """,
        en="""
        The same question can also be answered in code, for example `q2.check("Factual data")`.
        The button and the code check in exactly the same way.

        ## Your progress

        Every time you check an answer it is saved in the file `my_work/progress.json` next to
        the notebooks. Your saved segments and exports go there too. The file is written so that
        nothing is lost if the computer crashes in the middle, and should it break anyway, it is
        set aside and you are told.

        Here is your overview, one row per notebook. Click a notebook's name (or press
        **Enter** on it) to see each question:
        """,
    ),
    code(
        """
        from course_lib.overview import progress_overview, reset_widget
        progress_overview()
        """
    ),
    md(
        sv="""
        Vill du börja om från början? Knappen frågar först, och den gamla filen sparas som
        säkerhetskopia. Från en terminal visar `make progress` samma översikt
        (`python -m course_lib.overview --details` visar varje fråga, `--reset` börjar om).
        """,
        en="""
        Want to start over? The button asks first, and the old file is kept as a backup. From a
        terminal, `make progress lang=en` shows the same overview
        (`python -m course_lib.overview --lang en --details` shows each question, `--reset`
        starts over).
        """,
    ),
    code("reset_widget()", tags=("nbval-ignore-output",)),
    md(
        sv="""
        ### Lämna in ditt arbete

        Ska du lämna in till läraren? Skriv ditt namn, eller ett annat namn ni har kommit
        överens om, och tryck på knappen. Då skapas filen `my_work/handin-<namn>.json` med dina
        framsteg, dina tre faktorer, dina sparade segment och en sammanfattning av din dataplan.
        Ladda upp den i kursens lärplattform. Inget annat om dig än namnet kommer med i filen. Du
        kan skapa den igen när du har kommit längre; den nya ersätter den gamla. Från en terminal
        fungerar `make handin name="Ditt namn"` lika bra.
        """,
        en="""
        ### Hand in your work

        Handing in to your teacher? Write your name, or another name you agreed on, and press the
        button. It creates the file `my_work/handin-<name>.json` with your progress, your three
        factors, your saved segments and a summary of your data plan. Upload it in the course's
        learning platform. Nothing about you but the name goes into the file. You can create it
        again when you have come further; the new one replaces the old. From a terminal,
        `make handin name="Your name" lang=en` works just as well.
        """,
    ),
    code(
        """
        from course_lib.widgets.handin import handin_widget
        handin_widget()
        """,
        tags=("nbval-ignore-output",),
    ),
    md(
        sv="""
        ## Sammanfattning

        - Kör celler med **Shift + Enter**, eller allt på en gång med **Run All**.
        - Svara genom att byta ut `____`, kontrollera med `q1.check()`, be om hjälp med
          `q1.hint()`.
        - Kursens karta: tre kategorier, fyra dimensioner, tjugo datapunkter.
        - Dina framsteg sparas i `my_work/` och överlever en omstart.

        **Fundera på din egen organisation:** vilka tre av de tjugo datapunkterna tror du säger
        mest om era kunder? Spara svaret i huvudet; i notebook 04 får du välja på riktigt.
        """,
        en="""
        ## Summary

        - Run cells with **Shift + Enter**, or everything at once with **Run All**.
        - Answer by replacing `____`, check with `q1.check()`, ask for help with `q1.hint()`.
        - The course map: three categories, four dimensions, twenty data points.
        - Your progress is saved in `my_work/` and survives a restart.

        **Think about your own organisation:** which three of the twenty data points do you think
        say most about your customers? Keep the answer in mind; in notebook 04 you choose for
        real.
        """,
    ),
]
