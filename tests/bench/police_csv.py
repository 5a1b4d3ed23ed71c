#!/usr/bin/env python3
"""A synthetic police daily file for the import benchmarks.

    police_csv.py COUNTY_DB ROWS OUT.csv

1-3 children per reference; a third of the children are already on the tracker in COUNTY_DB
(same name and date of birth, read from it), the rest new. Invented names only."""
import csv, random, sqlite3, sys, datetime

county, rows, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
random.seed(4)
db = sqlite3.connect(f"file:{county}?mode=ro", uri=True)
known = db.execute("SELECT forename, surname, date_of_birth FROM child "
                   "WHERE archived_at IS NULL ORDER BY random() LIMIT 50000").fetchall()
forenames = ["Ava", "Ben", "Cara", "Dylan", "Efa", "Finn", "Gwen", "Harri", "Isla", "Jac"]
surnames = ["Morgan", "Hughes", "Price", "Ellis", "Rees", "Lloyd", "Parry", "Pugh"]
today = datetime.date.today()
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Occurrence Number", "Incident Date", "Time", "Child Forename",
                "Child Surname", "DOB", "School", "Home Address", "Postcode", "DASH Risk",
                "Crime / Non-Crime", "Child Present?"])
    n = ref = 0
    while n < rows:
        ref += 1
        day = today - datetime.timedelta(days=random.randint(1, 60))
        time = f"{random.randint(0, 23):02d}:{random.randint(0, 59):02d}"  # one per incident
        for _ in range(min(random.randint(1, 3), rows - n)):
            if random.random() < 0.33 and known:
                fn, sn, dob = random.choice(known)
                dob = datetime.date.fromisoformat(dob)
            else:
                fn = random.choice(forenames) + random.choice(["", "a", "o", "ie"])
                sn = random.choice(surnames) + "-" + str(random.randint(1, 10**6))
                dob = today - datetime.timedelta(days=random.randint(30, 5 * 365))
            w.writerow([f"BENCH/{rows}/{ref:06d}", day.strftime("%d/%m/%Y"),
                        time, fn, sn,
                        dob.strftime("%d/%m/%Y"), "", f"{random.randint(1, 200)} Example Road",
                        "TT1 1AA", random.choice(["Standard", "Medium", "High"]),
                        random.choice(["Crime", "Non-crime"]), "Present"])
            n += 1
