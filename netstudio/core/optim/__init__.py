"""The optimizer and learning-rate schedule library (torch-free declarations).

registry.py: OptimizerSpec, ScheduleSpec, Option, Call, check_optimizer, check_schedule;
optimizers.py / schedules.py: the declarations; recipes.py: named presets ("fast").
optim.py (one level up) builds the torch objects; export/pyscript.py writes them as code.
"""
