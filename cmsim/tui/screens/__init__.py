"""The app's screens: home, play, feedback, debrief, profile."""
