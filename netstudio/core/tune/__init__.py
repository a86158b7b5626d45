"""Hyperparameter search on optuna: grid, random and TPE (Bayesian) over the project's
``search`` section, every trial a stored run (docs/tuning.md).

    space.py    Dimension, SearchSpec, paths (training.<key>, data.<key>, nodes.<id>.<param>),
                apply_params(project, params) -> a trial's project, changes_of (apply best)
    section.py  read_search(project) -> (SearchSpec | None, [Diagnostic]): the section's keys
                and ranges, each problem naming its key (checks/search.py adds the shapes)
    suggest.py  suggest_entry(project, path): a sensible range for "Search this..."
    storage.py  the optuna storage (default foo.runs/search.db), studies, samplers, pruners
    trial.py    one trial: apply, train through prepare_run, record, report to the pruner
    workers.py  the processes on one study (slot locks), trials left by a dead process
    search.py   Search: a worker's loop; read_spec(project, overrides); SearchError
    results.py  TrialRow, TrialStarted, TrialEpoch, TrialEnded, StudyState (frozen records)

API (Qt-free; importing this package imports neither optuna nor torch)::

    from netstudio.core.tune.search import Search, SearchError
    search = Search(project, overrides={"trials": 4, "subset": 200}, listener=print)
    name = search.open()           # the study (created, joined or resumed)
    state = search.run()           # StudyState: rows, best, importance
    state.to_json()                # {"study", "storage", "metric", "direction", "best",
                                   #  "trials": [{"number", "state", "values", "params",
                                   #              "run", "reason", "seconds", "pruned_at"}]}
"""
