"""The campaign lab ("Testa oss fram"): test messages on the synthetic customers and learn what
cannot be looked up.

For teachers: the lesson says psychographics and triggers cannot be read from a register, you
have to try your way ("vi behöver testa oss fram"). So every customer of the world carries a
*hidden truth* (``truth.py``) that no table shows: how much they respond to each message theme
(äventyr, trygghet, hållbarhet, pris), to each channel and to the day's triggers. It is drawn
on the fly from the committed world, the same every time, and is tied to the customer's
columns the way a marketer would expect:

- **Adventure** appeals to skiers, climbers and paddlers (about 2.7 times the clicks), less to
  hikers and campers, to the young, the open (OCEAN openness) and the active city dwellers.
- **Safety** appeals to customers over 55, families in houses, the more anxious (neuroticism)
  and those out in all weathers (hiking, fishing, camping, hunting); more so on rainy days.
- **Sustainability** appeals to the big-city areas (about twice the clicks), the young and the
  agreeable and open.
- **Price** appeals to budget shoppers, discount hunters and students, and less to luxury
  buyers; more so just after payday (the 25th).
- **Triggers**: rain (safety), the season's first snow (adventure, for skiers), a warm day
  (adventure, for paddlers and campers), payday (price), and the seasons. Their strengths are
  listed by ``trigger_rules()``.
- **Channels**: e-mail reaches only customers who consented to e-mail, and those who open many
  newsletters open more; ads reach only customers who consented to ads *and* whom the platform
  matches by hashed e-mail or phone; Meta shows more ads to heavy social-media users, Google to
  people who travel (and so search) more.
- **No effect of their own**: gender, education, country and city district. They only travel
  along with the real causes a little (education with income, and so with price sensitivity),
  so segments built on them barely beat a random audience.
- On top, each person has their own appetite for marketing and own taste per theme
  (random, in customer-id order): two people with the same columns do not answer alike.

So a learner whose three factors include interests, age, urban/rural, lifestyle or purchase
behaviour finds real differences; one who picks gender, education and country does not.
``hidden_effects(world)`` gives the true click rate and order lift per group and theme (the
answer key); learners only ever see campaign results, drawn with binomial noise, and the
honest statistics of ``stats``.

>>> from course_lib import datasets
>>> from course_lib.campaigns import campaign, run_campaign
>>> test = campaign("Höst", ["äventyr", "pris"], channel="email", control_share=0.2)
>>> result = run_campaign(datasets.load(), test)
>>> int(result.counts()["recipients"].sum()) == int(datasets.load().customers["consent_email"].sum())
True
"""

from .adaptive import allocation_summary, allocation_table, compare_allocation
from .answer_key import hidden_effects, hidden_index, hidden_lift, targeting_truth, trigger_rules
from .design import (
    CHANNELS,
    THEMES,
    Campaign,
    RandomAudience,
    Variant,
    campaign,
    random_audience,
    theme_name,
)
from .plots import plot_lift, plot_peeking, plot_rates, plot_regret, plot_targeting
from .simulate import (
    CampaignResult,
    first_party_data,
    first_party_table,
    run_campaign,
    save_responses,
)
from .stats import (
    ExperimentReport,
    lift_estimates,
    lift_table,
    peek,
    peek_summary,
    peek_table,
    rate_estimates,
    rate_table,
    report,
    sample_size,
    verdict,
)
from .targeting import TargetingResult, compare_targeting, comparison_table, exploration_table
from .triggers import TriggerSplit, run_weeks, trigger_split

__all__ = [
    "CHANNELS",
    "THEMES",
    "Campaign",
    "CampaignResult",
    "ExperimentReport",
    "RandomAudience",
    "TargetingResult",
    "TriggerSplit",
    "Variant",
    "allocation_summary",
    "allocation_table",
    "campaign",
    "compare_allocation",
    "compare_targeting",
    "comparison_table",
    "exploration_table",
    "first_party_data",
    "first_party_table",
    "hidden_effects",
    "hidden_index",
    "hidden_lift",
    "lift_estimates",
    "lift_table",
    "peek",
    "peek_summary",
    "peek_table",
    "plot_lift",
    "plot_peeking",
    "plot_rates",
    "plot_regret",
    "plot_targeting",
    "random_audience",
    "rate_estimates",
    "rate_table",
    "report",
    "run_campaign",
    "run_weeks",
    "sample_size",
    "save_responses",
    "targeting_truth",
    "theme_name",
    "trigger_rules",
    "trigger_split",
    "verdict",
]
