"""A learner's data plan along the customer journey: what, from where, how, stored where, for whom.

The lesson ends with a task: map how your data ecosystem fits together, that is which data you
collect, from which source, how it is collected and where it is stored, so you can build your
segments and messages on it. A :class:`DataPlan` holds that map for one organisation, stage by
stage through the customer journey (awareness, consideration, purchase, loyalty), together
with the three factors the learner segments on.

>>> from course_lib.dataplan import DataPlan, StagePlan
>>> plan = DataPlan("Fjällgården", factors=["Ålder", "interests"],
...                 stages={"purchase": StagePlan(data_points=["purchase_behaviour"],
...                                               sources=["first_party"], storage="CRM")})
>>> plan.factors
('age', 'interests')
>>> plan.stages["purchase"].sources
('first_party',)
>>> DataPlan.from_dict(plan.to_dict()) == plan
True

The package: ``plan`` (the stages, the plan and its test plan, the checks and the review),
``saving`` (the work folder), ``documents`` (Markdown and HTML), ``picture`` (the ecosystem
map) and ``example`` (Fjällgården's plan).
"""

from .documents import (  # noqa: F401
    EXPORT_STEM,
    export_plan,
    plan_to_html,
    plan_to_markdown,
)
from .example import (  # noqa: F401
    example_plan,
)
from .picture import (  # noqa: F401
    ecosystem_alt,
    ecosystem_map,
    ecosystem_png,
)
from .plan import (  # noqa: F401
    COLLECTION_METHODS,
    MAX_FACTORS,
    MAX_TEXT,
    STAGE_COLOURS,
    STAGE_DESCRIPTIONS,
    STAGE_NAMES,
    STAGES,
    STORAGE_PLACES,
    TEST_METRICS,
    TEST_TEXT_FIELDS,
    TEXT_FIELDS,
    VERSION,
    DataPlan,
    StagePlan,
    TestPlan,
    as_list,
    collection_suggestions,
    data_point_keys,
    gdpr_notes,
    metric_suggestions,
    msg,
    plan_gaps,
    source_type_keys,
    stage_covered,
    stage_key,
    stage_name,
    storage_suggestions,
)
from .saving import (  # noqa: F401
    FILE_NAME,
    LoadedPlan,
    load_plan,
    plan_path,
    save_plan,
)
