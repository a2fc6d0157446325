"""The lessons: a guided path through the live network for each of the four lessons.

`texts.py` holds the lessons as data (what each arranges, its steps in the lessons' words),
`guide.py` the side panel that shows one step at a time, `controller.py` what connects them to
the window (the Lessons menu, Show me, ticking steps the learner did, the pace, the hints), and
`views.py` the order of the views by lesson for the tabs and the View menu.
"""
