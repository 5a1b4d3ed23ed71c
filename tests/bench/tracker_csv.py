#!/usr/bin/env python3
"""The tracker's CSV export of every child, for the spreadsheet anchor of user_bench.sh.

    tracker_csv.py COUNTY_DB OUT.csv

The columns and text of the tracker's "Export the list to CSV" (name as SURNAME, Forename,
dates as dd/mm/yyyy, the status as shown), one row per child not archived, in name order."""
import csv, datetime, sqlite3, sys

county, path = sys.argv[1], sys.argv[2]
db = sqlite3.connect(f"file:{county}?mode=ro", uri=True)
today = datetime.date.today()
since = (today - datetime.timedelta(days=91)).isoformat()


def shown(iso):
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}" if iso else ""


def age(dob):
    d = datetime.date.fromisoformat(dob)
    months = (today.year - d.year) * 12 + today.month - d.month - (today.day < d.day)
    return f"{months} months" if months < 24 else str(months // 12)


def status(escalated, state, actions):
    if escalated:
        return "Escalated"
    if state == "greened_off":
        return "Greened off"
    if actions:
        return "Open: 1 action" if actions == 1 else f"Open: {actions} actions"
    return "Open"


rows = db.execute(
    "SELECT c.surname, c.forename, c.date_of_birth, s.name, a.name, c.ppn_count, "
    "c.last_incident_on, (SELECT count(*) FROM ppn_child pc WHERE pc.child_id = c.id AND "
    "pc.archived = 0 AND pc.incident_on >= ?), c.escalated, c.status, c.open_actions, "
    "c.next_action_due FROM child c LEFT JOIN setting s ON s.id = c.setting_id "
    "LEFT JOIN area a ON a.id = c.area_id WHERE c.archived_at IS NULL "
    "ORDER BY c.surname_key, c.forename_key, c.id", (since,))
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Name", "Date of birth", "Age", "Setting", "Area", "PPNs", "Last incident",
                "PPNs (3 months)", "Status", "Next action due"])
    for (sn, fn, dob, setting, area, ppns, last, window, esc, state, actions, due) in rows:
        w.writerow([f"{sn.upper()}, {fn}", shown(dob), age(dob), setting or "", area or "",
                    ppns, shown(last), window, status(esc, state, actions), shown(due)])
