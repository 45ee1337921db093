"""Widgets the screens are made of: feed posts, composer, charter panel, countdown, score bars."""
