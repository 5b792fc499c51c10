"""Outcome measures: definitions and scoring, reliable change, group statistics, privacy.

Pure, Qt-free and database-free (ARCHITECTURE.md, "Outcomes"). The service layer reads
score rows and hands them to these functions; the GUI, the PDF report, the CSV summary
and ``clinicdesk outcomes compare --json`` all show the ``GroupOutcome`` rows they return.

* ``measures``   - ``MeasureDefinition``, the standard catalogue (PHQ-9, GAD-7, K10),
  clinic-defined measures (``define_measure``) and item-level scoring;
* ``change``     - one client's reliable change index, category and recovery;
* ``comparison`` - per-group baseline/latest/change with a 95% CI, category counts,
  trajectories and severity-band distributions;
* ``privacy``    - small-cell suppression (default minimum cell size 5);
* ``tdist``      - Student's t CDF and quantile (no SciPy at run time);
* ``entry``      - how a score is entered (items or total) and where it came from.

See docs/OUTCOMES.md for the sources and the definitions in words.
"""

from __future__ import annotations

from clinicdesk.domain.outcomes.change import (
    ChangeCategory,
    classify_change,
    is_recovered,
    reliable_change_index,
)
from clinicdesk.domain.outcomes.comparison import (
    CONFIDENCE,
    DEFAULT_INTERVAL_DAYS,
    ScoreRow,
    band_distribution,
    client_changes,
    compare_groups,
    group_trajectory,
    mean_confidence_interval,
    summarise_group,
)
from clinicdesk.domain.outcomes.entry import ScoreSource, check_entry, check_score_date
from clinicdesk.domain.outcomes.measures import (
    GAD7,
    K10,
    PHQ9,
    STANDARD_MEASURES,
    Direction,
    EntryMode,
    MeasureDefinition,
    ReliabilityKind,
    SeverityBand,
    define_measure,
    find_standard_measure,
    parse_score,
)
from clinicdesk.domain.outcomes.privacy import (
    DEFAULT_MIN_CELL,
    check_min_cell,
    suppress_outcome,
    suppress_partition,
)
from clinicdesk.domain.outcomes.results import (
    JSON_FIELDS,
    BandCount,
    ClientChange,
    GroupOutcome,
    GroupTrajectory,
    TrajectoryPoint,
)
from clinicdesk.domain.outcomes.tdist import t_cdf, t_critical, t_quantile

__all__ = [
    "CONFIDENCE",
    "DEFAULT_INTERVAL_DAYS",
    "DEFAULT_MIN_CELL",
    "GAD7",
    "JSON_FIELDS",
    "K10",
    "PHQ9",
    "STANDARD_MEASURES",
    "BandCount",
    "ChangeCategory",
    "ClientChange",
    "Direction",
    "EntryMode",
    "GroupOutcome",
    "GroupTrajectory",
    "MeasureDefinition",
    "ReliabilityKind",
    "ScoreRow",
    "ScoreSource",
    "SeverityBand",
    "TrajectoryPoint",
    "band_distribution",
    "check_entry",
    "check_min_cell",
    "check_score_date",
    "classify_change",
    "client_changes",
    "compare_groups",
    "define_measure",
    "find_standard_measure",
    "group_trajectory",
    "is_recovered",
    "mean_confidence_interval",
    "parse_score",
    "reliable_change_index",
    "summarise_group",
    "suppress_outcome",
    "suppress_partition",
    "t_cdf",
    "t_critical",
    "t_quantile",
]
