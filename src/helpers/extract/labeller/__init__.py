"""The trained, explainable stance and deployment labeller (docs/labeller.md).

scopes -> features -> model (JSON) <- train <- corpus/examples; training orchestrates, metrics
measures, store finds the model a run uses, explain turns weights into words.
"""
