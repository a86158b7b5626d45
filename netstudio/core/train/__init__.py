"""Training: Trainer (trainer.py), events, callbacks, metrics, checkpoints, train_project."""
