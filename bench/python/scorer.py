"""The baseline of pair 2 of the benchmarks: what a data scientist would deploy around the same
model - FastAPI and uvicorn around python3-xgboost - given the declaration's precomputed feature
vectors (one per goods item). It answers what scoring-service's model step answers: the probability
of each item, the declaration's (its riskiest item's) and the five largest positive contributions
of that item to the margin.

    BENCH_MODEL=model.json BENCH_FEATURES=features.json python3 scorer.py --port 8090 --workers 2

POST /score {"items": [[v1, ..., vn], ...]} (null for a missing value); GET /health.
"""
import argparse
import json
import math
import os
import tempfile
from typing import List, Optional

import numpy as np
import uvicorn
import xgboost
from fastapi import FastAPI
from pydantic import BaseModel


def load_booster(path):
    """XGBoost 3 writes base_score as a vector ("[5E-1]"); the 1.7 of Debian reads only a scalar and
    would silently fall back to 0.5, so the same value is handed to it as a scalar."""
    with open(path, encoding="utf-8") as source:
        model = json.load(source)
    params = model["learner"]["learner_model_param"]
    base_score = params.get("base_score", "")
    if base_score.startswith("["):
        params["base_score"] = base_score.strip("[]").split(",")[0]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fixed:
        json.dump(model, fixed)
    booster = xgboost.Booster()
    booster.load_model(fixed.name)
    os.unlink(fixed.name)
    return booster


FEATURES = json.load(open(os.environ["BENCH_FEATURES"], encoding="utf-8"))
BOOSTER = load_booster(os.environ["BENCH_MODEL"])
REASONS = 5

app = FastAPI()


class Declaration(BaseModel):
    items: List[List[Optional[float]]]


@app.get("/health")
def health():
    return {"status": "UP", "features": len(FEATURES)}


@app.post("/score")
def score(declaration: Declaration):
    rows = np.array([[math.nan if value is None else value for value in item] for item in declaration.items],
                    dtype=np.float32)
    probabilities = BOOSTER.predict(xgboost.DMatrix(rows, missing=math.nan, feature_names=FEATURES))
    riskiest = int(np.argmax(probabilities))
    contributions = BOOSTER.predict(
        xgboost.DMatrix(rows[riskiest:riskiest + 1], missing=math.nan, feature_names=FEATURES),
        pred_contribs=True)[0]
    positive = [(FEATURES[i], float(c)) for i, c in enumerate(contributions[:-1]) if c > 0]
    positive.sort(key=lambda reason: reason[1], reverse=True)
    return {
        "fraudProbability": float(probabilities[riskiest]),
        "items": [float(p) for p in probabilities],
        "reasons": [{"feature": name, "contribution": value} for name, value in positive[:REASONS]],
    }


if __name__ == "__main__":
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--port", type=int, default=8090)
    arguments.add_argument("--workers", type=int, default=1)
    parsed = arguments.parse_args()
    uvicorn.run("scorer:app", host="127.0.0.1", port=parsed.port, workers=parsed.workers, log_level="warning",
                access_log=False, app_dir=os.path.dirname(os.path.abspath(__file__)))
