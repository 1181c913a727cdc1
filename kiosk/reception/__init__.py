"""The desk's moments with an evacuee: from a scanned code to a check-in
(arrival), the check-in rules, walk-in slips and their validity, the recent activity list
and the status counts.
"""
