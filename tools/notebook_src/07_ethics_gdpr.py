"""Notebook 07: ethics and GDPR. Cambridge Analytica, psychological targeting, the principles,
the legal bases, the special categories, IMY, and an audit of Fjällgården's collection plan."""

from nbsource import code, md

NOTEBOOK = {
    "number": "07",
    "slug": {"sv": "07-etik-och-gdpr", "en": "07-ethics-and-gdpr"},
    "title": {"sv": "Etik och GDPR", "en": "Ethics and GDPR"},
}

CELLS = [
    md(
        sv="""
        # 07 · Etik och GDPR: vad får vi samla in, och vad behöver vi?

        Hittills har arbetsboken handlat om vilken data som finns och hur den kan bli målgrupper.
        Nu ställer vi två andra frågor: **får** vi samla in den, och **behöver** vi den? Vi börjar
        med ett fall som fick hela världen att lyssna, och slutar med att granska en riktig plan
        för friluftskedjan Fjällgården.
        """,
        en="""
        # 07 · Ethics and GDPR: what may we collect, and what do we need?

        So far the workbook has been about which data exists and how it can become audiences.
        Now we ask two other questions: **may** we collect it, and do we **need** it? We start
        with a case that made the whole world listen, and end by auditing a real plan for the
        outdoor retailer Fjällgården.
        """,
    ),
    md(
        sv="""
        ## Vad du lär dig här

        - vad som hände i Cambridge Analytica-fallet, och vad forskningen säger om annonser
          riktade efter personlighet;
        - GDPR:s sju principer, och varför uppgiftsminimering är lektionens eget råd;
        - de sex rättsliga grunderna, och vilken som passar när;
        - vad lagen om elektronisk kommunikation och marknadsföringslagen säger om kakor, e-post
          och sms, och att ett nej till direktmarknadsföring är ett nej;
        - de särskilda kategorierna, och varför politisk åsikt är en av dem;
        - vad IMY gör;
        - hur du granskar en insamlingsplan och hittar det som inte är tillåtet eller inte behövs.
        """,
        en="""
        ## What you learn here

        - what happened in the Cambridge Analytica case, and what research says about
          psychological targeting of ads;
        - the GDPR's seven principles, and why data minimisation is the lesson's own advice;
        - the six legal bases, and which one fits when;
        - what Swedish law says about cookies, e-mail and text messages, and that a no to direct
          marketing is a no;
        - the special categories, and why political opinion is one of them;
        - what IMY does;
        - how to audit a data-collection plan and find what is not allowed or not needed.
        """,
    ),
    code(
        """
        import course_lib
        course_lib.start()
        from course_lib import privacy
        from course_lib.lessons.l07 import q1, q2, q3, q4, q5, q6
        """
    ),
    md(
        sv="""
        ## Cambridge Analytica: ett quiz som blev en målgrupp

        Tänk dig ett personlighetsquiz på Facebook. Du svarar på några frågor och får veta vilken
        typ du är. Quizappen hette *thisisyourdigitallife* och byggdes 2013 av forskaren
        Aleksandr Kogan [ref:zuckerberg-ca-2018]. Ungefär 270 000 personer gjorde quizet och gav
        appen lov att läsa deras profil [ref:fb-suspends-ca-2018]. Men appen fick också med sig
        uppgifter om **deras vänner**, som aldrig hade blivit tillfrågade.

        Så nådde ett enda quiz uppgifter om upp till **87 miljoner Facebook-användare**, enligt
        Facebooks egen uppskattning [ref:fb-87-million-2018]. Uppgifterna samlades in 2014 och
        hamnade hos Cambridge Analytica, som använde dem i Donald Trumps presidentvalskampanj
        2016. Det blev känt i mars 2018, när The Observer och The Guardian publicerade det
        [ref:guardian-ca-2018]. Lektionen visar ett klipp där Alexander Nix från Cambridge
        Analytica berättar vilka datapunkter som var viktigast för dem.

        Notan gick till Facebook. Den brittiska tillsynsmyndigheten ICO gav Facebook en
        sanktionsavgift på 500 000 pund i oktober 2018, det högsta som den gamla brittiska
        lagen från 1998 tillät [ref:ico-ca-2018]. Den amerikanska handelsmyndigheten FTC
        ålade i juli 2019 Facebook att betala 5 miljarder dollar [ref:ftc-facebook-2019].
        """,
        en="""
        ## Cambridge Analytica: a quiz that became an audience

        Picture a personality quiz on Facebook. You answer a few questions and learn which type
        you are. The quiz app was called *thisisyourdigitallife* and was built in 2013 by the
        researcher Aleksandr Kogan [ref:zuckerberg-ca-2018]. About 270,000 people took the quiz
        and let the app read their profile [ref:fb-suspends-ca-2018]. But the app also took data
        about **their friends**, who had never been asked.

        That is how one quiz reached data about up to **87 million Facebook users**, by
        Facebook's own estimate [ref:fb-87-million-2018]. The data was harvested in 2014 and
        ended up at Cambridge Analytica, which used it in Donald Trump's 2016 presidential
        campaign. It became known in March 2018, when The Observer and The Guardian published it
        [ref:guardian-ca-2018]. The lesson shows a clip in which Alexander Nix of Cambridge
        Analytica tells which data points mattered most to them.

        The bill went to Facebook. The UK regulator ICO fined Facebook 500,000 pounds in October
        2018, the most the old UK law of 1998 allowed [ref:ico-ca-2018]. In July 2019 the US
        Federal Trade Commission (FTC) imposed a penalty of 5 billion dollars
        [ref:ftc-facebook-2019].
        """,
    ),
    md(
        sv="""
        Bilden visar principen. Den orange vägen är problemet, eftersom vännerna aldrig sa ja.
        """,
        en="""
        The picture shows the principle. The orange path is the problem: the friends never said
        yes.
        """,
    ),
    code(
        """
        from course_lib.privacy_plots import quiz_spread, study_figures
        quiz_spread()
        """
    ),
    md(
        sv="""
        ## Annonser efter personlighet: vad visar forskningen?

        Idén bakom fallet kommer från forskningen. **2013** visade Kosinski, Stillwell och
        Graepel i tidskriften PNAS att gillamarkeringar på Facebook avslöjar mycket. Med data
        från cirka 58 000 frivilliga kunde en modell skilja homosexuella från heterosexuella män
        i 88 % av fallen, afroamerikaner från vita amerikaner i 95 % och demokrater från
        republikaner i 85 % [ref:kosinski-2013]. Alla tre är känsliga personuppgifter enligt
        artikel 9 i GDPR [ref:gdpr-art-9].

        **2017** gick Matz, Kosinski, Nave och Stillwell ett steg längre och nådde över 3,5
        miljoner personer med annonser. Annonser som var anpassade efter personens personlighet,
        utåtriktad eller öppen för nya erfarenheter, gav upp till 40 % fler klick och upp till
        50 % fler köp än annonser som inte passade [ref:matz-2017]. Metoden kritiserades i brev
        som andra forskare publicerade, så siffrorna ska läsas med försiktighet.
        """,
        en="""
        ## Psychological targeting: what does research show?

        The idea behind the case comes from research. In **2013** Kosinski, Stillwell and
        Graepel showed in the journal PNAS that Facebook Likes reveal a lot. With data from about
        58,000 volunteers, a model could tell gay from straight men in 88 % of cases, African
        Americans from Caucasian Americans in 95 %, and Democrats from Republicans in 85 %
        [ref:kosinski-2013]. All three are special categories under Article 9 of the GDPR
        [ref:gdpr-art-9].

        In **2017** Matz, Kosinski, Nave and Stillwell went one step further and reached over
        3.5 million people with ads. Ads matched to the person's personality, extraverted or open
        to new experiences, got up to 40 % more clicks and up to 50 % more purchases than ads that
        did not match [ref:matz-2017]. The method was criticised in letters other researchers
        published, so the figures should be read with care.
        """,
    ),
    code("study_figures()"),
    md(
        sv="""
        Två av lektionens datapunkter hör hemma här: **psykologisk typ** och **politisk åsikt**.
        Plattformarna har också begränsat den här sortens annonser. Sedan den 19 januari 2022 går
        det inte att rikta nya annonser på Meta efter hälsa, etniskt ursprung, politisk
        tillhörighet, religion eller sexuell läggning [ref:meta-sensitive-targeting-2021]. Att
        något *går* att räkna ut betyder alltså inte att vi *får* använda det.
        """,
        en="""
        Two of the lesson's data points belong here: **psychological type** and **political
        opinion**. The platforms have also limited this kind of ad. Since 19 January 2022 new ads
        on Meta can no longer be targeted on health, race or ethnicity, political affiliation,
        religion or sexual orientation [ref:meta-sensitive-targeting-2021]. That something *can*
        be worked out does not mean we *may* use it.
        """,
    ),
    md(
        sv="""
        ## GDPR:s sju principer

        Dataskyddsförordningen GDPR (EU 2016/679) gäller när ett företag behandlar
        personuppgifter, alltså även kundregistret, nyhetsbrevet och annonspixeln. Artikel 5
        sammanfattar den i sju principer [ref:gdpr-art-5]:
        """,
        en="""
        ## The GDPR's seven principles

        The General Data Protection Regulation, GDPR (EU 2016/679), covers a company's processing
        of personal data, so the customer register, the newsletter and the ad pixel too. Article 5
        sums it up in seven principles [ref:gdpr-art-5]:
        """,
    ),
    code("privacy.principles_frame()"),
    md(
        sv="""
        Principen om **uppgiftsminimering** är samma råd som lektionen ger. Samlar du in för
        mycket får du ändå ingen nytta av det. Börja i stället med de tre faktorer som betyder
        mest för era 4–5 målgrupper. Det som inte behövs är bara en risk. Det kan läcka, det
        måste skyddas och det måste gå att förklara för kunden.

        ### Fråga 1: vilken princip?

        En kollega på Fjällgården vill be alla i kundklubben om deras inkomst: ”det kan bli bra
        att ha”. Vilken princip säger nej? Skriv principens namn inom citattecken, till exempel
        `"Riktighet"`, i stället för `____`.
        """,
        en="""
        The principle of **data minimisation** is the same advice the lesson gives: collect too
        much and you will get no use out of it anyway. Start instead with the three factors that
        matter most for your 4–5 audiences. What is not needed is only a risk: it can leak, it
        must be protected, and it must be explained to the customer.

        ### Question 1: which principle?

        A colleague at Fjällgården wants to ask everyone in the loyalty club for their income:
        “it might come in handy”. Which principle says no? Write the principle's name in quotes,
        for example `"Accuracy"`, in place of `____`.
        """,
    ),
    code("answer_1 = ____", exercise="07.q1"),
    code("q1.check()"),
    code("# q1.solution()"),
    md(
        sv="""
        ## De sex rättsliga grunderna

        Varje behandling av personuppgifter behöver en **rättslig grund** enligt artikel 6
        [ref:gdpr-art-6]. Samtycke är bara en av sex, och inte alltid den bästa, eftersom den som
        har sagt ja kan ta tillbaka sitt ja.
        """,
        en="""
        ## The six legal bases

        Every processing of personal data needs a **legal basis** under Article 6
        [ref:gdpr-art-6]. Consent is only one of six, and not always the best, since whoever said
        yes can withdraw it.
        """,
    ),
    code("privacy.legal_bases_frame()"),
    md(
        sv="""
        ### Fråga 2: vilken grund gäller?

        Välj den grund som passar varje situation hos Fjällgården och tryck på **Kontrollera**.
        """,
        en="""
        ### Question 2: which basis applies?

        Choose the basis that fits each situation at Fjällgården and press **Check**.
        """,
    ),
    code("q2.widget()", tags=("nbval-ignore-output",)),
    md(
        sv="""
        ## Mer än GDPR: tre regler för den som marknadsför

        Tre regler till styr det en marknadsförare gör varje dag.

        - **Kakor och pixlar.** Att spara eller läsa information i besökarens dator eller mobil,
          som en kaka eller en pixel, kräver att besökaren får veta varför och samtycker. Det
          enda undantaget är det som behövs för en tjänst som besökaren själv har bett om
          [ref:lek-9-28].
        - **E-post och sms.** Reklam med e-post eller sms till en privatperson kräver samtycke i
          förväg. Undantaget gäller befintliga kunder. Har företaget fått adressen när kunden
          köpte något, får det marknadsföra egna, liknande produkter om kunden inte har sagt nej
          och varje utskick har ett enkelt och gratis sätt att tacka nej [ref:mfl-19,
          iab-mfl-2020].
        - **Ett nej är ett nej.** Den som invänder mot direktmarknadsföring ska slippa den,
          genast och utan någon avvägning, och ska ha fått veta att hen har den rätten
          [ref:gdpr-art-21].
        """,
        en="""
        ## More than the GDPR: three rules for marketers

        Three more rules govern what a marketer does every day.

        - **Cookies and pixels.** Storing or reading information in the visitor's computer or
          phone, such as a cookie or a pixel, needs the visitor to be told why and to consent.
          The only exception is what is needed for a service the visitor has asked for
          [ref:lek-9-28].
        - **E-mail and text messages.** Advertising by e-mail or text message to a private
          person needs consent in advance. The exception is for existing customers. If the
          company got the address when the customer bought something, it may market its own,
          similar products, provided the customer has not said no and every message offers a
          simple, free way to opt out [ref:mfl-19, iab-mfl-2020].
        - **No means no.** Whoever objects to direct marketing must be spared it, at once and
          without any balancing test, and must have been told of that right [ref:gdpr-art-21].
        """,
    ),
    md(
        sv="""
        ## De särskilda kategorierna

        Artikel 9 räknar upp uppgifter som är så känsliga att det är **förbjudet** att behandla
        dem, utom i de undantag som artikel 9.2 räknar upp, till exempel uttryckligt samtycke
        [ref:gdpr-art-9]. IMY kallar dem *känsliga personuppgifter* [ref:imy-sensitive-data].
        I arbetsboken säger vi också **särskild kategori**, som i förordningens rubrik. Uppgifter
        som bara känns känsliga kallar vi *integritetskänsliga*.

        Lägg märke till **politiska åsikter**. Lektionens datapunkt *politisk åsikt* är alltså en
        känslig personuppgift och hör inte hemma i vanlig marknadsföring [ref:gdpr-art-9].
        """,
        en="""
        ## The special categories

        Article 9 lists data so sensitive that processing it is **prohibited**, except under the
        exceptions Article 9(2) lists, such as explicit consent [ref:gdpr-art-9]. IMY calls them
        *känsliga personuppgifter*, sensitive personal data [ref:imy-sensitive-data]. In the
        workbook we say **special category**, as the regulation's heading does. Data that only
        feels sensitive we call *privacy-sensitive*.

        Note **political opinions**. The lesson's data point *political opinion* is therefore a
        special category and has no place in ordinary marketing [ref:gdpr-art-9].
        """,
    ),
    code("privacy.special_categories_frame()"),
    md(
        sv="""
        ### Fråga 3: lag eller magkänsla?

        Vissa uppgifter *känns* känsliga utan att stå i artikel 9 [ref:gdpr-art-9]. Kryssa i de
        uppgifter som är särskilda kategorier enligt artikel 9.
        """,
        en="""
        ### Question 3: law or gut feeling?

        Some data *feels* sensitive without being in Article 9 [ref:gdpr-art-9]. Tick the data
        that are special categories under Article 9.
        """,
    ),
    code("q3.widget()", tags=("nbval-ignore-output",)),
    md(
        sv="""
        ### Fråga 4: sortera lektionens datapunkter

        Arbetsbokens katalog sätter en GDPR-klass på varje datapunkt: vanlig personuppgift,
        integritetskänslig eller särskild kategori [ref:gdpr-art-9]. Gissa först, kontrollera
        sedan.
        """,
        en="""
        ### Question 4: sort the lesson's data points

        The workbook's catalogue gives every data point a GDPR class: ordinary personal data,
        privacy-sensitive, or special category [ref:gdpr-art-9]. Guess first, then check.
        """,
    ),
    code("q4.widget()", tags=("nbval-ignore-output",)),
    md(
        sv="""
        Här är hela katalogen sorterad efter GDPR-klass, både datapunkterna och de ID:n vi
        använder för att känna igen kunder:
        """,
        en="""
        Here is the whole catalogue sorted by GDPR class, both the data points and the IDs we use
        to recognise customers:
        """,
    ),
    code("privacy.gdpr_classes_frame()"),
    md(
        sv="""
        ## IMY: myndigheten som ser till att lagen följs

        I Sverige är det **Integritetsskyddsmyndigheten, IMY**, som är tillsynsmyndighet för
        GDPR. Fram till den 1 januari 2021 hette den **Datainspektionen**
        [ref:imy-annual-report-2020]. Den som tycker att ett företag hanterar hens uppgifter fel
        kan klaga hos IMY [ref:gdpr-art-77], och på imy.se finns vägledning för företag.

        Något är särskilt svenskt. **Personnumret** är ingen känslig personuppgift, men har
        extra skydd i svensk lag och får behandlas utan samtycke bara när det är klart motiverat
        [ref:dsl-3-10]. I marknadsföring behövs det nästan aldrig, eftersom kundnummer eller
        e-postadress räcker för att känna igen kunden.
        """,
        en="""
        ## IMY: the authority that makes sure the law is followed

        In Sweden the supervisory authority for the GDPR is **IMY, the Swedish Authority for
        Privacy Protection** (Integritetsskyddsmyndigheten). Until 1 January 2021 it was called
        **Datainspektionen** [ref:imy-annual-report-2020]. Anyone who thinks a company handles
        their data wrongly can complain to IMY [ref:gdpr-art-77], and imy.se has guidance for
        companies.

        Something is particularly Swedish. The **personal identity number** (personnummer) is
        not a special category, but it has extra protection in Swedish law and may be processed
        without consent only when clearly justified [ref:dsl-3-10]. Marketing almost never needs
        it, since a customer number or email address is enough to recognise the customer.
        """,
    ),
    md(
        sv="""
        ## Granska Fjällgårdens plan

        Fjällgården säljer friluftskläder och sportutrustning i butik och på webben. Inför
        höstens kampanjer har marknadsavdelningen skrivit en plan över vilka uppgifter de vill
        samla in, varför, med vilken rättslig grund [ref:gdpr-art-6], varifrån och hur länge:
        """,
        en="""
        ## Audit Fjällgården's plan

        Fjällgården sells outdoor clothing and sports gear in stores and online. Before the
        autumn campaigns, the marketing team has written a plan of which data they want to
        collect, why, on which legal basis [ref:gdpr-art-6], from where and for how long:
        """,
    ),
    code(
        """
        plan = privacy.example_plan()
        privacy.plan_frame(plan)
        """
    ),
    md(
        sv="""
        ### Fråga 5: vad måste ändras?

        Gå igenom planen rad för rad. Kryssa i varje rad som **inte är tillåten** (särskild
        kategori eller ingen giltig rättslig grund) eller som **inte behövs** (inget riktigt
        syfte) [ref:gdpr-art-5, gdpr-art-6, gdpr-art-9]. Rader som är tillåtna men
        integritetskänsliga får stå kvar.
        """,
        en="""
        ### Question 5: what must change?

        Go through the plan row by row. Tick every row that is **not allowed** (a special
        category or no valid legal basis) or **not needed** (no real purpose) [ref:gdpr-art-5,
        gdpr-art-6, gdpr-art-9]. Rows that are allowed but privacy-sensitive may stay.
        """,
    ),
    code("q5.widget()", tags=("nbval-ignore-output",)),
    md(
        sv="""
        ### Granskningen

        Försök först! Sedan kan du jämföra med arbetsbokens granskning, `audit_plan`. Det är
        samma funktion som rättar fråga 5. Den läser katalogens GDPR-klasser och artiklarna
        5, 6 och 9 [ref:gdpr-art-5, gdpr-art-6, gdpr-art-9].
        """,
        en="""
        ### The audit

        Try first! Then compare with the workbook's audit, `audit_plan`. It is the same function
        that checks question 5. It reads the catalogue's GDPR classes and Articles 5, 6 and 9
        [ref:gdpr-art-5, gdpr-art-6, gdpr-art-9].
        """,
    ),
    code(
        """
        print(privacy.summary(plan))
        privacy.audit_table(plan)
        """
    ),
    md(
        sv="""
        Lägg märke till **skador och sjukdomar**. Ordet ”hälsa” står ingenstans, men uppgiften
        handlar om hälsa, och det är det som räknas. Och **rörelsemönster** är tillåtet med
        samtycke och ett tydligt syfte, men platsdata visar var någon bor och arbetar, så den
        ska hanteras varsamt.

        Prova själv. Kryssa ur rader och byt grund, så ändras bedömningen direkt.
        """,
        en="""
        Note **injuries and illnesses**: the word “health” appears nowhere, but the data is about
        health, and that is what counts. And **movement patterns** are allowed with consent and a
        clear purpose, but location data shows where someone lives and works, so it must be
        handled with care.

        Try it yourself: untick rows and change the basis, and the verdict changes at once.
        """,
    ),
    code(
        """
        from course_lib.widgets.privacy import audit_widget
        audit_widget(plan)
        """,
        tags=("nbval-ignore-output",),
    ),
    md(
        sv="""
        ### Fråga 6 (fördjupning, valfri): skriv en egen plan

        Skriv en plan med minst tre rader som granskningen inte hittar något fel i. Varje rad är
        en ordbok med `"data"` (en datapunkt ur katalogen, till exempel `"interests"`, eller ett
        namn med vanliga ord), `"purpose"` (syftet) och `"legal_basis"` (till exempel
        `"consent"` eller `"Samtycke"`). Så här ser en rad ut:

        ```python
        {"data": "email", "purpose": "Skicka nyhetsbrevet", "legal_basis": "consent"}
        ```
        """,
        en="""
        ### Question 6 (deeper, optional): write your own plan

        Write a plan of at least three rows in which the audit finds nothing wrong. Every row is
        a dictionary with `"data"` (a data point from the catalogue, such as `"interests"`, or a
        name in plain words), `"purpose"` and `"legal_basis"` (for example `"consent"` or
        `"Consent"`). This is what a row looks like:

        ```python
        {"data": "email", "purpose": "Send the newsletter", "legal_basis": "consent"}
        ```
        """,
    ),
    code("answer_6 = ____", exercise="07.q6"),
    code("q6.check()"),
    code("# q6.solution()"),
    md(
        sv="""
        ## Sammanfattning

        - Cambridge Analytica visar vad som händer när data samlas in från människor som aldrig
          tillfrågats. Ett quiz med cirka 270 000 deltagare gav uppgifter om upp till 87 miljoner
          användare, och Facebook fick sanktioner från ICO och FTC [ref:fb-87-million-2018,
          ico-ca-2018, ftc-facebook-2019].
        - Forskningen visar att gillamarkeringar kan avslöja personlighet, politik och läggning,
          och att annonser efter personlighet kan ge fler köp. Att något går betyder inte att vi
          får.
        - GDPR har sju principer. **Uppgiftsminimering** är lektionens råd. Samla in det ni
          behöver, inte allt ni kan.
        - Varje behandling behöver en av **sex rättsliga grunder** [ref:gdpr-art-6].
        - Kakor kräver samtycke, e-postreklam kräver samtycke eller ett kundförhållande, och ett
          nej till direktmarknadsföring är ett nej [ref:lek-9-28, mfl-19, gdpr-art-21].
        - **Känsliga personuppgifter**, bland dem politisk åsikt och hälsa, är förbjudna utan ett
          undantag i artikel 9.2 [ref:gdpr-art-9].
        - **IMY** (förr Datainspektionen) är tillsynsmyndighet i Sverige, och personnumret har
          extra skydd i svensk lag [ref:dsl-3-10].

        **Prova med din egen organisation:**

        1. Vilka uppgifter samlar ni in i dag som ingen använder? Vad skulle hända om ni slutade?
        2. Vilken rättslig grund har ert nyhetsbrev, och kan ni visa var kunden sa ja?
        3. Finns det något i ert kundregister eller era målgrupper som avslöjar hälsa, tro eller
           politik, även om ordet inte står där?
        4. Hur länge sparar ni kunddata, och vem har bestämt det?
        5. Skulle era kunder bli förvånade om de såg vad ni vet om dem?
        """,
        en="""
        ## Summary

        - Cambridge Analytica shows what happens when data is collected from people who were
          never asked. A quiz taken by about 270,000 people gave data about up to 87 million
          users, and Facebook was penalised by the ICO and the FTC [ref:fb-87-million-2018,
          ico-ca-2018, ftc-facebook-2019].
        - Research shows that Likes can reveal personality, politics and sexual orientation, and
          that ads matched to personality can bring more purchases. That we can does not mean we
          may.
        - The GDPR has seven principles. **Data minimisation** is the lesson's advice: collect
          what you need, not everything you can.
        - Every processing needs one of **six legal bases** [ref:gdpr-art-6].
        - Cookies need consent, e-mail advertising needs consent or a customer relationship, and
          a no to direct marketing is a no [ref:lek-9-28, mfl-19, gdpr-art-21].
        - **Special categories**, among them political opinion and health, are prohibited without
          an exception in Article 9(2) [ref:gdpr-art-9].
        - **IMY** (formerly Datainspektionen) is the supervisory authority in Sweden, and the
          personal identity number has extra protection in Swedish law [ref:dsl-3-10].

        **Try it with your own organisation:**

        1. Which data do you collect today that nobody uses? What would happen if you stopped?
        2. Which legal basis does your newsletter have, and can you show where the customer said
           yes?
        3. Is there anything in your customer register or audiences that reveals health, religion
           or politics, even if the word is not there?
        4. How long do you keep customer data, and who decided that?
        5. Would your customers be surprised if they saw what you know about them?
        """,
    ),
]
