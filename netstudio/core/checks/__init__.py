"""The checker's rules, one module per topic; netstudio.core.analysis.analyze runs them.

    context.py    Context (what the checks share), NodeInfo
    settings.py   the data and training sections (netstudio.core.settings)
    structure.py  ids, connections and ports, the Input, inputs per layer, unknown keys
    order.py      the order layers run in, and loops
    params.py     layer types and parameter values
    shapes.py     shapes, parameter counts and FLOPs per node (the layers' own rules)
    task.py       the network against its data and task: input shape, output, loss
    memory.py     whether training fits in memory
    search.py     the hyperparameter search section and whether its points keep the shapes
    incremental.py  Checker: the same answer after an edit, re-checking only what it touched
    changes.py    what differs between a project and the Checker's last run
    memo.py       the layers' answers remembered by what they depend on

Every rule reports Diagnostics with a stable code, the field at fault, and its message and
fix as templates (netstudio.core.text) with their values, so the CLI prints English and the
GUI shows them translated. A new rule: a function taking the Context, called from
analysis.py in the order its inputs are ready, with its templates next to it.
"""
