"""Exercises of notebook 08, "Test and learn": a hypothesis, a sample size, a lift to read off,
a verdict, and what to do when a test is peeked at."""

from __future__ import annotations

from ..core.exercises import ChooseExercise, NumberExercise, Option, ____, texts
from ..core.i18n import number

__all__ = ["q1", "q2", "q3", "q4", "q5", "____", "autumn_test"]

# The notebook's first test, as its cell writes it (tests/test_exercises.py keeps the two alike).
OUTDOOR = ["vandring", "fiske", "camping", "jakt"]
AUTUMN = {"name": "Oktoberkampanj", "variants": ["äventyr", "trygghet", "pris"], "channel": "email",
          "control_share": 0.2}


def autumn_test():
    """The campaign the notebook runs: three themes to the outdoor people, a fifth held back."""
    from ..campaigns import campaign
    from ..segments.rules import where

    return campaign(AUTUMN["name"], AUTUMN["variants"], channel=AUTUMN["channel"],
                    audience=where("main_interest").is_in(OUTDOOR),
                    control_share=AUTUMN["control_share"])


def _autumn_lift(theme: str) -> float:
    """The lift in orders of the variant with ``theme`` against the control group, in
    percentage points, rounded to two decimals as the table shows it."""
    from .. import datasets
    from ..campaigns import lift_estimates, run_campaign

    result = run_campaign(datasets.load(), autumn_test())
    name = next(v.name for v in result.campaign.variants if v.tone == theme)
    return round(100 * float(lift_estimates(result).loc[name, "lift"]), 2)


class TestableHypothesis(ChooseExercise):
    id = "08.q1"
    options = [
        Option("vague", "Våra kunder gillar nog hållbarhet.",
               "Our customers probably like sustainability."),
        Option("testable",
               "Friluftskunder som får ett trygghetsbudskap via e-post köper oftare inom en vecka "
               "än en kontrollgrupp som inte får något, eftersom de är ute i alla väder.",
               "Outdoor customers who get a safety message by e-mail order more often within a "
               "week than a control group that gets nothing, because they are out in all "
               "weathers."),
        Option("everything", "Vi skickar alla fyra teman till alla och ser vad som händer.",
               "We send all four themes to everyone and see what happens."),
        Option("after", "Kampanjen i våras gick bra, så trygghet fungerar.",
               "Last spring's campaign went well, so safety works."),
    ]
    correct = {"testable"}
    hints = [
        texts(sv="En hypotes att testa säger vem, vad de får, vad vi mäter och mot vad vi jämför.",
              en="A hypothesis to test says who, what they get, what we measure and what we "
              "compare with."),
        texts(sv="Bara ett av alternativen nämner både ett mått (köp inom en vecka) och en "
              "kontrollgrupp.",
              en="Only one of the options names both a metric (orders within a week) and a "
              "control group."),
    ]
    solution_text = texts(
        sv="**Friluftskunder som får ett trygghetsbudskap …** Den säger vilka (friluftskunder), "
        "vad de får (trygghet via e-post), vad vi mäter (köp inom en vecka), mot vad "
        "(en kontrollgrupp) och varför. De andra går inte att pröva: ”gillar nog” mäter "
        "ingenting, ”se vad som händer” saknar en fråga, och en kampanj utan kontrollgrupp kan "
        "inte skilja budskapets effekt från det kunderna ändå hade köpt.",
        en="**Outdoor customers who get a safety message …** It says who (outdoor customers), "
        "what they get (safety by e-mail), what we measure (orders within a week), against what "
        "(a control group) and why. The others cannot be tested: \"probably like\" measures "
        "nothing, \"see what happens\" has no question, and a campaign without a control group "
        "cannot tell the message's effect from what the customers would have bought anyway.",
    )


class SampleSize(NumberExercise):
    id = "08.q2"
    var = "answer_2"
    abs_tol = 1
    hints = [
        texts(sv="Grundnivån är 2 % och du vill kunna se en ökning till 3 %: skillnaden är en "
              "procentenhet.",
              en="The baseline is 2% and you want to be able to see a rise to 3%: the "
              "difference is one percentage point."),
        texts(sv="`sample_size` tar grundnivån och skillnaden som andelar, inte procent.",
              en="`sample_size` takes the baseline and the difference as shares, not percent."),
        texts(sv="Skriv `answer_2 = sample_size(0.02, 0.01)`, eller talet som den ger.",
              en="Write `answer_2 = sample_size(0.02, 0.01)`, or the number it gives."),
    ]

    @staticmethod
    def expected():
        from ..campaigns import sample_size

        return sample_size(0.02, 0.01)

    @property
    def solution_text(self):
        n = int(self.expected())
        return texts(
            sv=f"**{number(n, 0, 'sv')}** per grupp (`sample_size(0.02, 0.01)`), alltså ungefär "
            f"{number(2 * n, 0, 'sv')} mottagare för en variant och en kontrollgrupp. "
            "Fjällgården har 1 852 kunder som samtyckt till e-post, så ett sådant test behöver "
            "flera utskick.",
            en=f"**{number(n, 0, 'en')}** per group (`sample_size(0.02, 0.01)`), so about "
            f"{number(2 * n, 0, 'en')} recipients for one variant and a control group. "
            "Fjällgården has 1,852 customers who consented to e-mail, so such a test needs "
            "several sends.",
        )


