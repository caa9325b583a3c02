"""A whole class: what a student hands in, and what the teacher sees of the class.

- :mod:`.handin`: one file per student (progress, three factors, segments, data plan summary)
  to hand in through the course's learning platform (Canvas, Moodle …).
- :mod:`.collect`: a folder of handed-in files read safely: bad, duplicate, foreign or
  edited files are listed with the reason, never a crash.
- :mod:`.dashboard`: the class's figures per exercise, per student and per notebook, the
  pictures and the HTML report (``make class dir=…``).
- :mod:`.gradebook`: points per student as a CSV that Canvas imports.

Nothing is imported here, so ``import course_lib`` stays fast.
"""
