#!/usr/bin/python3
"""The baseline of the model-training benchmark: python3-xgboost (Debian package) training on the same
training set with the same parameters as model-service. Prints the seconds of each repetition.

    model_training.py <training set csv> <repetitions> <threads> <parameters json>
"""
import csv
import json
import sys
import time

import numpy as np
import xgboost as xgb

FIXED_COLUMNS = 6  # declaration_id,item_number,acceptance_date,illicit,critical,revenue_recovered


def main():
    path, repetitions, threads, parameters = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), json.loads(sys.argv[4])
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [[float(cell) if cell else float("nan") for cell in row[3:4] + row[FIXED_COLUMNS:]] for row in reader]
    data = np.array(rows, dtype=np.float32)
    labels, values = data[:, 0], data[:, 1:]
    names = header[FIXED_COLUMNS:]
    rounds = parameters.pop("rounds")
    parameters["nthread"] = threads
    validation = values[-100:]
    seconds = []
    for repetition in range(repetitions + 1):
        started = time.perf_counter()
        train = xgb.DMatrix(values, label=labels, missing=np.nan, feature_names=names)
        booster = xgb.train(parameters, train, num_boost_round=rounds)
        booster.predict(xgb.DMatrix(validation, missing=np.nan, feature_names=names))
        if repetition > 0:  # the first one warms up, as on the Java side
            seconds.append(time.perf_counter() - started)
    print(" ".join("%.3f" % s for s in seconds))


if __name__ == "__main__":
    main()