class ReadTheLift(NumberExercise):
    id = "08.q3"
    var = "answer_3"
    abs_tol = 0.011
    hints = [
        texts(sv="Titta i tabellen över ökningen, på raden för trygghet.",
              en="Look in the table of the lift, on the row for safety."),
        texts(sv="Kolumnen ”ökning (procentenheter)” jämför med kontrollgruppen. Skriv talet med "
              "punkt som decimaltecken.",
              en="The column \"lift (percentage points)\" compares with the control group."),
    ]

    @staticmethod
    def expected():
        return _autumn_lift("safety")

    @property
    def solution_text(self):
        value = self.expected()
        return texts(
            sv=f"Trygghet gav **{number(value, 2, 'sv')}** procentenheter fler köp än "
            f"kontrollgruppen: `answer_3 = {value}`. Men intervallet går från under noll till "
            "över noll, så skillnaden går inte att lita på än.",
            en=f"Safety gave **{value:.2f}** percentage points more orders than the control "
            f"group: `answer_3 = {value}`. But the interval runs from below zero to above zero, "
            "so the difference cannot be trusted yet.",
        )


class Verdict(ChooseExercise):
    id = "08.q4"
    options = [
        Option("winner", "Trygghet vinner: skicka trygghet till alla friluftskunder från och med nu.",
               "Safety wins: send safety to every outdoor customer from now on."),
        Option("unsure",
               "Ingen skillnad vi kan lita på än: testet var för litet, så vi testar vidare med "
               "fler mottagare eller fler veckor.",
               "No difference we can trust yet: the test was too small, so we keep testing with "
               "more recipients or more weeks."),
        Option("no_effect", "Budskapen gör ingen skillnad alls, så vi slutar med e-post.",
               "The messages make no difference at all, so we stop sending e-mail."),
        Option("price", "Pris vinner, eftersom det har högst andel som köpte.",
               "Price wins, because it has the highest share who ordered."),
    ]
    correct = {"unsure"}
    hints = [
        texts(sv="Titta på intervallen för ökningen. Ligger något av dem helt över noll?",
              en="Look at the intervals of the lift. Is any of them wholly above zero?"),
        texts(sv="Ett intervall som går över noll betyder inte ”ingen effekt”, utan ”vi vet inte "
              "än”.",
              en="An interval that spans zero does not mean \"no effect\", but \"we do not know "
              "yet\"."),
    ]
    solution_text = texts(
        sv="**Ingen skillnad vi kan lita på än.** Varje ökning har ett intervall som går från "
        "under noll till över noll: skillnaden kan vara verklig, men den kan lika gärna vara "
        "slumpen. Det betyder inte att budskapen saknar effekt; med ungefär 250 per grupp är "
        "testet helt enkelt för litet för skillnader på en procentenhet. Nästa steg är fler "
        "mottagare eller fler veckor, bestämt i förväg.",
        en="**No difference we can trust yet.** Every lift has an interval from below zero to "
        "above zero: the difference may be real, but it may as well be chance. That does not "
        "mean the messages have no effect; with about 250 per group the test is simply too "
        "small for differences of one percentage point. The next step is more recipients or "
        "more weeks, decided in advance.",
    )


class Peeking(ChooseExercise):
    id = "08.q5"
    options = [
        Option("stop", "Stoppa testet och utse varianten till vinnare: p är under 0,05.",
               "Stop the test and declare the variant the winner: p is below 0.05."),
        Option("continue", "Låt testet gå de planerade åtta veckorna och läs det först då.",
               "Let the test run the planned eight weeks and read it only then."),
        Option("restart", "Börja om testet med en ny kontrollgrupp.",
               "Start the test again with a new control group."),
    ]
    correct = {"continue"}
    hints = [
        texts(sv="Tänk på diagrammet ovan: hur ofta blir ett test utan verklig skillnad "
              "”signifikant” någon vecka?",
              en="Think of the chart above: how often does a test with no real difference "
              "become \"significant\" in some week?"),
    ]
    solution_text = texts(
        sv="**Låt testet gå de planerade åtta veckorna.** Ett p-värde under 0,05 en enskild "
        "vecka är precis det som händer av en slump när man tittar varje vecka: utan någon "
        "verklig skillnad blir ungefär vart sjätte test ”signifikant” någon gång på åtta "
        "veckor. Antalet mottagare bestämdes före testet; läs resultatet när det är nått.",
        en="**Let the test run the planned eight weeks.** A p-value below 0.05 in a single week "
        "is just what chance gives when you look every week: with no real difference, about "
        "one test in six becomes \"significant\" at some point in eight weeks. The number of "
        "recipients was decided before the test; read the result when it is reached.",
    )


q1 = TestableHypothesis()
q2 = SampleSize()
q3 = ReadTheLift()
q4 = Verdict()
q5 = Peeking()
